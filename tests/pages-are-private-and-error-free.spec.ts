import { test, expect } from '@playwright/test';
import { builtPages } from './helpers/pages.ts';
import { ORIGIN, withBase } from './helpers/site.ts';
import { bulletList } from './helpers/format.ts';
import { recordCspViolations, serveWithHeadersFile } from './helpers/csp.ts';

// One load of each page collects everything these checks need: the requests it makes, what it logs,
// what its Content Security Policy blocks (served with dist/_headers, so the header and the meta
// policy both apply, as on a static host), and what it stores.

// The header-injecting route can still be fetching when a test ends; stop it quietly rather than
// let a late callback fail the next test ("route.fetch: Test ended").
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

for (const { path } of builtPages()) {
  test(`${path} makes no third-party requests, breaks no CSP rule, logs no errors, stores nothing`, async ({ page, context }) => {
    const foreign: string[] = [];
    const consoleProblems: string[] = [];
    const pageErrors: string[] = [];

    // Every request the page makes, including ones from workers and prefetches.
    context.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
      if (new URL(url).origin !== ORIGIN) foreign.push(`${req.method()} ${url}`);
    });
    page.on('console', (msg) => {
      // Chromium warns about each Permissions-Policy feature it does not know; the policy denies
      // features for every browser, so a name one browser lacks is expected, not a fault of the page.
      if (msg.text().startsWith('Error with Permissions-Policy header: Unrecognized feature')) return;
      if (msg.type() === 'error' || msg.type() === 'warning') {
        const loc = msg.location();
        consoleProblems.push(`${msg.type()}: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
      }
    });
    page.on('pageerror', (err) => pageErrors.push(`${err.name}: ${err.message}`));
    await serveWithHeadersFile(page);
    const violations = await recordCspViolations(page);

    await page.goto(withBase(path), { waitUntil: 'networkidle' });
    // Bring lazy content (images, iframes, observers) into play, then let the network settle.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, 0));

    expect(await violations(), `CSP violations on ${path} under the header and meta policies`).toEqual([]);
    expect(foreign, `requests to other origins from ${path}:\n${bulletList(foreign)}`).toEqual([]);
    expect(consoleProblems, `console errors/warnings on ${path}:\n${bulletList(consoleProblems)}`).toEqual([]);
    expect(pageErrors, `uncaught errors on ${path}:\n${bulletList(pageErrors)}`).toEqual([]);

    const cookies = await context.cookies();
    expect(
      cookies.map((c) => `${c.name} (${c.domain})`),
      `cookies set by ${path}`,
    ).toEqual([]);
    const storage = await page.evaluate(() => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
    }));
    expect(storage.local, `localStorage keys written by ${path}`).toEqual([]);
    expect(storage.session, `sessionStorage keys written by ${path}`).toEqual([]);
  });
}
