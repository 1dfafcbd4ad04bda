import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptsAndStyles, parsePolicy, readMetaPolicy, withoutUnusedHashes } from './csp.mjs';

const digest = (algorithm: string, text: string) => createHash(algorithm).update(text).digest('base64');
const sha = (text: string) => `'sha256-${digest('sha256', text)}'`;
const style = '@layer tokens{:root{--print-origin:""}}';
const page = (policy: string, body = '') =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style>` +
  `<script type="application/ld+json">{"a":1}</script><script type="module" src="/a.js"></script></head><body>${body}</body></html>`;

describe('withoutUnusedHashes', () => {
  it('keeps the hash of the inline style on the page and drops hashes that match nothing on it', () => {
    const before = page(
      `default-src 'none';script-src 'self' 'wasm-unsafe-eval' ${sha('island()')} ${sha('load()')};style-src 'self' ${sha(style)} ${sha('astro-island{display:contents}')};`,
    );
    const policy = parsePolicy(readMetaPolicy(withoutUnusedHashes(before, digest)) ?? '');
    expect([...policy.get('script-src')!]).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect([...policy.get('style-src')!]).toEqual(["'self'", sha(style)]);
    expect([...policy.get('default-src')!]).toEqual(["'none'"]);
  });

  it('keeps the hash of an inline script a browser runs, whatever its algorithm', () => {
    const sha384 = `'sha384-${digest('sha384', 'run()')}'`;
    const html = withoutUnusedHashes(page(`script-src 'self' ${sha384}`, '<script>run()</script>'), digest);
    expect([...parsePolicy(readMetaPolicy(html) ?? '').get('script-src')!]).toEqual(["'self'", sha384]);
  });

  it("works out each inline text's digest once per algorithm, however many hashes the policy lists", () => {
    const calls: string[] = [];
    const counted = (algorithm: string, text: string) => (calls.push(`${algorithm} ${text}`), digest(algorithm, text));
    withoutUnusedHashes(
      page(`script-src 'self' ${sha('a()')} ${sha('b()')} ${sha('c()')};style-src 'self' ${sha(style)} ${sha('x')}`, '<script>a()</script>'),
      counted,
    );
    expect(calls.toSorted()).toEqual([`sha256 ${style}`, 'sha256 a()']);
  });

  it('changes nothing else on the page, and leaves a page without a CSP <meta> as it is', () => {
    const before = page(`script-src 'self' ${sha('x')}`, '<p>Text</p>');
    expect(withoutUnusedHashes(before, digest).replace(/<meta[^>]*>/, '')).toBe(before.replace(/<meta[^>]*>/, ''));
    expect(withoutUnusedHashes('<p>no policy</p>', digest)).toBe('<p>no policy</p>');
  });
});

describe('inlineScriptsAndStyles', () => {
  it('lists inline scripts a browser runs and inline styles, not external scripts or JSON-LD', () => {
    expect(inlineScriptsAndStyles(page('x', '<script>run()</script><script type="text/javascript">b()</script>'))).toEqual(['run()', 'b()', style]);
  });
});
