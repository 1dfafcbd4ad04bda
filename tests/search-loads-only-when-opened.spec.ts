// A reading page costs search only a small loader; everything else arrives when search is opened.
import { test, expect, type BrowserContext, type Page, type Request } from './helpers/test.ts';
import { inFlight } from './helpers/network.ts';
import { gzipSync } from 'node:zlib';
import { withBase } from './helpers/site.ts';
import { dialog, resultLinks, resultSummary, typeQuery } from './search-helpers.ts';

// The first search fetches the UI, WebAssembly and index; allow for a busy machine.
test.describe.configure({ timeout: 60_000 });

const LOADER_BUDGET_GZIP = 2 * 1024;

async function gzipSizes(requests: Request[]) {
  return Promise.all(
    requests.map(async (r) => {
      const body = (await (await r.response())?.body()) ?? Buffer.alloc(0);
      return { url: new URL(r.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    }),
  );
}

test('a reading page loads the loader only; the first search is measured and reported', async ({ page, context }, testInfo) => {
  const finished: Request[] = [];
  context.on('requestfinished', (r) => finished.push(r));
  const pending = inFlight(page);
  await page.goto(withBase('/lupus-nephritis/treatment/'));
  await page.mouse.wheel(0, 5000);
  await expect.poll(pending, { message: 'requests in flight' }).toBe(0);

  const beforeOpen = [...finished];
  const urls = beforeOpen.map((r) => new URL(r.url()).pathname);
  expect(
    urls.filter((u) => u.includes('/pagefind/')),
    'Pagefind files fetched before search was opened',
  ).toEqual([]);
  const scripts = await gzipSizes(beforeOpen.filter((r) => r.resourceType() === 'script'));
  const loaderGzip = scripts.reduce((sum, s) => sum + s.gzip, 0);
  expect(scripts.length, 'the loader is on the page').toBeGreaterThan(0);
  expect(loaderGzip, `loader scripts: ${JSON.stringify(scripts)}`).toBeLessThan(LOADER_BUDGET_GZIP);

  finished.length = 0;
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await typeQuery(page, 'kidney');
  await expect(resultLinks(page).first()).toBeVisible();
  await expect.poll(pending, { message: 'requests in flight' }).toBe(0);
  const search = await gzipSizes([...finished]);
  const paths = search.map((s) => s.url);
  expect(
    paths.some((p) => p.endsWith('/pagefind/pagefind.js')),
    'Pagefind loads when search opens',
  ).toBe(true);
  expect(
    paths.filter((p) => /pagefind-(component-ui|ui|worker)\./.test(p)),
    'no Pagefind UI bundle or worker: the site draws its own results',
  ).toEqual([]);
  expect(
    paths.some((p) => p.endsWith('.pagefind')),
    'the WebAssembly loads for the first search',
  ).toBe(true);
  const raw = search.reduce((sum, s) => sum + s.raw, 0);
  const gzip = search.reduce((sum, s) => sum + s.gzip, 0);
  const report = `Search transfer: loader ${(loaderGzip / 1024).toFixed(1)} kB gzip; first query ${search.length} requests, ${(raw / 1024).toFixed(1)} kB (${(gzip / 1024).toFixed(1)} kB gzip)`;
  console.log(report);
  testInfo.annotations.push({ type: 'search transfer', description: report });
});

/**
 * Loads `path` and lets ten idle seconds pass at once on the page's clock, firing any timer or idle
 * callback that would start loading search on its own (after `ready`, when the page has something
 * to set up first); returns the paths the page has fetched, a list that keeps growing.
 */
async function loadAndSitIdle(page: Page, context: BrowserContext, path: string, ready?: () => Promise<void>): Promise<string[]> {
  const fetched: string[] = [];
  context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.clock.install();
  const pending = inFlight(page);
  await page.goto(withBase(path));
  await ready?.();
  await page.clock.runFor(10_000);
  await expect.poll(pending, { message: 'requests in flight' }).toBe(0);
  return fetched;
}

test('pointing at the search link starts loading search; an idle page never does', async ({ page, context }) => {
  const fetched = await loadAndSitIdle(page, context, '/lupus-nephritis/');
  const searchCode = () => fetched.filter((p) => /\/_astro\/search-ui\.|\/pagefind\//.test(p));
  expect(searchCode(), 'search code fetched while the page sat idle').toEqual([]);
  await page.locator('a[data-search-trigger]').hover();
  await expect
    .poll(() => searchCode().some((p) => p.endsWith('/pagefind/wasm.en.pagefind')), {
      message: 'hovering the link fetches the search code, Pagefind and its WebAssembly',
    })
    .toBe(true);
  expect(await dialog(page).isVisible(), 'hovering does not open the dialog').toBe(false);
});

// The search page draws its box at once, but Pagefind (its script, index and WebAssembly) waits for
// the reader: an idle page runs none of it. A ?q= address searches at once
// (search-page-url-and-no-js.spec.ts).
test('the search page fetches no Pagefind file until the reader touches the box, and keeps every letter typed while it loads', async ({ page, context }) => {
  const fetched = await loadAndSitIdle(page, context, '/search/', () => expect(page.locator('[data-search-page]')).toHaveAttribute('data-search-ready', ''));
  const pagefindFiles = () => fetched.filter((p) => p.includes('/pagefind/'));
  expect(pagefindFiles(), 'Pagefind fetched while the search page sat idle').toEqual([]);

  // Hold Pagefind back: the letters typed while it loads all reach the search.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/pagefind\/pagefind\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const box = page.getByRole('searchbox', { name: 'Search this site' });
  await box.focus();
  await expect.poll(() => pagefindFiles().some((p) => p.endsWith('/pagefind/pagefind.js')), { message: 'focusing the box fetches Pagefind' }).toBe(true);
  await page.keyboard.type('kidney');
  release();
  await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
  await expect(resultSummary(page)).toContainText('“kidney”');
});

test('the dialog opens with its box focused before the search code arrives', async ({ page }) => {
  await page.goto(withBase('/lupus-nephritis/'));
  // Hold back the search code: the shell is in the page, so the box is there and takes typing anyway.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/search-ui\./, async (route) => {
    await held;
    await route.continue();
  });
  await page.keyboard.press('Control+k');
  await expect(dialog(page).getByRole('searchbox', { name: 'Search this site' })).toBeFocused();
  await page.keyboard.type('kidney');
  release();
  await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
  await expect(resultSummary(page)).toContainText('“kidney”');
});

// The search on a Spanish page: the dialog in Spanish, Pagefind's Spanish index (it reads the page's
// <html lang>) and Spanish results only, never the English index.
test('search on a Spanish page searches the Spanish index and finds Spanish pages, in Spanish', async ({ page, context }) => {
  const fetched: string[] = [];
  context.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
  const pending = inFlight(page);
  await page.goto(withBase('/es/urgent-help/'));
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  const box = dialog(page).getByRole('searchbox', { name: 'Buscar en este sitio' });
  await expect(box).toBeFocused();
  await page.keyboard.type('convulsion');
  await expect(resultSummary(page)).toContainText('para “convulsion”', { timeout: 15_000 });
  await expect(resultLinks(page).first()).toHaveAttribute('href', /\/es\/urgent-help\//);
  const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(
    hrefs.filter((href) => !/\/es\//.test(href)),
    'English pages in Spanish results',
  ).toEqual([]);
  await expect.poll(pending, { message: 'requests in flight' }).toBe(0);
  const indexes = fetched.filter((p) => /\/pagefind\/(index|fragment|filter)\//.test(p) || p.endsWith('.pagefind'));
  expect(
    indexes.some((p) => /\/pagefind\/wasm\.es\.pagefind$|\/pagefind\/index\/es_/.test(p)),
    `the Spanish index: ${indexes.join(', ')}`,
  ).toBe(true);
  expect(
    fetched.filter((p) => /\/pagefind\/index\/en_/.test(p)),
    'the English index is not fetched',
  ).toEqual([]);
});
