// The search page: the query lives in the address; without JavaScript, an explanation and A–Z.
import { test, expect, URL_ROOT } from './helpers/test.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentPages, PROJECT_ROOT } from './helpers/pages.ts';
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

  test('the header link goes to the search page, which explains and lists every page and glossary term A to Z', { tag: URL_ROOT }, async ({ page }) => {
    await page.goto(withBase('/lupus-nephritis/'));
    await page.locator('a[data-search-trigger]').click();
    await expect(page).toHaveURL(withBase('/search/'));
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();

    const az = page.getByRole('region', { name: 'A to Z of pages and glossary terms' });
    const hrefs = await az.locator('.search-az__list a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const listed = new Set(hrefs.map(sitePathOf).map((p) => p.replace(/#.*/, '')));
    const expectedPages = contentPages().map((p) => p.path);
    expect(
      expectedPages.filter((p) => !listed.has(p)),
      'pages missing from the A–Z',
    ).toEqual([]);

    const glossary = parse(readFileSync(join(PROJECT_ROOT, 'content/glossary.yaml'), 'utf8')) as Array<{ id: string }>;
    const anchors = new Set(hrefs.filter((h) => h.includes('#')).map((h) => h.split('#')[1]));
    expect(
      glossary.filter((g) => !anchors.has(g.id)).map((g) => g.id),
      'glossary terms missing from the A–Z',
    ).toEqual([]);

    const labels = await az.locator('.search-az__list a').allTextContents();
    const key = (s: string) => s.replace(/^(the|a|an)\s+/i, '').toLocaleLowerCase('en');
    expect(labels.map(key), 'the list is in alphabetical order').toEqual(
      [...labels.map(key)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
  });
});
