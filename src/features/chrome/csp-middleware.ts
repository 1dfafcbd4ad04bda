/**
 * Takes out of each page's CSP <meta> the hashes that allow nothing on that page, as the page is
 * rendered (`withoutUnusedHashes` in csp.mjs: Astro lists every script and stylesheet of the site on
 * every page). Done here rather than by reading and writing every built file again after the build
 * (the headers step did that: a second write of every page), and the same in `astro dev`.
 *
 * The page is handled as bytes, one character per byte (latin1), never decoded from UTF-8 and
 * encoded again: the tags looked for are ASCII, and a hash is of the bytes of a script or style,
 * which the digest below reads back as they came. (Read so, the byte A0 inside a multi-byte
 * letter would count as white space to csp.mjs's `\s`, which it only looks for between a tag's
 * name and its attributes, where the site writes a space.)
 */
import { createHash } from 'node:crypto';
import { defineMiddleware } from 'astro:middleware';
import { withoutUnusedHashes } from './csp.mjs';

const digest = (algorithm: string, bytes: string) => createHash(algorithm).update(bytes, 'latin1').digest('base64');

export const withoutUnusedCspHashes = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const page = Buffer.from(await response.arrayBuffer()).toString('latin1');
  const bytes = Buffer.from(withoutUnusedHashes(page, digest), 'latin1');
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
});
