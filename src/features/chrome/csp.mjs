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

/** Script types a browser runs, so a CSP applies to them (JSON-LD and other data blocks are never run). */
const RUNNABLE_SCRIPT = /^(|module|(text|application)\/(java|ecma)script)$/i;

/**
 * The inline scripts a browser would run and the inline <style> elements of a page, as written.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptsAndStyles(html) {
  const out = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc=/i.test(attrs)) continue;
    const type = /\stype=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    if (RUNNABLE_SCRIPT.test((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim())) out.push(body);
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) out.push(body);
  return out;
}

/**
 * The page with only the CSP hashes that allow something on it. Astro puts a hash of every script
 * and stylesheet it knows of (its island and directive scripts, each bundled file) in every page's
 * CSP <meta>, though external files are allowed by 'self' and the pages have no inline script:
 * about 400 bytes compressed on each page, allowing nothing. A hash that matches an inline script
 * or style of the page stays; a page without a CSP <meta> is returned as it is.
 * @param {string} html
 * @param {(algorithm: string, text: string) => string} digest base64 digest, e.g. from node:crypto
 * @returns {string}
 */
export function withoutUnusedHashes(html, digest) {
  const tag = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0];
  const policy = readMetaPolicy(html);
  if (!tag || policy === null) return html;
  const inline = inlineScriptsAndStyles(html);
  // Each inline text's digest once per algorithm, however many hashes the policy lists.
  /** @type {Map<string, Set<string>>} */
  const digests = new Map();
  const used = (token) => {
    const [, algorithm, value] = /^'(sha256|sha384|sha512)-([^']+)'$/.exec(token) ?? [];
    if (!algorithm || value === undefined) return false;
    let ofAlgorithm = digests.get(algorithm);
    if (!ofAlgorithm) digests.set(algorithm, (ofAlgorithm = new Set(inline.map((text) => digest(algorithm, text)))));
    return ofAlgorithm.has(value);
  };
  const parsed = parsePolicy(policy);
  for (const [name, tokens] of parsed) parsed.set(name, new Set([...tokens].filter((token) => !isHash(token) || used(token))));
  // Written as Astro writes it: directives joined by ";", the attribute escaped.
  const content = [...parsed].map(([name, tokens]) => [name, ...tokens].join(' ')).join(';');
  return html.replace(tag, () => `<meta http-equiv="content-security-policy" content="${content.replace(/&/g, '&amp;').replace(/"/g, '&quot;')};">`);
}
