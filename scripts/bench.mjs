#!/usr/bin/env node
// `npm run bench`: builds the site and measures it. Reports; never fails on timings.
//   Build      time of each build step (Astro build, search indexing, headers), page count
//   Pages      HTML/CSS/JS bytes raw, gzip, brotli; requests and transfer on first load (Chromium)
//   Search     index size; query figures from scripts/bench-search.mjs
//   Lighthouse mobile, every page: four category scores, LCP, CLS, TBT
//   Scale      wall and CPU seconds, CPU per page and index size with +250 and +1,000 generated
//              pages (temporary copy), against the real site alone
//   Goals      the figures issue 22 set goals for, ours beside Starlight's, in one table
//              (scripts/bench/summary.mjs)
// Prints tables and writes the same figures to bench-results/bench-<time>.json and latest.json.
// Options: --no-lighthouse, --no-scale, --scale=250,1000, --scale-only (the scale table alone,
// +0 included, written to bench-results/scale-latest.json), --compare-starlight (each scale build
// followed by Starlight's on the same pages, measured the same way: scripts/bench/starlight.mjs),
// --test-suite (`npm run build`, the whole `npm test`, `npm run build` again, and the ratio of the
// suite's wall clock to the builds' mean: what the suite costs in builds; its output goes to
// bench-results/test-suite-latest.log)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { benchSearch, formatSearchBench } from './bench-search.mjs';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './ensure-browser.mjs';
import { basePath, readManifest } from '../src/features/chrome/built-site.mjs';
import { indexingSeconds, timedBuild } from './bench/build.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { scaleComparison, scaleFigures, scaleRun } from './bench/scale.mjs';
import { STARLIGHT_VERSION, starlightInstall, starlightScaleRun } from './bench/starlight.mjs';
import { serve } from './bench/server.mjs';
import { benchTestSuite, SUITE_BUDGET_IN_BUILDS } from './bench/test-suite.mjs';
import { dirSize, indexDataSize, sizes } from './bench/sizes.mjs';
import { formatSummary, summaryRows } from './bench/summary.mjs';
import { requestsInFlight } from '../tests/helpers/network.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = process.argv.slice(2);
const scaleArg = args.find((a) => a.startsWith('--scale='));
const SCALE = args.includes('--no-scale') ? [] : (scaleArg?.slice(8) ?? '250,1000').split(',').map(Number).filter(Boolean);
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const COMPARE_STARLIGHT = args.includes('--compare-starlight');
const DIST = join(root, 'dist');
const base = basePath(process.env.BASE_PATH);
const log = (message) => console.error(`bench: ${message}`);
const kb = (bytes) => (bytes / 1024).toFixed(1);

