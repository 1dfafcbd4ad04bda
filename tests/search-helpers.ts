// Shared steps for the search tests (tests/search-*.spec.ts).
import { expect, type Page } from '@playwright/test';
import { contentPages } from './helpers/pages.ts';
import { newSitePage, test } from './helpers/test.ts';
import { withBase } from './helpers/site.ts';

/** The header's search link: a real link to /search/ on every page. */
export const searchTrigger = (page: Page) => page.locator('a[data-search-trigger]');
export const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');
/** The title links of the results shown (in the dialog, or on the search page), in rank order. */
export const resultLinks = (page: Page) => page.locator('[data-search-results] a.search-result__link');
/** The results in rank order: each <li> is drawn whole, once its data has arrived. */
export const resultSlots = (page: Page) => page.locator('[data-search-results] > li');
/** The link of the top-ranked result. */
export const firstResultLink = (page: Page) => resultSlots(page).first().locator('a.search-result__link');
/** The result count ("9 pages found for “kidney”"), shown above the results. */
export const resultSummary = (page: Page) => page.locator('[data-search-summary]');
/** The first search fetches the search code, Pagefind's WebAssembly and index; give it time on a busy machine. */
export const SEARCH_TIMEOUT = 15_000;
// Pagefind falls back to ever shorter prefixes of a word it does not know, so a nonsense word of
// Latin letters still matches an author's initial on the Sources page. Only a word whose first
// letter begins no indexed word finds nothing.
export const NO_RESULTS_QUERY = 'þþþþþ';

/** Records every text put into a polite live region, so a test can check what was announced. */
export async function recordPoliteAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __announced: string[] }).__announced = log;
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        const el = (m.target.nodeType === Node.TEXT_NODE ? m.target.parentElement : m.target) as Element | null;
        const region = el?.closest('[aria-live="polite"], [role="status"]');
        const text = region?.textContent?.trim();
        if (region && text) log.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}
export const announcements = (page: Page) => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);

/** Opens the search dialog from the header link and waits for its search box to have focus. */
export async function openDialog(page: Page): Promise<void> {
  await searchTrigger(page).click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
}

/** Types a query into the search box once it has focus and waits for the first result (or the no-results message). */
export async function typeQuery(page: Page, query: string, expectResults = true): Promise<void> {
  // Keys pressed before the box has focus would be lost.
  await expect(page.getByRole('searchbox', { name: 'Search this site' })).toBeFocused({ timeout: SEARCH_TIMEOUT });
  await page.keyboard.type(query);
  // Typed a letter at a time, the first letters may be searched on their own; wait for the results
  // of the whole query, or a test could act on results about to be replaced.
  await expect(resultSummary(page)).toContainText(`“${query}”`, { timeout: SEARCH_TIMEOUT });
  if (expectResults) await expect(resultLinks(page).first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  else await expect(resultSummary(page)).toContainText('No pages found', { timeout: SEARCH_TIMEOUT });
}

/** Site path of a result link ("/lupus-nephritis/treatment/"), without base, query or fragment. */
export function sitePathOf(href: string): string {
  const path = new URL(href, 'http://x').pathname;
  return '/' + path.slice(withBase('/').length);
}

/** Every page the index should hold: the content pages (their layout marks them data-pagefind-body). */
export function indexedPaths(): string[] {
  return contentPages().map((p) => p.path);
}

/**
 * The test of a ranking table: one search page (`searchPath`) per worker, shared by the cases. The
 * ranking depends only on the index and the query, so loading Pagefind's code, WebAssembly and index
 * again for each of 50+ queries would only repeat the first search (search-loads-only-when-opened.spec.ts).
 */
export function rankingTest(searchPath: string) {
  return test.extend<{ searchPage: Page }>({
    searchPage: async ({ workerPage }, use) =>
      use(
        await workerPage(`search page ${searchPath}`, async (browser) => {
          const page = await newSitePage(browser);
          await page.goto(withBase(searchPath));
          return page;
        }),
      ),
  });
}

/**
 * Types `query` into the search page's box and returns the site paths of the result slots, in order,
 * once this query's results have replaced the last one's ("(loading)" for a slot not yet filled in).
 */
export async function rankedPaths(page: Page, query: string): Promise<string[]> {
  await page.locator('[data-search-page] [data-search-input]').fill(query);
  // The count names the query once this query's results have replaced the last one's.
  await expect(resultSummary(page)).toContainText(`“${query}”`, { timeout: SEARCH_TIMEOUT });
  await expect(firstResultLink(page)).toBeVisible({ timeout: SEARCH_TIMEOUT });
  const hrefs = await resultSlots(page).evaluateAll((slots) => slots.map((li) => li.querySelector('a.search-result__link')?.getAttribute('href') ?? null));
  return hrefs.map((href) => (href === null ? '(loading)' : sitePathOf(href)));
}
