// A small static server for the bench, standing in for a static host: serves a build under the base
// path it was built for (read from its page manifest, so a sub-path build works too), answers a
// directory with its index.html, and compresses like a CDN (brotli when the browser accepts it,
// else gzip), so measured transfer sizes are what readers would download.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { readManifest } from '../../src/features/chrome/built-site.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** @param {string} root the build (dist/) @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export async function serve(root) {
  const { base } = readManifest(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) return void res.writeHead(404).end();
    let file = normalize(join(root, decodeURIComponent(url.pathname.slice(base.length))));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(existsSync(notFound) ? readFileSync(notFound) : '');
      return;
    }
    let body = readFileSync(file);
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    const accepts = String(req.headers['accept-encoding'] ?? '');
    if (COMPRESSIBLE.has(extname(file))) {
      if (/\bbr\b/.test(accepts)) [body, headers['Content-Encoding']] = [brotliCompressSync(body), 'br'];
      else if (/\bgzip\b/.test(accepts)) [body, headers['Content-Encoding']] = [gzipSync(body), 'gzip'];
    }
    res.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
