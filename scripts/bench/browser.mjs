// The bench's reader: a small static server standing in for a static host (serves a build under the
// base path its page manifest names, answers a folder with its index.html, compresses like a CDN, so
// measured transfers are what readers would download), Chromium, and a record of what it fetched.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { readManifest } from '../../src/features/chrome/built-site.mjs';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../ensure-browser.mjs';
import { sizes } from './report.mjs';

/** @type {Record<string, string>} */
const TYPES = { html: 'text/html; charset=utf-8', css: 'text/css', js: 'text/javascript', json: 'application/json', svg: 'image/svg+xml' };
Object.assign(TYPES, { xml: 'application/xml', txt: 'text/plain', wasm: 'application/wasm', png: 'image/png', webp: 'image/webp', woff2: 'font/woff2' });
const COMPRESSIBLE = new Set(['html', 'css', 'js', 'json', 'svg', 'xml', 'txt']);

/** Serves a build (dist/) until `close()`. @param {string} root @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export async function serve(root) {
  const { base } = readManifest(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path.slice(base.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = path.startsWith(base) && file.startsWith(normalize(root)) && existsSync(file);
    const type = found ? extname(file).slice(1) : 'html';
    let body = found ? readFileSync(file) : readFileSync(join(root, '404.html'));
    /** @type {Record<string, string | number>} */
    const headers = { 'Content-Type': TYPES[type] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    const accepts = String(req.headers['accept-encoding'] ?? '');
    if (COMPRESSIBLE.has(type) && /\bbr\b/.test(accepts)) [body, headers['Content-Encoding']] = [brotliCompressSync(body), 'br'];
    else if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(accepts)) [body, headers['Content-Encoding']] = [gzipSync(body), 'gzip'];
    res.writeHead(found ? 200 : 404, { ...headers, 'Content-Length': body.length }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/**
 * Serves the build and opens Chromium for `use`, closing both after it.
 * @template T @param {string} dist @param {(browser: import('@playwright/test').Browser, url: string) => Promise<T>} use
 */
export async function inChromium(dist, use) {
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: CHROMIUM_ARGS });
  try {
    return await use(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** @typedef {{ path: string, type: string, wire: number } & import('./report.mjs').Sizes} TransferredFile */

/**
 * Records every response of a page or context (pages and workers) with its bytes on the wire and its
 * body's raw, gzip and brotli sizes, until the returned function is called. The icon is left out:
 * the browser fetches it when it likes, sometimes during a search, and it is no page's or search's cost.
 * @param {import('@playwright/test').Page | import('@playwright/test').BrowserContext} source
 * @returns {() => Promise<TransferredFile[]>}
 */
export function recordTransfer(source) {
  /** @type {Promise<TransferredFile | null>[]} */
  const pending = [];
  /** @param {import('@playwright/test').Request} request */
  const onFinished = (request) => {
    if (/\/favicon\.[a-z]+$/.test(request.url())) return;
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return null;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const wire = await request.sizes().then(
          (s) => s.responseBodySize + s.responseHeadersSize,
          () => body.length,
        );
        return { path: new URL(request.url()).pathname, type: request.resourceType(), wire, ...sizes(body) };
      })(),
    );
  };
  const page = /** @type {import('@playwright/test').Page} */ (source);
  page.on('requestfinished', onFinished);
  return async () => {
    page.off('requestfinished', onFinished);
    return (await Promise.all(pending)).flatMap((file) => (file ? [file] : []));
  };
}

/** Requests and bytes of a set of files. @param {TransferredFile[]} files */
export function summarise(files) {
  const sum = (/** @type {'wire' | 'raw' | 'gzip' | 'brotli'} */ key) => files.reduce((t, file) => t + file[key], 0);
  return { requests: files.length, wire: sum('wire'), raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}
