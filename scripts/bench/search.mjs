// First search, per language the build has (English; Spanish once /es/ pages are built): in a fresh
// Chromium context (nothing cached) on a reading page, Ctrl+K and a query typed; the requests and
// brotli bytes from Ctrl+K to the results (search code, Pagefind, WebAssembly, index, result data) and
// the time from the last keystroke to the first result on screen (the input debounce included).
// Each first search is made SAMPLES times, the languages taking turns, and the medians reported: one
// search on a shared 2-core machine varies by more than the languages differ.
import { readManifest } from '../../src/features/chrome/built-site.mjs';
import { brotliOf, inChromium, recordTransfer } from './browser.mjs';
import { kB, median, table } from './report.mjs';

/** First searches per language; the languages alternate, so a slow moment of the machine falls on both. */
export const SAMPLES = 5;

/** Each language's start page (a topic overview, else its first reading page) and a query with results. */
export const LANGUAGES = [
  { lang: 'en', prefix: '/', start: '/lupus-nephritis/', query: 'kidney' },
  { lang: 'es', prefix: '/es/', start: '/es/lupus-nephritis/', query: 'riñón' },
];

/** The languages a build has, each with the page its search starts from. @param {{ path: string, kind: string }[]} pages */
export const searchStarts = (pages) =>
  LANGUAGES.flatMap((language) => {
    const page = pages.find((p) => p.path === language.start) ?? pages.find((p) => p.kind === 'content' && p.path.startsWith(language.prefix));
    return page ? [{ ...language, start: page.path }] : [];
  });

/** In the page: types the query's last letter and times it to the first result for the whole query. @param {string} query */
function lastKeystrokeToResult(query) {
  return new Promise((resolve, reject) => {
    const dialog = document.querySelector('dialog[open]');
    const input = dialog?.querySelector('[data-search-input]');
    if (!dialog || !(input instanceof HTMLInputElement)) throw new Error('no open search dialog');
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!dialog.querySelector('[data-search-summary]')?.textContent?.includes(query) || !dialog.querySelector('[data-search-results] a')) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    observer.observe(dialog, { subtree: true, childList: true, characterData: true });
    setTimeout(
      () => reject(new Error(`no result for "${query}" within 30 s: give this language a query with results (LANGUAGES, scripts/bench/search.mjs)`)),
      30_000,
    );
    input.value = query;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: query.slice(-1), inputType: 'insertText' }));
  });
}

/**
 * One figure per language from its samples, in the order the languages came: the median of each
 * figure, and the times of every sample, so the spread is in the report.
 * @param {{ lang: string, page: string, query: string, requests: number, brotli: number, lastKeystrokeToResultMs: number }[]} samples
 */
export function medianSearches(samples) {
  const languages = [...new Set(samples.map((sample) => sample.lang))];
  return languages.map((lang) => {
    const mine = samples.filter((sample) => sample.lang === lang);
    const of = (/** @type {'requests' | 'brotli' | 'lastKeystrokeToResultMs'} */ key) => median(mine.map((sample) => sample[key])) ?? 0;
    const { page, query } = mine[0] ?? { page: '', query: '' };
    return {
      lang,
      page,
      query,
      requests: of('requests'),
      brotli: of('brotli'),
      lastKeystrokeToResultMs: of('lastKeystrokeToResultMs'),
      samplesMs: mine.map((sample) => sample.lastKeystrokeToResultMs),
    };
  });
}

/** @param {import('./report.mjs').BenchContext} context */
export async function benchSearch({ dist }) {
  const { base, pages } = readManifest(dist);
  const figures = await inChromium(dist, base, async (browser, url) => {
    /** @type {{ lang: string, page: string, query: string, requests: number, brotli: number, lastKeystrokeToResultMs: number }[]} */
    const measured = [];
    for (let round = 0; round < SAMPLES; round++)
      for (const { lang, start, query } of searchStarts(pages)) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const loaded = recordTransfer(context);
        await page.goto(url + start.slice(1));
        await loaded();
        // Pagefind fetches from a worker too: the context's requests count.
        const stop = recordTransfer(context);
        await page.keyboard.press('Control+k');
        await page.locator('dialog[open] [data-search-input]').pressSequentially(query.slice(0, -1));
        const ms = await page.evaluate(lastKeystrokeToResult, query);
        const files = await stop();
        await context.close();
        measured.push({ lang, page: start, query, requests: files.length, brotli: brotliOf(files), lastKeystrokeToResultMs: ms });
      }
    return medianSearches(measured);
  });
  const rows = figures.map((s) => [
    s.lang,
    s.page,
    s.query,
    s.requests,
    kB(s.brotli),
    `${Math.round(s.lastKeystrokeToResultMs)} (${s.samplesMs.map(Math.round).join(', ')})`,
  ]);
  const note = searchStarts(pages).length > 1 ? '' : '\n\nNo /es/ pages in this build: the Spanish first search is measured once they are.';
  return {
    figures,
    report: table(['Language', 'From', 'Query', 'Requests', 'kB br', `Last keystroke to result, ms: median (the ${SAMPLES} searches)`], rows) + note,
  };
}
