// The Content Security Policy in a browser: search, once used, keeps to it, and it is enforced.
// The policy of every page (the <meta> and dist/_headers) is read from the build in
// tests/built-site/every-page.spec.ts; every page loading without a violation is checked in
// tests/every-page-in-the-browser.spec.ts, in the same load as its other checks.
import { test, expect } from './helpers/test.ts';
import { inFlight } from './helpers/network.ts';
import { siteUrl, withBase } from './helpers/site.ts';
import { openDialog, resultLinks, SEARCH_TIMEOUT, typeQuery } from './search-helpers.ts';
import { recordCspViolations, serveWithHeadersFile } from './helpers/csp.ts';

// The header-injecting route can still be fetching when a test ends; stop it quietly rather than
// let a late callback fail the next test ("route.fetch: Test ended").
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('search, once used, keeps to the same policy and stays private', async ({ page, context }) => {
  await serveWithHeadersFile(page);
  const violations = await recordCspViolations(page);
  const otherOrigins: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(siteUrl('/')).origin) otherOrigins.push(request.url());
  });

  const pending = inFlight(page);
  // The dialog on a reading page: loader, dialog code, Pagefind's UI, WebAssembly and index.
  await page.goto(withBase('/lupus-nephritis/'));
  await openDialog(page);
  await typeQuery(page, 'kidney biopsy');
  // The search page, which loads search on arrival, and a result opened from it (highlight script).
  await page.goto(withBase('/search/?q=dialysis'));
  await expect(resultLinks(page).first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  await resultLinks(page).first().click();
  await expect(page.locator('main mark.pagefind-highlight').first(), 'the result opens with its words highlighted').toBeVisible();
  await expect.poll(pending, { message: 'requests in flight' }).toBe(0);

  expect(await violations(), 'CSP violations with search used').toEqual([]);
  expect(otherOrigins, 'requests to other origins with search used').toEqual([]);
  expect(await context.cookies(), 'cookies with search used').toEqual([]);
  const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
  expect(storage, 'localStorage/sessionStorage entries with search used').toBe(0);
});

test('the policy is enforced: an injected inline script and style attribute are blocked', async ({ page }) => {
  await serveWithHeadersFile(page);
  const violations = await recordCspViolations(page);
  await page.goto(withBase('/'));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    document.body.setAttribute('style', 'outline: 5px solid red');
  });
  await expect.poll(async () => (await violations()).some((v) => v.startsWith('script-src')), { message: 'the inline script was blocked' }).toBe(true);
  await expect.poll(async () => (await violations()).some((v) => v.startsWith('style-src')), { message: 'the style attribute was blocked' }).toBe(true);
  const ran = await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true);
  expect(ran, 'an injected inline script ran: the CSP is not enforced').toBe(false);
});
