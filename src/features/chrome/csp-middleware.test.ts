import { createHash } from 'node:crypto';
import type { APIContext, MiddlewareNext } from 'astro';
import { describe, expect, it } from 'vitest';
import { withoutUnusedCspHashes } from './csp-middleware';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const style = '@layer tokens{:root{--print-origin:""}}';
const html = `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${sha('island()')};style-src 'self' ${sha(style)};"><style>${style}</style></head><body></body></html>`;

async function run(response: Response): Promise<Response> {
  const next: MiddlewareNext = async () => response;
  return (await withoutUnusedCspHashes({} as APIContext, next)) as Response;
}

describe('the CSP middleware', () => {
  it('takes out of a page the hashes that allow nothing on it, and keeps those that do', async () => {
    const page = await run(new Response(html, { status: 404, headers: { 'content-type': 'text/html' } }));
    const text = await page.text();
    expect(text).toContain(`content="script-src 'self';style-src 'self' ${sha(style)};"`);
    expect(text).not.toContain(sha('island()'));
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toBe('text/html');
  });

  it('keeps the hash of an inline style with letters beyond ASCII, and every byte of the page', async () => {
    const accented = '.x::before{content:"é — ☺"}';
    const before = `<html lang="es"><head><meta http-equiv="content-security-policy" content="style-src 'self' ${sha(accented)} ${sha(style)};"><style>${accented}</style></head><body><p>Nefritis lúpica — riñón</p></body></html>`;
    const page = await run(new Response(before, { headers: { 'content-type': 'text/html' } }));
    expect(await page.text()).toBe(before.replace(` ${sha(style)}`, ''));
  });

  it('leaves what is not a page (the manifest, the feed, robots.txt) as it is', async () => {
    const json = new Response('{"pages":[]}', { headers: { 'content-type': 'application/json' } });
    expect(await run(json)).toBe(json);
  });
});
