// Page weight, for every built page: the bytes of its HTML and of the stylesheets and scripts it
// references (raw, gzip, brotli), then in Chromium, from the compressing server, the requests and
// bytes transferred on a first load and the DOM elements once it is loaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { readManifest } from '../../src/features/chrome/built-site.mjs';
import { requestsInFlight } from '../../tests/helpers/network.ts';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../ensure-browser.mjs';
import { kB, table } from './report.mjs';
import { serve } from './server.mjs';
import { sizes } from './sizes.mjs';

/** @param {Buffer[]} files */
const total = (files) =>
  files.map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** @param {import('./report.mjs').BenchContext} context */
export async function benchPages({ dist }) {
  const { base, pages: built } = readManifest(dist);
  /** The files of the site a page references with `pattern`. @param {string} html @param {RegExp} pattern */
  const files = (html, pattern) =>
    [...html.matchAll(pattern)]
      .map((m) => m[1] ?? '')
      .filter((url) => url.startsWith(base))
      .map((url) => readFileSync(join(dist, url.slice(base.length).split(/[?#]/)[0] ?? '')));
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: CHROMIUM_ARGS });
  const pages = [];
  try {
    for (const { path, kind, file } of built) {
      const html = readFileSync(join(dist, file));
      const text = html.toString();
      const css = files(text, /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g);
      const js = [
        ...files(text, /<script[^>]+src="([^"]+)"/g),
        // Inline scripts count too (JSON-LD is data, not JavaScript).
        ...[...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1] ?? '')),
      ];
      const tab = await browser.newPage();
      /** @type {import('@playwright/test').Request[]} */
      const requests = [];
      tab.on('requestfinished', (request) => requests.push(request));
      const network = requestsInFlight(tab);
      await tab.goto(server.url + path.slice(1));
      await network.quiet();
      let transferBytes = 0;
      for (const request of requests) {
        const s = await request.sizes();
        transferBytes += s.responseBodySize + s.responseHeadersSize;
      }
      const requestsWithoutFavicon = requests.filter((r) => !/\/favicon\.[a-z]+$/.test(r.url())).length;
      const domElements = await tab.evaluate(() => document.querySelectorAll('*').length);
      await tab.close();
      pages.push({
        path,
        kind,
        html: sizes(html),
        css: total(css),
        js: total(js),
        requests: requests.length,
        requestsWithoutFavicon,
        transferBytes,
        domElements,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  /** @param {{ raw: number, gzip: number, brotli: number }} s */
  const bytes = (s) => `${kB(s.raw)} / ${kB(s.gzip)} / ${kB(s.brotli)}`;
  const report = [
    'kB raw / gzip / brotli; transfer is what Chromium downloaded (brotli where accepted)\n',
    table(
      ['Page', 'HTML', 'CSS', 'JS', 'Total br', 'Requests', 'Transfer', 'DOM elements'],
      pages.map((p) => [
        p.path,
        bytes(p.html),
        bytes(p.css),
        bytes(p.js),
        kB(p.html.brotli + p.css.brotli + p.js.brotli),
        `${p.requestsWithoutFavicon} (+${p.requests - p.requestsWithoutFavicon} icon)`,
        kB(p.transferBytes),
        p.domElements,
      ]),
    ),
  ].join('\n');
  return { figures: pages, report };
}