const table = (headers, rows) => {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  return [line(headers), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
};
const scaleTable = (figures) =>
  table(
    ['Extra pages', 'Pages', 'Wall s', 'CPU s', 'CPU ms/page', 'CPU ms per added page', 'Index kB'],
    figures.map((s) => [
      s.extraPages,
      s.pages,
      s.seconds.toFixed(1),
      s.cpuSeconds.toFixed(1),
      s.cpuMsPerPage.toFixed(0),
      s.marginalCpuMsPerPage === null ? '-' : s.marginalCpuMsPerPage.toFixed(0),
      kb(s.indexBytes),
    ]),
  );

if (args.includes('--test-suite')) {
  log('npm run build, npm test (as CI does: CI=true) and npm run build again, in this clone…');
  const { build, suite, ratio, loadAverage } = benchTestSuite(root);
  const cpu = suite.cpuSeconds === null ? 'not measured' : `${suite.cpuSeconds.toFixed(0)} s`;
  console.log(`\n## npm test in site builds (${os.cpus().length} CPUs, Node ${process.version})\n`);
  console.log(
    `npm run build: ${build.seconds.toFixed(1)} s, the mean of ${build.before.toFixed(1)} s before and ${build.after.toFixed(1)} s after the suite (exit code ${build.exitCode})`,
  );
  console.log(`npm test: ${suite.seconds.toFixed(1)} s wall, CPU ${cpu} (exit code ${suite.exitCode}; output in bench-results/test-suite-latest.log)`);
  console.log(`load average (1 min): ${loadAverage.before.toFixed(2)} before, ${loadAverage.after.toFixed(2)} after`);
  console.log(`ratio: npm test = ${ratio.toFixed(1)} builds (goal: at most ${SUITE_BUDGET_IN_BUILDS})`);
  process.exit(suite.exitCode === 0 && build.exitCode === 0 ? 0 : 1);
}

// ---- Starlight on the same content (--compare-starlight): installed once, then each of its builds
// runs right after ours for the same pages, so a change in the machine's load hits both alike.
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
/** @type {{ dir: string } | { skipped: string } | null} */
let starlight = null;
/** @type {import('./bench/scale.mjs').ScaleRun[]} */
const starlightRuns = [];
const starlightLoad = { start: '', end: '' };
if (COMPARE_STARLIGHT && SCALE.length) {
  starlight = starlightInstall(root, log);
  starlightLoad.start = loadAverage();
}
/** @param {number} extra */
const starlightRun = (extra) => {
  if (!starlight || !('dir' in starlight)) return;
  log(`scale: building Starlight with ${extra} generated pages…`);
  try {
    starlightRuns.push(starlightScaleRun(root, starlight.dir, extra));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    starlight = { skipped: `its build with ${extra} generated pages failed: ${message.split('\n').filter(Boolean).slice(0, 3).join(' / ')}` };
  }
  starlightLoad.end = loadAverage();
};
/** The comparison's figures for the JSON, or why it was skipped. @param {ReturnType<typeof scaleFigures>} ours */
const starlightResult = (ours) => {
  if (!starlight) return null;
  if ('skipped' in starlight) return { skipped: starlight.skipped };
  const scale = scaleFigures(starlightRuns);
  return { version: STARLIGHT_VERSION, loadAverage: starlightLoad, scale, comparison: scaleComparison(ours, scale) };
};
/** @param {ReturnType<typeof starlightResult>} result */
const printStarlight = (result) => {
  if (!result) return;
  if ('skipped' in result) {
    console.log(`\nStarlight comparison skipped: ${result.skipped}`);
    return;
  }
  const { rows, largest } = result.comparison;
  const ms = (value) => (value === null ? '-' : value.toFixed(0));
  console.log(`\n## Starlight on the same content (@astrojs/starlight ${result.version}, same Astro, Vite and Pagefind, same run)\n`);
  console.log(
    'Both sides: our pages from content/pages (in Starlight, title and description kept and our components stubbed: their text stays, the rest renders nothing) plus the same generated pages. Starlight keeps its defaults: a sidebar of every page and its own Pagefind indexing.',
  );
  console.log(
    `Load average (1, 5, 15 min) at the start ${result.loadAverage.start}, at the end ${result.loadAverage.end}: on a shared machine compare only within one run.\n`,
  );
  console.log(
    table(
      ['Extra pages', 'Pages (ours / Starlight)', 'Ours CPU s', 'Starlight CPU s', 'Ours CPU ms per added page', 'Starlight CPU ms per added page'],
      rows.map((r) => [
        r.extraPages,
        `${r.pages} / ${r.starlightPages}`,
        r.cpuSeconds.toFixed(1),
        r.starlightCpuSeconds.toFixed(1),
        ms(r.marginalCpuMsPerPage),
        ms(r.starlightMarginalCpuMsPerPage),
      ]),
    ),
  );
  if (largest) {
    const ratio = (value) => (value === null ? '-' : value.toFixed(2));
    console.log(
      `\nAt +${largest.extraPages} pages, ours ÷ Starlight: ${ratio(largest.cpuRatio)} for the whole build's CPU, ${ratio(largest.perAddedPageRatio)} for the CPU per added page (at most 1 meets issue 13's goal).`,
    );
  }
};

if (args.includes('--scale-only')) {
  const runs = [0, ...SCALE].map((extra) => {
    log(`scale: building with ${extra} generated pages…`);
    const run = scaleRun(root, extra);
    starlightRun(extra);
    return run;
  });
  const figures = scaleFigures(runs);
  const starlightFigures = starlightResult(figures);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    join('bench-results', 'scale-latest.json'),
    JSON.stringify({ date: new Date().toISOString(), scale: figures, ...(starlightFigures ? { starlight: starlightFigures } : {}) }, null, 2),
  );
  console.log(`\n## Scale (${os.cpus().length} CPUs, Node ${process.version})\n`);
  console.log(scaleTable(figures));
  printStarlight(starlightFigures);
  process.exit(0);
}

const chromePath = chromiumExecutablePath();
if (!chromePath) throw new Error('No Chromium found: run `node scripts/ensure-browser.mjs` first');

// ---- Build
log('building…');
const build = timedBuild(root);
const builtPages = readManifest(DIST).pages;

