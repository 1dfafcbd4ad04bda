/**
 * Takes out of each page's CSP <meta> the hashes that allow nothing on that page, as the page is
 * rendered (`withoutUnusedHashes` in csp.mjs: Astro lists every script and stylesheet of the site on
 * every page). Done here rather than by reading and writing every built file again after the build
 * (the headers step did that: a second write of every page), and the same in `astro dev`.
 */
import { createHash } from 'node:crypto';
import { defineMiddleware } from 'astro:middleware';
import { withoutUnusedHashes } from './csp.mjs';

const digest = (algorithm: string, text: string) => createHash(algorithm).update(text).digest('base64');

export const withoutUnusedCspHashes = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const before = await response.text();
  // As bytes: a string body would be checked character by character for lone surrogates first.
  const html = Buffer.from(withoutUnusedHashes(before, digest), 'utf8');
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
