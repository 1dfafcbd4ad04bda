// Reading and writing Content-Security-Policy strings, shared by src/features/chrome/headers.ts and the
// tests (tests/security-*.spec.ts), so the two agree on what a policy is.
/**
 * "script-src 'self' 'sha256-…'; style-src 'self'" -> Map { "script-src" => Set { "'self'", … } }.
 * @param {string} policy
 * @returns {Map<string, Set<string>>}
 */
export function parsePolicy(policy) {
  const map = new Map();
  for (const part of policy.split(';')) {
    const [name, ...tokens] = part.trim().split(/\s+/).filter(Boolean);
    if (name) map.set(name.toLowerCase(), new Set(tokens));
  }
  return map;
}

/** A hash source ('sha256-…'): allows one exact script or style, unlike a host or keyword. @param {string} token */
export function isHash(token) {
  return /^'sha(256|384|512)-/.test(token);
}

/** @param {Map<string, Set<string>>} policy */
export function serialisePolicy(policy) {
  return [...policy].map(([name, tokens]) => [name, ...tokens].join(' ')).join('; ');
}

/**
 * The policy in a page's <meta http-equiv="content-security-policy">, or null.
 * @param {string} html
 */
export function readMetaPolicy(html) {
  const tag = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  if (!content) return null;
  return (content[1] ?? content[2] ?? '')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
