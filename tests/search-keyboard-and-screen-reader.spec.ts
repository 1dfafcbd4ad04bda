// Search with the keyboard alone, and what a screen reader is told. Result links depend on where the
// site's URLs start, so the whole file is tagged @url-root and runs against both builds.
import { test, expect, URL_ROOT } from './helpers/test.ts';
import { withBase } from './helpers/site.ts';
import { ANNOUNCE_AFTER_MS, SEARCH_DEBOUNCE_MS } from '../src/features/search/search.ts';
import {
  announcements,
  dialog,
  NO_RESULTS_QUERY,
  recordPoliteAnnouncements,
  resultLinks,
  resultSummary,
  SEARCH_TIMEOUT,
  searchTrigger,
  typeQuery,
} from './search-helpers.ts';

// The first search fetches the UI, WebAssembly and index; allow for a busy machine.
test.describe.configure({ timeout: 60_000 });
// The announcement test's page clock: where it starts, and where it stops once search has loaded.
const CLOCK_START = new Date('2026-12-04T09:00:00Z');
const CLOCK_PAUSE = new Date('2026-12-04T10:00:00Z');

test.describe('search by keyboard and screen reader', { tag: URL_ROOT }, () => {
  const START = '/lupus-nephritis/';

  test('the header link names its shortcut, and the shortcut opens a named search dialog', async ({ page }) => {
    await page.goto(withBase(START));
    const trigger = searchTrigger(page);
    await expect(trigger).toHaveAttribute('href', withBase('/search/'));
    await expect(trigger).toHaveAttribute('aria-keyshortcuts', /^(Control|Meta)\+K$/);
    await expect(trigger).toHaveAccessibleName('Search');
    await expect(trigger).toHaveAccessibleDescription(/Keyboard shortcut: (Control|Command) K/);
    await expect(trigger.locator('kbd')).toBeVisible();

    await page.keyboard.press('Control+k');
    const box = dialog(page);
    await expect(box).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Search this site' })).toBeVisible();
    await expect(box.getByRole('searchbox', { name: 'Search this site' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('keyboard only: Tab to the button, type, arrow into results, open one, land on the highlighted section', async ({ page }) => {
    await page.goto(withBase(START));
    // Tab from the top of the page: skip link, site name, then the search link.
    const trigger = searchTrigger(page);
    for (let i = 0; i < 5 && !(await trigger.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(trigger).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog(page).getByRole('searchbox')).toBeFocused();
    await typeQuery(page, 'kidney biopsy');

    // Down arrow moves from the box into the results, then from link to link.
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const section = page.locator('[data-search-results] a:focus');
    const href = (await section.getAttribute('href')) ?? '';
    expect(href, 'the second stop is a link straight to a section').toMatch(/#[\w-]+$/);
    expect(href).toContain('highlight=');
    await page.keyboard.press('Enter');

    await page.waitForURL((url) => url.hash.length > 1);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading).toBeInViewport();
    const marks = page.locator('main mark.pagefind-highlight');
    await expect(marks.first()).toBeVisible();
    expect((await marks.allTextContents()).map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(['kidney', 'biopsy']));
    // The marks carry no inline style (the CSP would block it): the site's stylesheet colours them.
    expect(await marks.first().getAttribute('style')).toBeNull();
    expect(await marks.first().evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('a page opened from a search for "car t" marks CAR-T, not every word that holds a "t"', async ({ page }) => {
    await page.goto(withBase('/stromal-cell-therapy/other-cell-therapies/?highlight=car&highlight=t'));
    const marks = page.locator('main mark.pagefind-highlight');
    await expect(marks.first()).toBeVisible();
    // Each mark with the letter just before and just after it ("" at a word boundary).
    const marked = await marks.evaluateAll((list) =>
      list.map((mark) => {
        const letter = (text: string | null | undefined, at: number) => (/[\p{L}\p{N}]/u.test(text?.at(at) ?? '') ? text!.at(at)! : '');
        return {
          text: mark.textContent!.toLowerCase(),
          before: letter(mark.previousSibling?.textContent, -1),
          after: letter(mark.nextSibling?.textContent, 0),
        };
      }),
    );
    expect(new Set(marked.map((mark) => mark.text))).toEqual(new Set(['car', 't']));
    expect(
      marked.filter((mark) => mark.before || mark.after),
      'no mark is part of a longer word ("t" in "the", "car" in "carry")',
    ).toEqual([]);
  });

  test('Tab also reaches the results, and Escape from a result returns focus to the trigger', async ({ page }) => {
    await page.goto(withBase(START));
    await searchTrigger(page).focus();
    await page.keyboard.press('Enter');
    await typeQuery(page, 'dialysis');
    const first = resultLinks(page).first();
    for (let i = 0; i < 12 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(searchTrigger(page)).toBeFocused();
  });

  test('screen reader: the count is announced politely once typing stops, results are a list of links named for where they go', async ({ page }) => {
    await recordPoliteAnnouncements(page);
    const count = /\d+ (pages|page|results?) found|found \d+/i;
    const countsFor = async (query: string) => (await announcements(page)).filter((text) => count.test(text) && text.includes(`“${query}”`));
    // The page's clock, from a fixed date. It runs while a first search loads the search code and
    // Pagefind (whose start-up polls on timers), then stops: from there the page's timers fire only
    // when the test moves time on, so "not yet" and "now" cannot depend on the machine's load.
    await page.clock.install({ time: CLOCK_START });
    await page.goto(withBase(START));
    await page.keyboard.press('Control+k');
    await typeQuery(page, 'kidney');
    await expect.poll(() => countsFor('kidney'), { timeout: SEARCH_TIMEOUT }).toHaveLength(1);
    await page.clock.pauseAt(CLOCK_PAUSE);

    // A word typed in two bursts: each burst is searched, but only the last count is announced.
    await page.keyboard.press('Control+a');
    await page.keyboard.type('dial');
    await page.clock.runFor(SEARCH_DEBOUNCE_MS);
    await expect(resultSummary(page)).toContainText('“dial”', { timeout: SEARCH_TIMEOUT });
    await page.keyboard.type('ysis');
    await page.clock.runFor(SEARCH_DEBOUNCE_MS);
    await expect(resultSummary(page)).toContainText('“dialysis”', { timeout: SEARCH_TIMEOUT });
    await page.clock.runFor(ANNOUNCE_AFTER_MS - 1);
    expect(await countsFor('dialysis'), 'nothing announced while the reader may still be typing').toEqual([]);
    await page.clock.runFor(1);
    expect(await countsFor('dialysis'), 'a polite live region announced the count once typing stopped').toHaveLength(1);
    expect(await countsFor('dial'), 'announced once for the whole word, not for the first letters').toEqual([]);

    const list = page.getByRole('list', { name: 'Search results' });
    await expect(list).toBeVisible();
    const items = list.locator(':scope > li');
    expect(await items.count()).toBeGreaterThan(0);
    const firstTitle = items.first().locator('a.search-result__link');
    const name = await firstTitle.evaluate((a) => a.textContent?.trim() ?? '');
    expect(name.length, 'the result link has the page title as its name').toBeGreaterThan(3);
    await expect(firstTitle).toHaveAccessibleName(name);
    // Section links say which page the section is on.
    const sections = list.locator('a.search-result__section');
    expect(await sections.count(), 'results for "dialysis" include section links').toBeGreaterThan(0);
    await expect(sections.first()).toHaveAccessibleName(/^\w.* \(section of .+\)$/);
    // The topic is part of each result.
    await expect(items.first().locator('.search-result__topic')).toHaveText(/^Topic: .+/);

    await page.keyboard.press('Control+a');
    await page.keyboard.type(NO_RESULTS_QUERY);
    await page.clock.runFor(SEARCH_DEBOUNCE_MS);
    await expect(resultSummary(page)).toContainText(`No pages found for “${NO_RESULTS_QUERY}”`, { timeout: SEARCH_TIMEOUT });
    const noResults = async () => (await announcements(page)).filter((text) => text.includes(NO_RESULTS_QUERY));
    expect(await noResults(), 'no results: not announced at once either').toEqual([]);
    await page.clock.runFor(ANNOUNCE_AFTER_MS);
    expect(await noResults(), 'no results: announced once typing stopped').toHaveLength(1);
  });

  // The topic filter lives on the search page; the dialog hands its query over, so a reader who wants
  // to narrow the results does not have to type the search again.
  test('the dialog links to the search page with the same query, where the topic filter is', async ({ page }) => {
    await page.goto(withBase(START));
    await page.keyboard.press('Control+k');
    await typeQuery(page, 'kidney biopsy');
    const link = dialog(page).getByRole('link', { name: 'Filter by topic on the search page' });
    await expect(link).toHaveAttribute('href', withBase('/search/?q=kidney+biopsy'));
    // Reached from the keyboard, visibly focused.
    for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    expect(await link.evaluate((a) => getComputedStyle(a).outlineStyle), 'the link shows where focus is').not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=kidney\+biopsy$/);
    await expect(page.getByRole('searchbox', { name: 'Search this site' })).toHaveValue('kidney biopsy', { timeout: SEARCH_TIMEOUT });
    await expect(page.getByRole('group', { name: 'Topic' }).getByRole('checkbox').first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  });
});
