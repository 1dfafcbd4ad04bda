// The search page: the query lives in the address; without JavaScript, an explanation and A–Z.
import { test, expect, URL_ROOT } from './helpers/test.ts';
import { withBase } from './helpers/site.ts';
import { firstResultLink, resultLinks, SEARCH_TIMEOUT, sitePathOf } from './search-helpers.ts';

// The first search fetches the UI, WebAssembly and index; allow for a busy machine.
test.describe.configure({ timeout: 60_000 });

test('a shared /search/?q= address shows that search, typing updates it, and Back returns to the previous search', { tag: URL_ROOT }, async ({ page }) => {
  // The page's clock, so the pause after which a new search becomes a history entry takes no time.
  await page.clock.install();
  await page.goto(withBase('/search/?q=dialysis'));
  const box = page.getByRole('searchbox', { name: 'Search this site' });
  await expect(box).toHaveValue('dialysis', { timeout: SEARCH_TIMEOUT });
  await expect(resultLinks(page).first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  await expect(page).toHaveTitle(/dialysis/);
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();

  // A new search after a pause becomes a new history entry.
  await page.clock.fastForward(1600);
  await box.fill('Oklahoma');
  await expect(page).toHaveURL(/[?&]q=Oklahoma(&|$)/);
  await expect(firstResultLink(page)).toHaveAttribute('href', /phase-2-misle-trial/);

  await page.goBack();
  await expect(page).toHaveURL(/[?&]q=dialysis(&|$)/);
  await expect(box).toHaveValue('dialysis', { timeout: SEARCH_TIMEOUT });
  await expect(firstResultLink(page)).toHaveAttribute('href', /outlook-and-living-with-it/);

  // Open a result, come Back: the search is still there.
  const target = sitePathOf((await resultLinks(page).first().getAttribute('href')) ?? '');
  await resultLinks(page).first().click();
  await expect(page).toHaveURL(new RegExp(target.replace(/\//g, '\\/')));
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Search this site' })).toHaveValue('dialysis');
  await expect(resultLinks(page).first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test(
    'the header link goes to the search page, which explains that search needs JavaScript and shows its A to Z instead',
    { tag: URL_ROOT },
    async ({ page }) => {
      await page.goto(withBase('/lupus-nephritis/'));
      await page.locator('a[data-search-trigger]').click();
      await expect(page).toHaveURL(withBase('/search/'));
      await expect(page.getByText('Search needs JavaScript')).toBeVisible();

      // What the A–Z lists (every page and glossary term, in alphabetical order) is read from the
      // built HTML (tests/built-site/every-page.spec.ts); here, that a reader without JavaScript gets it.
      const az = page.getByRole('region', { name: 'A to Z of pages and glossary terms' });
      await expect(az).toBeVisible();
      await expect(az.locator('.search-az__list a').first()).toBeVisible();
    },
  );
});
