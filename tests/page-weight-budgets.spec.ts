// Byte and request budgets for every page, so the site stays fast on a cheap phone on a weak
// connection. Deterministic (sizes and counts, never timings); timings are `npm run bench`.
//   - JavaScript: none on reading pages beyond the search loader, which stays under 2 kB compressed.
//   - Total: HTML + CSS + JS under 20 kB compressed (gzip, which every static host offers); 40 kB for
//     the source list and the glossary, which grow with the content.
//   - First load: at most three requests (the page, one stylesheet, the loader), favicon aside.
// The search page is the one exception: it exists to search, so it loads Pagefind on arrival.
// Its cost is measured by scripts/bench-search.mjs and its behaviour by tests/search-*.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtHtml, builtPages, DIST } from './helpers/pages.ts';
import { attr, elements, parseHtml, rawText } from './helpers/html.ts';
import { siteUrl, toSitePath, withBase } from './helpers/site.ts';
import { bulletList } from './helpers/format.ts';

const JS_BUDGET = 2 * 1024;
/**
 * A reading page's HTML and CSS, gzipped. 22 kB since every page carries the search dialog's shell
 * (so Ctrl+K shows a focused search box at once, issue 13) and the glossary definitions in place
 * (issue 12); it was 20 kB before them.
 */
const PAGE_BUDGET = 22 * 1024;
/**
 * The full source list and the glossary grow with every source and term the site adds (the new
 * pages of issue 11 took /sources/ past 20 kB). They are reference lists, reached from a citation
 * or a term rather than read first, so they get a larger budget instead of losing entries.
 */
const LIST_PAGE_BUDGET = 40 * 1024;
const LIST_PAGES = new Set(['/sources/', '/glossary/']);
/**
 * Pages built around a large data table that a clinician scans (the evidence table of every
 * published study, the three-therapy comparison): the table is the content, so it gets room
 * instead of being cut. Every other reading page keeps PAGE_BUDGET.
 */
const DATA_TABLE_PAGE_BUDGET = 28 * 1024;
const DATA_TABLE_PAGES = new Set(['/stromal-cell-therapy/research-so-far/', '/stromal-cell-therapy/other-cell-therapies/']);
const gzipped = (bytes: Buffer | string) => gzipSync(bytes).length;

/** The built file behind a same-site URL in a page. */
function asset(url: string, pagePath: string): Buffer {
  const sitePath = toSitePath(url, siteUrl(pagePath));
  if (!sitePath) throw new Error(`${url} on ${pagePath} is not on this site`);
  return readFileSync(join(DIST, sitePath));
}

const readingPages = builtPages().filter((page) => page.path !== '/search/');

for (const page of readingPages) {
  test(`${page.path} stays within its byte budgets`, () => {
    const html = builtHtml(page);
    const doc = elements(parseHtml(html));
    const scripts = doc.filter((el) => el.tagName === 'script' && attr(el, 'type') !== 'application/ld+json');
    const styles = doc.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet');
    const preloads = doc.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'modulepreload');

    const js = scripts.map((el) => (attr(el, 'src') ? asset(attr(el, 'src')!, page.path) : Buffer.from(rawText(el))));
    const css = styles.map((el) => asset(attr(el, 'href')!, page.path));
    const jsBytes = js.reduce((sum, b) => sum + gzipped(b), 0);
    const total = gzipped(html) + css.reduce((sum, b) => sum + gzipped(b), 0) + jsBytes;

    expect(scripts.length, `${page.path}: more than one script (only the page script may run: search loader and print date)`).toBeLessThanOrEqual(1);
    expect(preloads, `${page.path}: preloaded modules mean more JavaScript than the loader`).toEqual([]);
    expect(jsBytes, `${page.path}: JavaScript is ${jsBytes} bytes gzipped; the budget is ${JS_BUDGET}`).toBeLessThan(JS_BUDGET);
    expect(styles.length, `${page.path}: more than one stylesheet`).toBeLessThanOrEqual(1);
    const budget = LIST_PAGES.has(page.path) ? LIST_PAGE_BUDGET : DATA_TABLE_PAGES.has(page.path) ? DATA_TABLE_PAGE_BUDGET : PAGE_BUDGET;
    expect(total, `${page.path}: ${total} bytes gzipped in all; the budget is ${budget}`).toBeLessThan(budget);
  });

  test(`${page.path} loads in at most three requests`, async ({ page: tab }) => {
    const requests: string[] = [];
    tab.on('request', (req) => {
      if (!/\/favicon\.[a-z]+$/.test(new URL(req.url()).pathname)) requests.push(`${req.resourceType()} ${req.url()}`);
    });
    await tab.goto(withBase(page.path), { waitUntil: 'networkidle' });
    const byType = (type: string) => requests.filter((r) => r.startsWith(`${type} `));
    expect(byType('document'), 'one document').toHaveLength(1);
    expect(byType('stylesheet').length, `stylesheets:\n${bulletList(byType('stylesheet'))}`).toBeLessThanOrEqual(1);
    expect(byType('script').length, `scripts:\n${bulletList(byType('script'))}`).toBeLessThanOrEqual(1);
    expect(requests.length, `requests on first load of ${page.path}:\n${bulletList(requests)}`).toBeLessThanOrEqual(3);
    // The search index and UI load only when the reader opens search.
    expect(requests.filter((r) => r.includes('/pagefind/'))).toEqual([]);
  });
}
