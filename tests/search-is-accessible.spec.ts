// The search UI meets the site's bar in every state a reader meets it in, under a strict CSP.
// axe runs in each state in both colour schemes: each test loads search once and walks from state
// to state (named steps), switching the scheme with page.emulateMedia rather than loading again.
import { test, expect, type Page } from './helpers/test.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { withBase } from './helpers/site.ts';
import { recordCspViolations } from './helpers/csp.ts';
import { dialog, NO_RESULTS_QUERY, resultLinks, resultSummary, SEARCH_TIMEOUT, typeQuery } from './search-helpers.ts';

// Flows below load search for the first time; allow for a busy machine.
test.describe.configure({ timeout: 60_000 });

async function openDialogWithShortcut(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
}

/** axe finds nothing in the state the page is in, in the light scheme and then the dark one. */
async function expectNoAxeViolationsInEitherScheme(page: Page, state: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await test.step(`axe finds nothing with ${state} (${colorScheme} scheme)`, async () => {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), `the ${colorScheme} scheme`).toBe(colorScheme === 'dark');
      await expectNoAxeViolations(page, `${state} (${colorScheme} scheme)`);
    });
  }
}

test.describe('axe in every state of search, light and dark', () => {
  // Six axe runs on a full page each: 20 s or more per run on a busy machine.
  test.describe.configure({ timeout: 180_000 });
  let cspViolations: () => Promise<string[]>;
  test.beforeEach(async ({ page }) => {
    cspViolations = await recordCspViolations(page);
  });
  test.afterEach(async () => {
    expect(await cspViolations(), 'the CSP blocked something search needed').toEqual([]);
  });

  test('the dialog open and empty, with results and with none: axe finds nothing, light or dark', async ({ page }) => {
    await page.goto(withBase('/stromal-cell-therapy/'));
    await openDialogWithShortcut(page);
    await expectNoAxeViolationsInEitherScheme(page, 'the dialog open and empty');

    await typeQuery(page, 'kidney');
    await expectNoAxeViolationsInEitherScheme(page, 'results in the dialog');

    await dialog(page).getByRole('searchbox').fill('');
    await typeQuery(page, NO_RESULTS_QUERY, false);
    await expectNoAxeViolationsInEitherScheme(page, 'no results in the dialog');
  });

  test('the search page with results, a topic filter applied and no results: axe finds nothing, light or dark', async ({ page }) => {
    await page.goto(withBase('/search/?q=stem%20cell'));
    await expect(resultLinks(page).first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
    await expectNoAxeViolationsInEitherScheme(page, 'results on the search page');

    const usTrials = page.getByRole('group', { name: 'Topic' }).getByRole('checkbox', { name: /History of the US trials/ });
    await usTrials.check({ timeout: SEARCH_TIMEOUT });
    await expect(async () => {
      const topics = await page.locator('[data-search-results] .search-result__topic').allTextContents();
      expect(topics.length).toBeGreaterThan(0);
      expect(
        topics.every((t) => t.includes('History of the US trials')),
        `topics shown: ${topics.join(', ')}`,
      ).toBe(true);
    }).toPass({ timeout: SEARCH_TIMEOUT });
    await expectNoAxeViolationsInEitherScheme(page, 'a topic filter applied on the search page');

    await usTrials.uncheck();
    await page.getByRole('searchbox', { name: 'Search this site' }).fill(NO_RESULTS_QUERY);
    await expect(resultSummary(page)).toContainText('No pages found', { timeout: SEARCH_TIMEOUT });
    await expectNoAxeViolationsInEitherScheme(page, 'no results on the search page');
  });
});

test('in the dialog, focus is visible on the trigger, the box and a result, stays in the results when newer ones replace them, and forced colours keep the dialog and highlights distinct', async ({
  page,
}) => {
  await page.goto(withBase('/lupus-nephritis/'));
  const outline = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
      });

  await test.step('focus is visible on the trigger, the search box and a result', async () => {
    await page.locator('a[data-search-trigger]').focus();
    const onTrigger = await outline('a[data-search-trigger]');
    expect(onTrigger.style !== 'none' && onTrigger.width >= 2, `trigger outline ${JSON.stringify(onTrigger)}`).toBe(true);
    await page.keyboard.press('Enter');
    await typeQuery(page, 'dialysis');
    const onBox = await outline('dialog[data-search-dialog] input[type="search"]');
    expect((onBox.style !== 'none' && onBox.width >= 2) || onBox.shadow !== 'none', `search box focus ${JSON.stringify(onBox)}`).toBe(true);
    await page.keyboard.press('ArrowDown');
    const onResult = await outline('[data-search-results] a:focus');
    expect(onResult.style !== 'none' && onResult.width >= 2, `result outline ${JSON.stringify(onResult)}`).toBe(true);
  });

  await test.step('a reader who has arrowed into the results keeps focus in them when newer results replace them', async () => {
    // A search already on its way (the box changed a moment before) lands while the reader is on a result.
    await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('dialog[open] [data-search-input]')!;
      box.value = 'kidney';
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'y' }));
      document.querySelector<HTMLAnchorElement>('dialog[open] [data-search-results] a')!.focus();
    });
    await expect(resultSummary(page)).toContainText('“kidney”', { timeout: SEARCH_TIMEOUT });
    await expect(resultLinks(page).first(), 'focus moved to the first of the new results, not to the page').toBeFocused();
  });

  await test.step('forced colours: the dialog, results and highlights stay distinct', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours emulated').toBe(true);
    const border = await dialog(page).evaluate((d) => getComputedStyle(d).borderStyle);
    const outline = await dialog(page).evaluate((d) => getComputedStyle(d).outlineStyle);
    expect(border !== 'none' || outline !== 'none', 'the dialog has an edge in forced colours').toBe(true);
    const mark = page.locator('[data-search-results] mark').first();
    await expect(mark).toBeVisible();
    const colours = await mark.evaluate((m) => ({ bg: getComputedStyle(m).backgroundColor, fg: getComputedStyle(m).color }));
    expect(colours.bg, 'marked words keep a system highlight colour').not.toBe('rgba(0, 0, 0, 0)');
    expect(colours.bg).not.toBe(colours.fg);
  });
});

test('usable at 320px wide: no sideways scrolling with the dialog open and results shown', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(withBase('/lupus-nephritis/'));
  await expect(page.locator('a[data-search-trigger]')).toBeInViewport();
  await page.locator('a[data-search-trigger]').click();
  await typeQuery(page, 'kidney biopsy');
  const overflow = await dialog(page).evaluate((d) => d.scrollWidth - d.clientWidth);
  expect(overflow, 'the dialog scrolls sideways').toBeLessThanOrEqual(1);
  const box = await dialog(page).boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
  await expect(resultLinks(page).first()).toBeInViewport();
});

test('usable at 200% text size: the search page reflows without sideways scrolling', async ({ page }) => {
  await page.goto(withBase('/search/?q=kidney'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await expect(resultLinks(page).first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  const size = await resultLinks(page)
    .first()
    .evaluate((a) => parseFloat(getComputedStyle(a).fontSize));
  expect(size, 'result titles follow the browser text size').toBeGreaterThanOrEqual(30);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});
