#!/usr/bin/env node
// `npm run bench`: builds the site and measures it. Reports; never fails on timings.
//   Build      time of each build step (Astro build, search indexing, headers), page count
//   Pages      HTML/CSS/JS bytes raw, gzip, brotli; requests and transfer on first load (Chromium)
//   Search     index size; query figures from scripts/bench-search.mjs
//   Lighthouse mobile, every page: four category scores, LCP, CLS, TBT
//   Scale      build time and index size with +100 and +1,000 generated pages (temporary copy)
// Prints tables and writes the same figures to bench-results/bench-<time>.json and latest.json.
// Options: --no-lighthouse, --no-scale, --scale=100,1000
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { benchSearch, formatSearchBench } from './bench-search.mjs';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './ensure-browser.mjs';
import { basePath, builtHtmlFiles } from './lib/built-site.mjs';
import { timedBuild } from './bench/build.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { scaleRun } from './bench/scale.mjs';
import { serve } from './bench/server.mjs';
import { dirSize, indexDataSize, sizes } from './bench/sizes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = process.argv.slice(2);
const scaleArg = args.find((a) => a.startsWith('--scale='));
const SCALE = args.includes('--no-scale') ? [] : (scaleArg?.slice(8) ?? '100,1000').split(',').map(Number).filter(Boolean);
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const DIST = join(root, 'dist');
const base = basePath(process.env.BASE_PATH);
const log = (message) => console.error(`bench: ${message}`);
const kb = (bytes) => (bytes / 1024).toFixed(1);

const chromePath = chromiumExecutablePath();
if (!chromePath) throw new Error('No Chromium found: run `node scripts/ensure-browser.mjs` first');

// ---- Build
log('building…');
const build = timedBuild(root);
const files = builtHtmlFiles(DIST);
const pagePath = (file) => '/' + file.slice(DIST.length + 1).replace(/index\.html$/, '');

// ---- Bytes per page, from the files the page references
/** @param {string} html @param {RegExp} pattern */
const refs = (html, pattern) => [...html.matchAll(pattern)].map((m) => m[1]).filter((u) => u.startsWith(base));
const fileOf = (url) => join(DIST, url.slice(base.length).split(/[?#]/)[0]);
const pages = files.map((file) => {
  const html = readFileSync(file);
  const text = html.toString();
  const css = refs(text, /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g).map((u) => readFileSync(fileOf(u)));
  const js = [
    ...refs(text, /<script[^>]+src="([^"]+)"/g).map((u) => readFileSync(fileOf(u))),
    // Inline scripts count too (JSON-LD is data, not JavaScript).
    ...[...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1])),
  ];
  const sum = (list) => list.map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { path: pagePath(file), html: sizes(html), css: sum(css), js: sum(js) };
});

// ---- Requests and transfer on first load, in Chromium, from a compressing static server
const server = await serve({ root: DIST, base });
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
for (const page of pages) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const requests = [];
  tab.on('requestfinished', (req) => requests.push(req));
  await tab.goto(server.url + page.path.slice(1), { waitUntil: 'networkidle' });
  let transfer = 0;
  for (const req of requests) {
    const s = await req.sizes();
    transfer += s.responseBodySize + s.responseHeadersSize;
  }
  page.requests = requests.length;
  page.requestsWithoutFavicon = requests.filter((r) => !/\/favicon\.[a-z]+$/.test(r.url())).length;
  page.transferBytes = transfer;
  await context.close();
}
await browser.close();

// ---- Search
const pagefindDir = join(DIST, 'pagefind');
const queries = await benchSearch({ url: server.url });
const search = { indexBytes: existsSync(pagefindDir) ? indexDataSize(pagefindDir) : 0, allFilesBytes: existsSync(pagefindDir) ? dirSize(pagefindDir) : 0, queries };

// ---- Lighthouse
const lighthouse = LIGHTHOUSE ? await runLighthouse(pages.map((p) => server.url + p.path.slice(1)), chromePath, log) : {};
for (const page of pages) page.lighthouse = lighthouse[server.url + page.path.slice(1)] ?? null;
await server.close();

