// Search cost, in Chromium from the compressing server, starting on a reading page: the script
// bytes the page loads for search before it is opened; Ctrl+K to a focused search box; the requests
// and bytes of the first search (Ctrl+K to results: search code, Pagefind, WebAssembly, index
// chunks, result data) and of a second; the time from the last keystroke to the first result, for
// the first search and (median of repeated queries) later ones.
import { requestsInFlight } from '../../tests/helpers/network.ts';
import { inChromium, recordTransfer, summarise } from './browser.mjs';
import { kB, median } from './report.mjs';

/** Queries with results, each different, so later runs measure searching rather than a cache. */
const QUERIES =
  'kidney|stem cell|side effects|Oklahoma|dialysis|CellCept|placebo|umbilical cord|biopsy|funding|safety|MiSLE|prednisone|bone marrow|infusion'.split('|');
const START_PAGE = 'lupus-nephritis/';
const RUNS = 15;

/**
 * What a search's files are for. Pagefind's runtime (its script, entry, metadata and WebAssembly)
 * and one index chunk are needed before any result can be known, whatever the query: together with
 * the site's search code they are the floor under the first search's cost.
 * @type {Array<[string, RegExp]>}
 */
const SEARCH_FILE_PARTS = [
  ['search code and styles (the site’s)', /\/_astro\//],
  ['Pagefind runtime (script, entry, metadata, WebAssembly)', /\/pagefind\/(pagefind\.js|pagefind-entry\.json|[^/]*\.pf_meta|wasm\.[^/]*)/],
  ['index chunks', /\/pagefind\/index\//],
  ['filter chunks', /\/pagefind\/filter\//],
  ['result data (one fragment per result drawn)', /\/pagefind\/fragment\//],
];

/**
 * A search's files grouped by SEARCH_FILE_PARTS: requests and brotli bytes per part, in that
 * order, then "other" for any file no part claims.
 * @param {{ path: string, brotli: number }[]} files
 */
export function searchFilesByPart(files) {
  const groups = Object.groupBy(files, (file) => SEARCH_FILE_PARTS.find(([, pattern]) => pattern.test(file.path))?.[0] ?? 'other');
  return [...SEARCH_FILE_PARTS.map(([name]) => name), 'other'].flatMap((name) => {
    const group = groups[name] ?? [];
    return group.length ? [{ name, requests: group.length, brotli: group.reduce((total, file) => total + file.brotli, 0) }] : [];
  });
}

/**
 * Arms a timer in the page: milliseconds from the key that opens search (not its modifier) to the
 * first frame with the dialog's box shown and focused, read with `window.__openTime`. Armed in its
 * own evaluate, so the listener is there before the key is pressed.
 */
function armOpenTimer() {
  /** @type {any} */ (window).__openTime = new Promise((resolve) => {
    /** @param {KeyboardEvent} event */
    const start = (event) => {
      if (event.key === 'Control' || event.key === 'Meta') return;
      removeEventListener('keydown', start, { capture: true });
      const t0 = performance.now();
      const check = () => {
        const box = document.querySelector('dialog[open] [data-search-input]');
        if (box && document.activeElement === box && box.getBoundingClientRect().height > 0) resolve(performance.now() - t0);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    };
    addEventListener('keydown', start, { capture: true });
  });
}

/** Types the last letter of `query` as an input event and times it to the first result of that query on screen. @param {string} query */
function lastKeystrokeToResult(query) {
  return new Promise((resolve) => {
    const dialog = document.querySelector('dialog[open]');
    const input = dialog?.querySelector('[data-search-input]');
    if (!dialog || !(input instanceof HTMLInputElement)) throw new Error('no open search dialog');
    const start = performance.now();
    new MutationObserver((_, observer) => {
      if (!dialog.querySelector('[data-search-summary]')?.textContent?.includes(`“${query}”`) || !dialog.querySelector('[data-search-results] a')) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    }).observe(dialog, { subtree: true, childList: true, characterData: true });
    input.value = query;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: query.slice(-1), inputType: 'insertText' }));
  });
}

/** @param {import('./report.mjs').BenchContext} context */
export async function benchSearch({ dist }) {
  return inChromium(dist, async (browser, url) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Pagefind fetches from a worker too: count the context's requests.
    const network = requestsInFlight(context);
    const input = page.locator('dialog[open] [data-search-input]');
    const firstResult = page.locator('[data-search-results] a').first();
    const [first, second] = [QUERIES[0] ?? '', QUERIES[1] ?? ''];

    let stop = recordTransfer(context);
    await page.goto(new URL(START_PAGE, url).href);
    await network.quiet();
    const loader = summarise((await stop()).filter((file) => file.type === 'script'));

    // First search: from Ctrl+K (nothing fetched before it) to the results of a query typed at once.
    stop = recordTransfer(context);
    await page.evaluate(armOpenTimer);
    await page.keyboard.press('Control+k');
    const shortcutToBoxMs = await page.evaluate(() => /** @type {any} */ (window).__openTime);
    await input.pressSequentially(first.slice(0, -1));
    const firstKeystrokeToResultsMs = await page.evaluate(lastKeystrokeToResult, first);
    await firstResult.waitFor();
    await network.quiet();
    const firstFiles = await stop();
    const firstSearch = { ...summarise(firstFiles), files: firstFiles };

    stop = recordTransfer(context);
    await input.fill(second);
    await page.locator('[data-search-summary]').filter({ hasText: second }).waitFor();
    await firstResult.waitFor();
    await network.quiet();
    const secondSearch = summarise(await stop());

    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const query = QUERIES[(i + 2) % QUERIES.length] ?? '';
      await input.fill('');
      await input.pressSequentially(query.slice(0, -1));
      times.push(await page.evaluate(lastKeystrokeToResult, query));
    }
    const t = { median: median(times) ?? 0, min: Math.min(...times), max: Math.max(...times), runs: times.length };
    /** @param {{ raw: number, gzip: number, brotli: number }} s */
    const bytes = (s) => `${kB(s.raw)} kB raw, ${kB(s.gzip)} kB gzip, ${kB(s.brotli)} kB brotli`;
    const start = new URL(url).pathname + START_PAGE;
    const figures = { page: start, loader, firstSearch, secondSearch, shortcutToBoxMs, firstKeystrokeToResultsMs, typingToResultsMs: t };
    const report = [
      `From ${start}:`,
      `  reading page, before search is opened: ${loader.requests} script file(s), ${bytes(loader)}`,
      `  Ctrl+K to a focused search box on screen: ${shortcutToBoxMs.toFixed(0)} ms (goal 100)`,
      `  first search ("${first}", Ctrl+K to results): ${firstSearch.requests} requests (goal 8), ${bytes(firstSearch)} (goal 100 kB brotli)`,
      ...searchFilesByPart(firstFiles).map((part) => `      ${part.name}: ${part.requests} request(s), ${kB(part.brotli)} kB brotli`),
      `  second search: ${secondSearch.requests} requests, ${bytes(secondSearch)}`,
      `  last keystroke to first result, first search: ${firstKeystrokeToResultsMs.toFixed(0)} ms (goal 300)`,
      `  later searches: median ${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)}, ${t.runs} queries; goal 150; includes the input debounce)`,
    ].join('\n');
    return { figures, report };
  });
}
