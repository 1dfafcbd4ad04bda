// The answer first, and guides rather than loose pages (issue 12): on a phone the page's summary is
// in the first screen, the header is one row, "On this page" and the guide contents are folded
// (open on a wide screen); each topic's pages list the guide with the current page marked and
// lead on with "Next" straight after the content; every page has a "Report a problem" link.
// The wide-screen navigation and its aria-current marks are proven in skip-link-and-navigation.
// What the HTML says on every page (the summary straight after the h1, the guide's entries and
// position, "Next" straight after the content, the report link) is read from the build in
// tests/built-site/every-page.spec.ts; here is how it looks, once per page template.
import { test, expect, type Page } from './helpers/test.ts';
import { builtHtml, builtPages, templatePages } from './helpers/pages.ts';
import { toSitePath, withBase } from './helpers/site.ts';

const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 800 };
const TARGET = 44;

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  expect(b, `${selector} is rendered`).not.toBeNull();
  return b!;
}

// One load per content template (home, topic overview, article): the summary on a phone's first
// screen, "On this page" folded on a phone and open on a wide screen, and the guide contents.
for (const built of templatePages().filter((p) => p.kind === 'content')) {
  const { path } = built;
  test(`${path}: the summary is whole in a phone's first screen, "On this page" folds on a phone, and the guide marks this page and leads on`, async ({
    page,
  }) => {
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
      // Whether the template draws one is in its built HTML; when it does, it must fold.
      if (/<nav class="toc\b/.test(builtHtml(built))) {
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
    if (path === '/') return;
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

test('the home page puts its top tasks in the first phone screen, then the topics, as cards whose title is the link, before the key facts', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(withBase('/'));
  // The top tasks come first (TopTasks, tests/built-site/journeys.spec.ts), in the same cards.
  const cards = page.locator('main .topic-cards:not(.topic-cards--tasks) .topic-card');
  expect(await cards.count(), 'three topic cards').toBe(3);
  for (const card of await cards.all()) {
    const link = card.locator('h2 a');
    await expect(link, 'the card title is the link').toHaveCount(1);
    const target = toSitePath((await link.getAttribute('href'))!, page.url());
    expect(
      builtPages().some((p) => p.path === target),
      `card link ${target} leads to a built page`,
    ).toBe(true);
    // The whole card is the link's target area, so a tap anywhere on it follows the link.
    await card.scrollIntoViewIfNeeded();
    const cardBox = (await card.boundingBox())!;
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.getAttribute('href'), {
      x: cardBox.x + cardBox.width / 2,
      y: cardBox.y + cardBox.height - 8,
    });
    expect(hit, 'a tap near the bottom of the card reaches its link').toBe(await link.getAttribute('href'));
  }
  const first = await box(page, 'main .topic-cards--tasks .topic-card');
  expect(first.y + first.height, 'the first top task is in the first screen').toBeLessThanOrEqual(PHONE.height);
  const order = await page.evaluate(() => {
    const cardsEl = document.querySelector('main .topic-cards:not(.topic-cards--tasks)')!;
    const facts = document.querySelector('main .key-facts')!;
    return cardsEl.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order, 'the key facts come after the topic cards').toBeTruthy();
});

for (const size of [PHONE, SMALL_PHONE]) {
  for (const path of ['/', '/stromal-cell-therapy/taking-part-in-a-trial/', '/search/', '/404.html']) {
    test(`${path}: at ${size.width}px the header is one row of site name and search, and one folded menu row`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(withBase(path));
      const name = await box(page, 'header .site-name');
      const search = await box(page, 'header .search-trigger');
      const middle = search.y + search.height / 2;
      expect(middle > name.y && middle < name.y + name.height, `search (${JSON.stringify(search)}) shares the site name's row (${JSON.stringify(name)})`).toBe(
        true,
      );
      expect(search.x + search.width, 'search stays inside the screen').toBeLessThanOrEqual(size.width);

      // The navigation is one folded "Menu" row, not a stack of links.
      const menu = page.locator('header nav[aria-label="Main"] summary');
      await expect(menu).toBeVisible();
      await expect(menu).toHaveText('Menu');
      const menuBox = (await menu.boundingBox())!;
      expect(menuBox.height, `the menu row is one ${TARGET}px row`).toBeLessThanOrEqual(TARGET * 1.5);
      expect(menuBox.height).toBeGreaterThanOrEqual(TARGET - 0.5);
      const links = page.locator('header nav[aria-label="Main"] a');
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
    });
  }
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

// The report link's address is read from every built page (tests/built-site/); that it shows is page chrome.
for (const { path } of templatePages()) {
  test(`${path}: the "Report a problem with this page" link is shown`, async ({ page }) => {
    await page.goto(withBase(path));
    await expect(page.locator('footer a', { hasText: 'Report a problem with this page' })).toBeVisible();
  });
}
