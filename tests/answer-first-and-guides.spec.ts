// The answer first, and guides rather than loose pages (issue 12): on a phone the page's summary is
// in the first screen, the header is one row, "On this page" and the guide contents are folded
// (open on a wide screen); each topic's pages list the guide with the current page marked and
// lead on with "Next" straight after the content; every page has a "Report a problem" link.
// The wide-screen navigation and its aria-current marks are proven in skip-link-and-navigation.
// What the HTML says on every page (the summary straight after the h1, the guide's entries and
// position, "Next" straight after the content, the report link) is read from the build in
// tests/built-site/every-page.spec.ts; here is how it looks, once per page template.
import { test, expect, type Page } from './helpers/test.ts';
import { builtHtml, PAGE_TEMPLATES, templatePages } from './helpers/pages.ts';
import { withBase } from './helpers/site.ts';

const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 800 };
const TARGET = 44;
/** The page templates that list the page's sections ("On this page"): the home page too, since it has sections below its cards. */
const TOC_TEMPLATES = new Set(['home', 'topic-overview', 'article']);

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  expect(b, `${selector} is rendered`).not.toBeNull();
  return b!;
}

// One load per content template (home, topic overview, article): the summary on a phone's first
// screen, "On this page" folded on a phone and open on a wide screen, and the guide contents.
for (const built of templatePages().filter((p) => p.kind === 'content')) {
  const { path } = built;
  const rest =
    path === '/' ? 'the first top task is in the first screen and a tap anywhere on a card follows its link' : 'the guide marks this page and leads on';
  test(`${path}: the summary is whole in a phone's first screen, "On this page" folds on a phone where drawn, and ${rest}`, async ({ page }) => {
    await test.step('on a 390×844 phone the summary sits under the heading, whole in the first screen', async () => {
      await page.setViewportSize(PHONE);
      await page.goto(withBase(path));
      const summary = page.locator('main .page-summary');
      await expect(summary).toHaveCount(1);
      await expect(summary).toBeVisible();
      expect(await summary.evaluate((el) => el.previousElementSibling?.tagName), 'the summary follows the h1 directly').toBe('H1');
      expect((await summary.textContent())?.trim().length, 'the summary has words').toBeGreaterThan(20);
      const b = await box(page, 'main .page-summary');
      expect(b.y, 'the summary starts inside the first screen').toBeGreaterThanOrEqual(0);
      expect(b.y + b.height, `the summary ends inside the first screen (${PHONE.height}px)`).toBeLessThanOrEqual(PHONE.height);
    });
    await test.step('"On this page", when there is one, is folded on a phone and open on a wide screen', async () => {
      const toc = page.locator('main nav.toc');
      // The topic overviews and articles draw one (a missing one fails rather than skipping the
      // checks); the glossary page has no sections to list. Where drawn, it must fold.
      const template = PAGE_TEMPLATES.find((t) => t.path === path)!.template;
      const drawsToc = /<nav class="toc\b/.test(builtHtml(built));
      expect(drawsToc, `the ${template} template (${path}) draws "On this page"`).toBe(TOC_TEMPLATES.has(template));
      if (drawsToc) {
        await page.setViewportSize(PHONE);
        const summary = toc.locator('summary');
        await expect(summary, 'a phone shows the folded control').toBeVisible();
        expect((await summary.boundingBox())!.height, `the control is a ${TARGET}px target`).toBeGreaterThanOrEqual(TARGET - 0.5);
        await expect(toc.locator('ul'), 'the list is folded on a phone').toBeHidden();
        expect(await toc.locator('details').getAttribute('open'), 'closed by default').toBeNull();

        await page.setViewportSize(DESKTOP);
        await expect(toc.locator('ul'), 'the list is open on a wide screen').toBeVisible();
        await expect(summary, 'no folding control on a wide screen').toBeHidden();
        await expect(toc.locator('.toc__title')).toHaveText('On this page');
        const first = toc.locator('ul a').first();
        await first.focus();
        await expect(first, 'its links take keyboard focus on a wide screen').toBeFocused();
      }
    });
    if (path === '/') {
      // That the cards come first, their titles are the links and lead to built pages is read from
      // the built HTML (tests/built-site/every-page.spec.ts); here, where they fall on a phone.
      await test.step('the top tasks, then the topic cards: the first task is in the first phone screen, and a tap anywhere on a card follows its link', async () => {
        await page.setViewportSize(PHONE);
        // The top tasks (TopTasks, tests/built-site/journeys.spec.ts) are drawn as the same cards.
        expect(await page.locator('main .topic-cards--tasks .topic-card').count(), 'four top tasks').toBe(4);
        expect(await page.locator('main .topic-cards:not(.topic-cards--tasks) .topic-card').count(), 'three topic cards').toBe(3);
        for (const card of await page.locator('main .topic-card').all()) {
          const link = card.locator('h2 a');
          // The whole card is the link's target area, so a tap anywhere on it follows the link.
          await card.scrollIntoViewIfNeeded();
          const cardBox = (await card.boundingBox())!;
          const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.getAttribute('href'), {
            x: cardBox.x + cardBox.width / 2,
            y: cardBox.y + cardBox.height - 8,
          });
          expect(hit, 'a tap near the bottom of the card reaches its link').toBe(await link.getAttribute('href'));
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        const first = await box(page, 'main .topic-cards--tasks .topic-card');
        expect(first.y + first.height, 'the first top task is in the first screen').toBeLessThanOrEqual(PHONE.height);
      });
      return;
    }
    await test.step('the guide contents show this page marked, in bold', async () => {
      await page.setViewportSize(DESKTOP);
      const guide = page.locator('main nav.guide-contents');
      await expect(guide).toHaveCount(1);
      await expect(guide).toHaveAttribute('aria-label', /pages in this guide$/);
      const current = guide.locator('[aria-current="page"]');
      await expect(current, 'exactly one entry is marked as the current page').toHaveCount(1);
      await expect(current, 'the current entry is visible on a wide screen').toBeVisible();
      await expect(current.locator('a'), 'the current entry is not a link to itself').toHaveCount(0);
      expect(await current.evaluate((el) => getComputedStyle(el).fontWeight), 'the current entry stands out in bold').toBe('700');
    });
  });
}

