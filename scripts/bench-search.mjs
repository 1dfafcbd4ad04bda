#!/usr/bin/env node
// Search benchmark: in Chromium against the preview server of the built site, measures
//   - the bytes a reading page downloads for search before it is opened (the loader),
//   - how long Ctrl+K and a click on the search link take to put a focused search box on screen,
//   - the requests and bytes of the first search (from Ctrl+K to results: search code, Pagefind,
//     WebAssembly, index chunks, result data) and of a second one,
//   - the time from the last keystroke to the first result, for the first search and (median of
//     repeated queries) for later ones.
// Bytes are given raw, gzip and brotli (what a static host or CDN sends); Pagefind's index files
// are compressed already, so for them the three are about the same.
//
//   npm run build && node scripts/bench-search.mjs [--url http://127.0.0.1:4321/] [--runs 15] [--json]
// Needs a running preview (`npm run preview`), or starts one itself on PORT (default 4321).
// scripts/bench.mjs imports benchSearch() and formatSearchBench().
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { requestsInFlight } from '../tests/helpers/network.ts';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './ensure-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Queries with results, each different, so later runs measure searching rather than a cache. */
export const BENCH_QUERIES = [
  'kidney',
  'stem cell',
  'side effects',
  'Oklahoma',
  'dialysis',
  'CellCept',
  'placebo',
  'umbilical cord',
  'biopsy',
  'funding',
  'safety',
  'MiSLE',
  'prednisone',
  'bone marrow',
  'infusion',
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Records every response (page and workers) with its body size raw and gzipped, until stopped. */
function recordTransfer(page) {
  const entries = [];
  const pending = [];
  const onFinished = (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const sizes = await request.sizes().catch(() => ({ responseBodySize: body.length, responseHeadersSize: 0 }));
        entries.push({
          url: request.url(),
          type: request.resourceType(),
          wire: sizes.responseBodySize + sizes.responseHeadersSize,
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          brotli: brotliCompressSync(body).length,
        });
      })(),
    );
  };
  page.context().on('requestfinished', onFinished);
  return async () => {
    await Promise.all(pending);
    page.context().off('requestfinished', onFinished);
    return entries;
  };
}

const sum = (entries, key) => entries.reduce((total, e) => total + e[key], 0);
const summarise = (entries, origin) => ({
  requests: entries.length,
  wire: sum(entries, 'wire'),
  raw: sum(entries, 'raw'),
  gzip: sum(entries, 'gzip'),
  brotli: sum(entries, 'brotli'),
  files: entries.map((e) => ({ path: e.url.replace(origin, ''), raw: e.raw, gzip: e.gzip, brotli: e.brotli })),
});

async function serverIsUp(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function startPreview(port) {
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 120 && !(await serverIsUp(url)); i++) await new Promise((r) => setTimeout(r, 250));
  if (!(await serverIsUp(url))) {
    child.kill();
    throw new Error(`astro preview did not start on port ${port}`);
  }
  return child;
}

/**
 * Runs the benchmark. Options: url (site root on a running preview; started if absent), runs
 * (timed queries, default 15), page (a reading page to start from, default the lupus nephritis hub).
 */