// ---- Scale
const scale = SCALE.map((extra) => {
  log(`scale: building with ${extra} generated pages…`);
  return scaleRun(root, extra);
});

// ---- Report
const stepSeconds = (runs, match) => runs.filter((s) => match.test(s.step)).reduce((t, s) => t + s.seconds, 0);
const result = {
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version, chromium: chromePath },
  base,
  build: { steps: build, astroSeconds: stepSeconds(build, /astro build/), indexSeconds: stepSeconds(build, /search-index|pagefind/), pageCount: files.length },
  pages,
  search,
  scale: [{ extraPages: 0, build, indexBytes: search.indexBytes }, ...scale].map((r) => ({
    extraPages: r.extraPages,
    astroSeconds: stepSeconds(r.build, /astro build/),
    indexSeconds: stepSeconds(r.build, /search-index|pagefind/),
    totalSeconds: r.build.reduce((t, s) => t + s.seconds, 0),
    indexBytes: r.indexBytes,
  })),
};
mkdirSync('bench-results', { recursive: true });
const json = JSON.stringify(result, null, 2);
writeFileSync(join('bench-results', `bench-${result.date.replace(/[:.]/g, '-')}.json`), json);
writeFileSync(join('bench-results', 'latest.json'), json);

const table = (headers, rows) => {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  return [line(headers), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
};
console.log(`\n## Build (${result.machine.cpus} CPUs, Node ${process.version})\n`);
console.log(table(['Step', 'Seconds'], build.map((s) => [s.step, s.seconds.toFixed(1)])));
console.log(`\nPages: ${files.length}`);
console.log('\n## Pages (kB: raw / gzip / brotli; transfer is what Chromium downloaded, brotli where accepted)\n');
console.log(table(
  ['Page', 'HTML', 'CSS', 'JS', 'Total br', 'Requests', 'Transfer'],
  pages.map((p) => [
    p.path,
    `${kb(p.html.raw)} / ${kb(p.html.gzip)} / ${kb(p.html.brotli)}`,
    `${kb(p.css.raw)} / ${kb(p.css.gzip)} / ${kb(p.css.brotli)}`,
    `${kb(p.js.raw)} / ${kb(p.js.gzip)} / ${kb(p.js.brotli)}`,
    kb(p.html.brotli + p.css.brotli + p.js.brotli),
    `${p.requestsWithoutFavicon} (+${p.requests - p.requestsWithoutFavicon} icon)`,
    kb(p.transferBytes),
  ]),
));
console.log(`\n## Search\n\nIndex data (index/, fragment/, filter/, entry): ${kb(search.indexBytes)} kB; dist/pagefind in all, with UI and WebAssembly: ${kb(search.allFilesBytes)} kB`);
console.log(formatSearchBench(queries));
if (LIGHTHOUSE) {
  console.log('\n## Lighthouse (mobile)\n');
  console.log(table(
    ['Page', 'Perf', 'A11y', 'BP', 'SEO', 'LCP ms', 'CLS', 'TBT ms', 'Below 1'],
    pages.map((p) => {
      const l = p.lighthouse;
      return l ? [p.path, l.performance, l.accessibility, l.bestPractices, l.seo, Math.round(l.lcpMs ?? 0), (l.cls ?? 0).toFixed(3), Math.round(l.tbtMs ?? 0), l.failingAudits.join(' ') || '-'] : [p.path, '-', '-', '-', '-', '-', '-', '-', '-'];
    }),
  ));
}
console.log('\n## Scale\n');
console.log(table(
  ['Extra pages', 'Astro build s', 'Indexing s', 'Total s', 'Index kB'],
  result.scale.map((s) => [s.extraPages, s.astroSeconds.toFixed(1), s.indexSeconds.toFixed(1), s.totalSeconds.toFixed(1), kb(s.indexBytes)]),
));
console.log(`\nFigures written to bench-results/latest.json`);
