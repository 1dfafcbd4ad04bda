// The bench's reader: a small static server standing in for a static host (a build under its base
// path, a folder answered with its index.html, text brotli-compressed like a CDN), Chromium, and a
// record of what it fetched.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { requestsInFlight } from '../../tests/helpers/network.ts';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../ensure-browser.mjs';
import { brotli } from './report.mjs';

/** @type {Record<string, string>} */
const TEXT = { html: 'text/html; charset=utf-8', css: 'text/css', js: 'text/javascript', json: 'application/json', svg: 'image/svg+xml' };

/** Serves a build until `close()`. @param {string} root its dist/ @param {string} base the base path it was built for */
export async function serve(root, base) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path.slice(base.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = path.startsWith(base) && file.startsWith(normalize(root)) && existsSync(file);
    const type = TEXT[found ? extname(file).slice(1) : 'html'];
    const body = readFileSync(found ? file : join(root, '404.html'));
    const headers = { 'Content-Type': type ?? (file.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream'), 'Cache-Control': 'no-cache' };
    if (type && /\bbr\b/.test(String(req.headers['accept-encoding'])))
      res.writeHead(found ? 200 : 404, { ...headers, 'Content-Encoding': 'br' }).end(brotliCompressSync(body));
    else res.writeHead(found ? 200 : 404, headers).end(body);
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
 * @template T @param {string} dist @param {string} base @param {(browser: import('@playwright/test').Browser, url: string) => Promise<T>} use
 */
export async function inChromium(dist, base, use) {
  const server = await serve(dist, base);
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: CHROMIUM_ARGS });
  try {
    return await use(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Records each response's type and brotli bytes (the icon left out: it is no page's cost) until the
 * function returned is called, which waits for no request in flight (no networkidle).
 * @param {import('@playwright/test').Page | import('@playwright/test').BrowserContext} source
 */
export function recordTransfer(source) {
  /** @type {Promise<{ type: string, brotli: number }>[]} */
  const pending = [];
  const network = requestsInFlight(source);
  /** @param {import('@playwright/test').Request} request */
  const onFinished = (request) => {
    if (/\/favicon\.[a-z]+$/.test(request.url())) return;
    const body = request
      .response()
      .then((response) => response?.body())
      .catch(() => undefined);
    pending.push(body.then((bytes) => ({ type: request.resourceType(), brotli: brotli(bytes ?? Buffer.alloc(0)) })));
  };
  const page = /** @type {import('@playwright/test').Page} */ (source);
  page.on('requestfinished', onFinished);
  return async () => {
    const stuck = await network.quiet();
    // A request Chromium never ended is left out, named, rather than waited for without end.
    for (const url of stuck) console.warn(`bench: ${url} was still in flight after 15 s; left out of the figures`);
    page.off('requestfinished', onFinished);
    return Promise.all(pending);
  };
}

/** Brotli bytes of a set of files. @param {{ brotli: number }[]} files */
export const brotliOf = (files) => files.reduce((total, file) => total + file.brotli, 0);
