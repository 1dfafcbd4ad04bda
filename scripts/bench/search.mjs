// First search, per language the build has (English; Spanish once /es/ pages are built): in a fresh
// Chromium context (nothing cached) on a reading page, Ctrl+K and a query typed; the requests and
// brotli bytes from Ctrl+K to the results (search code, Pagefind, WebAssembly, index, result data) and
// the time from the last keystroke to the first result on screen (the input debounce included).
import { readManifest } from '../../src/features/chrome/built-site.mjs';
import { brotliOf, inChromium, recordTransfer } from './browser.mjs';
import { kB, table } from './report.mjs';

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

/** @param {import('./report.mjs').BenchContext} context */
export async function benchSearch({ dist }) {
  const { base, pages } = readManifest(dist);
  const figures = await inChromium(dist, base, async (browser, url) => {
    const measured = [];
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
    return measured;
  });
  const rows = figures.map((s) => [s.lang, s.page, s.query, s.requests, kB(s.brotli), Math.round(s.lastKeystrokeToResultMs)]);
  const note = searchStarts(pages).length > 1 ? '' : '\n\nNo /es/ pages in this build: the Spanish first search is measured once they are.';
  return { figures, report: table(['Language', 'From', 'Query', 'Requests', 'kB br', 'Last keystroke to result, ms'], rows) + note };
}