// Page chrome, once per page template (templatePages(), from the page manifest), in one load each:
// the phone header at 390 and 320 px (the page is laid out again on each resize, as when a phone
// turns), and the report link.
for (const { path } of templatePages()) {
  test(`${path}: on a phone (390 and 320 px) the header is one row of site name and search and one folded menu row; the "Report a problem with this page" link is shown`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(withBase(path));
    const menu = page.locator('header nav[aria-label="Main"] summary');
    const links = page.locator('header nav[aria-label="Main"] a');
    for (const size of [PHONE, SMALL_PHONE]) {
      await test.step(`at ${size.width}px the header is one row of site name and search, and one folded menu row`, async () => {
        await page.setViewportSize(size);
        const name = await box(page, 'header .site-name');
        const search = await box(page, 'header .search-trigger');
        const middle = search.y + search.height / 2;
        expect(
          middle > name.y && middle < name.y + name.height,
          `search (${JSON.stringify(search)}) shares the site name's row (${JSON.stringify(name)})`,
        ).toBe(true);
        expect(search.x + search.width, 'search stays inside the screen').toBeLessThanOrEqual(size.width);

        // The navigation is one folded "Menu" row, not a stack of links.
        await expect(menu).toBeVisible();
        await expect(menu).toHaveText('Menu');
        const menuBox = (await menu.boundingBox())!;
        expect(menuBox.height, `the menu row is one ${TARGET}px row`).toBeLessThanOrEqual(TARGET * 1.5);
        expect(menuBox.height).toBeGreaterThanOrEqual(TARGET - 0.5);
        for (const link of await links.all()) await expect(link, 'the links are folded away on a phone').toBeHidden();
        const header = await box(page, 'header.site-header');
        expect(header.height, 'the header takes at most a sixth of an 844px screen').toBeLessThanOrEqual(844 / 6);

        // By keyboard: the menu opens, and every link is a 44px target inside the screen.
        await menu.focus();
        await page.keyboard.press('Enter');
        for (const link of await links.all()) {
          await expect(link).toBeVisible();
          const b = (await link.boundingBox())!;
          expect(b.height, `"${await link.textContent()}" is a ${TARGET}px target`).toBeGreaterThanOrEqual(TARGET - 0.5);
          expect(b.x >= 0 && b.x + b.width <= size.width, `"${await link.textContent()}" fits the screen`).toBe(true);
        }
        await page.keyboard.press('Tab');
        await expect(links.first(), 'Tab moves from the menu into its links').toBeFocused();
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
          'the header does not widen the page',
        ).toBe(true);
        // Folded again by keyboard, for the next size.
        await menu.focus();
        await page.keyboard.press('Enter');
        for (const link of await links.all()) await expect(link, 'the menu folds again').toBeHidden();
      });
    }
    // The report link's address is read from every built page (tests/built-site/); that it shows is page chrome.
    await test.step('the "Report a problem with this page" link is shown', async () => {
      await expect(page.locator('footer a', { hasText: 'Report a problem with this page' })).toBeVisible();
    });
  });
}

test('the guide contents are folded on a phone, showing where the page sits, and open by keyboard', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(withBase('/stromal-cell-therapy/safety/'));
  const guide = page.locator('main nav.guide-contents');
  const summary = guide.locator('summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText(/page \d+ of \d+/);
  await expect(guide.locator('ol'), 'the list is folded on a phone').toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(guide.locator('[aria-current="page"]'), 'opened, the list shows the current page').toBeVisible();
});