export async function benchSearch({ url, runs = 15, page: startPath = 'lupus-nephritis/' } = {}) {
  if (!existsSync(join(root, 'dist/pagefind/pagefind.js'))) throw new Error('No search index in dist/: run `npm run build` first.');
  const port = Number(process.env.PORT ?? 4321);
  const base = url ?? `http://127.0.0.1:${port}${process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/` : '/'}`;
  const preview = (await serverIsUp(base)) ? null : await startPreview(port);
  const origin = new URL(base).origin;
  const executablePath = chromiumExecutablePath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Pagefind fetches from a worker too: count the context's requests.
    const network = requestsInFlight(context);
    const input = page.locator('dialog[open] [data-search-input]');
    const firstResult = page.locator('[data-search-results] a').first();
    const summary = page.locator('[data-search-summary]');
    const startUrl = new URL(startPath, base).href;

    /**
     * Milliseconds from the reader's key press or click (when the page receives it) to the first
     * frame with the dialog's search box shown and focused. Listeners are added before the reader acts.
     */
    const armOpenTimer = () =>
      page.evaluate(() => {
        const w = window;
        w.__openTime = new Promise((resolve) => {
          const start = (event) => {
            // The shortcut's modifier key comes first; time from the key that opens search.
            if (event.key === 'Control' || event.key === 'Meta') return;
            removeEventListener('keydown', start, { capture: true });
            removeEventListener('pointerdown', start, { capture: true });
            const t0 = performance.now();
            const check = () => {
              const box = document.querySelector('dialog[open] [data-search-input]');
              if (box && document.activeElement === box && box.getBoundingClientRect().height > 0) resolve(performance.now() - t0);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          };
          addEventListener('keydown', start, { capture: true });
          addEventListener('pointerdown', start, { capture: true });
        });
      });
    const openTime = () => page.evaluate(() => window.__openTime);

    /** Types the last letter of `query` as an input event and times it to the first result of that query on screen. */
    const timeLastKeystroke = (query) =>
      page.evaluate(
        (q) =>
          new Promise((resolve) => {
            const input = document.querySelector('dialog[open] [data-search-input]');
            const summary = document.querySelector('dialog[open] [data-search-summary]');
            const start = performance.now();
            const done = () => summary.textContent.includes(`“${q}”`) && document.querySelector('dialog[open] [data-search-results] a');
            new MutationObserver((_, observer) => {
              if (done()) {
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - start));
              }
            }).observe(document.querySelector('dialog[open]'), { subtree: true, childList: true, characterData: true });
            input.value = q;
            input.dispatchEvent(new InputEvent('input', { bubbles: true, data: q.slice(-1), inputType: 'insertText' }));
          }),
        query,
      );

    let stop = recordTransfer(page);
    await page.goto(startUrl);
    await network.quiet();
    const pageEntries = await stop();
    const loader = pageEntries.filter((e) => e.type === 'script');

    // First search: from Ctrl+K (nothing fetched before it) to the results of a query typed at once.
    stop = recordTransfer(page);
    await armOpenTimer();
    await page.keyboard.press('Control+k');
    const shortcutToBoxMs = await openTime();
    await input.pressSequentially(BENCH_QUERIES[0].slice(0, -1));
    const firstKeystrokeToResultsMs = await timeLastKeystroke(BENCH_QUERIES[0]);
    await firstResult.waitFor();
    await network.quiet();
    const first = await stop();

    stop = recordTransfer(page);
    await input.fill(BENCH_QUERIES[1]);
    await summary.filter({ hasText: BENCH_QUERIES[1] }).waitFor();
    await firstResult.waitFor();
    await network.quiet();
    const second = await stop();

    // Later searches: from the last keystroke to the first result of that query on screen.
    const times = [];
    for (let i = 0; i < runs; i++) {
      const query = BENCH_QUERIES[(i + 2) % BENCH_QUERIES.length];
      await input.fill('');
      await input.pressSequentially(query.slice(0, -1));
      times.push(await timeLastKeystroke(query));
    }

    // A click on the search link, on a fresh page: the pointer comes to rest on it first, as a reader's would.
    await page.goto(startUrl);
    await network.quiet();
    await armOpenTimer();
    await page.locator('a[data-search-trigger]').click();
    const clickToBoxMs = await openTime();
    await context.close();
    return {
      page: new URL(startPath, base).pathname,
      loader: summarise(loader, origin),
      firstSearch: summarise(first, origin),
      secondSearch: summarise(second, origin),
      shortcutToBoxMs,
      clickToBoxMs,
      firstKeystrokeToResultsMs,
      typingToResultsMs: { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times.length },
    };
  } finally {
    await browser.close();
    preview?.kill();
  }
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * What a search's files are for. Pagefind's runtime (its script, entry, metadata and WebAssembly)
 * and one index chunk are needed before any result can be known, whatever the query: together with
 * the site's search code they are the floor under the first search's cost. Result data is one
 * fragment per result drawn.
 */
/** @type {Array<[string, (path: string) => boolean]>} */
export const SEARCH_FILE_PARTS = [
  ['search code (the site’s)', (path) => path.includes('/_astro/')],
  [
    'Pagefind runtime (script, entry, metadata, WebAssembly)',
    (path) => /\/pagefind\/(pagefind\.js|pagefind-entry\.json|[^/]*\.pf_meta|wasm\.[^/]*)/.test(path),
  ],
  ['index chunks', (path) => path.includes('/pagefind/index/')],
  ['filter chunks', (path) => path.includes('/pagefind/filter/')],
  ['result data (one fragment per result drawn)', (path) => path.includes('/pagefind/fragment/')],
];

/**
 * A search's files grouped by SEARCH_FILE_PARTS: requests and brotli bytes per part, in that order.
 * @param {{ path: string, brotli: number }[]} files
 * @returns {{ name: string, requests: number, brotli: number }[]}
 */
export function searchFilesByPart(files) {
  const parts = SEARCH_FILE_PARTS.map(([name]) => ({ name, requests: 0, brotli: 0 }));
  const other = { name: 'other', requests: 0, brotli: 0 };
  for (const file of files) {
    const at = SEARCH_FILE_PARTS.findIndex(([, matches]) => matches(file.path));
    const part = at < 0 ? other : parts[at];
    part.requests++;
    part.brotli += file.brotli;
  }
  return [...parts, other].filter((part) => part.requests > 0);
}

/** The benchmark as a few readable lines. */
export function formatSearchBench(result) {
  const { loader, firstSearch, secondSearch, typingToResultsMs: t } = result;
  const bytes = (s) => `${kB(s.raw)} raw, ${kB(s.gzip)} gzip, ${kB(s.brotli)} brotli`;
  return [
    `Search benchmark (from ${result.page})`,
    `  reading page, before search is opened: ${loader.requests} script file(s), ${bytes(loader)}`,
    `  Ctrl+K to a focused search box on screen: ${result.shortcutToBoxMs.toFixed(0)} ms (goal 100)`,
    `  click to a focused search box on screen:  ${result.clickToBoxMs.toFixed(0)} ms (goal 100)`,
    `  first search ("${BENCH_QUERIES[0]}", Ctrl+K to results): ${firstSearch.requests} requests (goal 8), ${bytes(firstSearch)} (goal 100 kB brotli)`,
    ...searchFilesByPart(firstSearch.files).map((part) => `      ${part.name}: ${part.requests} request(s), ${kB(part.brotli)} brotli`),
    `  second search: ${secondSearch.requests} requests, ${bytes(secondSearch)}`,
    `  last keystroke to first result, first search: ${result.firstKeystrokeToResultsMs.toFixed(0)} ms (goal 300)`,
    `  last keystroke to first result, later searches: median ${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)}, ${t.runs} queries; goal 150; includes the input debounce)`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  try {
    const result = await benchSearch({ url: arg('url'), runs: arg('runs') ? Number(arg('runs')) : undefined });
    console.log(process.argv.includes('--json') ? JSON.stringify(result, null, 2) : formatSearchBench(result));
    if (!process.argv.includes('--json')) {
      console.log('  first search files:');
      for (const f of result.firstSearch.files) console.log(`    ${f.path}  ${kB(f.raw)} (${kB(f.gzip)} gzip, ${kB(f.brotli)} brotli)`);
    }
  } catch (error) {
    console.error(`bench-search: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