// ---- Bytes per page, from the files the page references
/** @param {string} html @param {RegExp} pattern */
const refs = (html, pattern) => [...html.matchAll(pattern)].map((m) => m[1]).filter((u) => u.startsWith(base));
const fileOf = (url) => join(DIST, url.slice(base.length).split(/[?#]/)[0]);
const pages = builtPages.map((page) => {
  const html = readFileSync(join(DIST, page.file));
  const text = html.toString();
  const css = refs(text, /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g).map((u) => readFileSync(fileOf(u)));
  const js = [
    ...refs(text, /<script[^>]+src="([^"]+)"/g).map((u) => readFileSync(fileOf(u))),
    // Inline scripts count too (JSON-LD is data, not JavaScript).
    ...[...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1])),
  ];
  const sum = (list) =>
    list.map(sizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { path: page.path, kind: page.kind, html: sizes(html), css: sum(css), js: sum(js) };
});

// ---- Requests and transfer on first load, in Chromium, from a compressing static server
const server = await serve({ root: DIST, base });
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
for (const page of pages) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const requests = [];
  tab.on('requestfinished', (req) => requests.push(req));
  const network = requestsInFlight(tab);
  await tab.goto(server.url + page.path.slice(1));
  await network.quiet();
  let transfer = 0;
  for (const req of requests) {
    const s = await req.sizes();
    transfer += s.responseBodySize + s.responseHeadersSize;
  }
  page.requests = requests.length;
  page.requestsWithoutFavicon = requests.filter((r) => !/\/favicon\.[a-z]+$/.test(r.url())).length;
  page.transferBytes = transfer;
  page.domElements = await tab.evaluate(() => document.querySelectorAll('*').length);
  await context.close();
}
await browser.close();

// ---- Search
const pagefindDir = join(DIST, 'pagefind');
const queries = await benchSearch({ url: server.url });
const search = {
  indexBytes: existsSync(pagefindDir) ? indexDataSize(pagefindDir) : 0,
  allFilesBytes: existsSync(pagefindDir) ? dirSize(pagefindDir) : 0,
  queries,
};

// ---- Lighthouse
const lighthouse = LIGHTHOUSE
  ? await runLighthouse(
      pages.map((p) => server.url + p.path.slice(1)),
      chromePath,
      log,
    )
  : {};
for (const page of pages) page.lighthouse = lighthouse[server.url + page.path.slice(1)] ?? null;
await server.close();

// ---- Scale (Starlight's +0 here: ours is the build measured above)
starlightRun(0);
const scale = SCALE.map((extra) => {
  log(`scale: building with ${extra} generated pages…`);
  const run = scaleRun(root, extra);
  starlightRun(extra);
  return run;
});

// ---- Report
const scaleResult = scaleFigures([{ extraPages: 0, pages: builtPages.length, build, indexBytes: search.indexBytes }, ...scale]);
const starlightFigures = starlightResult(scaleResult);
const result = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, node: process.version, chromium: chromePath },
  base,
  build: {
    steps: build.map(({ output: _output, ...step }) => step),
    seconds: build.reduce((t, s) => t + s.seconds, 0),
    cpuSeconds: build.reduce((t, s) => t + (s.cpuSeconds ?? 0), 0),
    indexSeconds: indexingSeconds(build),
    pageCount: builtPages.length,
  },
  pages,
  search,
  scale: scaleResult,
  ...(starlightFigures ? { starlight: starlightFigures } : {}),
};
mkdirSync('bench-results', { recursive: true });
const json = JSON.stringify(result, null, 2);
writeFileSync(join('bench-results', `bench-${result.date.replace(/[:.]/g, '-')}.json`), json);
writeFileSync(join('bench-results', 'latest.json'), json);

console.log(`\n## Build (${result.machine.cpus} CPUs, Node ${process.version})\n`);
console.log(
  table(
    ['Step', 'Wall s', 'CPU s'],
    build.map((s) => [s.step, s.seconds.toFixed(1), s.cpuSeconds?.toFixed(1) ?? '-']),
  ),
);
console.log(`\nOf which search indexing (src/features/search/search-index.ts): ${result.build.indexSeconds?.toFixed(1) ?? '-'} s`);
console.log(`Pages: ${builtPages.length}`);
console.log('\n## Pages (kB: raw / gzip / brotli; transfer is what Chromium downloaded, brotli where accepted)\n');
console.log(
  table(
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
  ),
);
console.log(
  `\n## Search\n\nIndex data (index/, fragment/, filter/, entry): ${kb(search.indexBytes)} kB; dist/pagefind in all, with UI and WebAssembly: ${kb(search.allFilesBytes)} kB`,
);
console.log(formatSearchBench(queries));
if (LIGHTHOUSE) {
  console.log('\n## Lighthouse (mobile)\n');
  console.log(
    table(
      ['Page', 'Perf', 'A11y', 'BP', 'SEO', 'LCP ms', 'CLS', 'TBT ms', 'Below 1'],
      pages.map((p) => {
        const l = p.lighthouse;
        return l
          ? [
              p.path,
              l.performance,
              l.accessibility,
              l.bestPractices,
              l.seo,
              Math.round(l.lcpMs ?? 0),
              (l.cls ?? 0).toFixed(3),
              Math.round(l.tbtMs ?? 0),
              l.failingAudits.join(' ') || '-',
            ]
          : [p.path, '-', '-', '-', '-', '-', '-', '-', '-'];
      }),
    ),
  );
}
console.log('\n## Scale\n');
console.log(scaleTable(result.scale));
printStarlight(starlightFigures);
console.log('\n## Goals (issue 22), from this run\n');
console.log(formatSummary(summaryRows(result), table));
console.log(`\nFigures written to bench-results/latest.json`);
