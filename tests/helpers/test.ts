// The `test` every spec imports: Playwright's, with the site under test as a project option.
// playwright.config.ts gives each project its build (`use.site`); this worker fixture hands it to
// tests/helpers/site.ts before any test of the worker runs, so withBase(), siteUrl(), builtPages()
// and the rest answer for that build. Tests that depend on where URLs start carry the tag
// @url-root, and the *-root projects run them again against the build at the root.
//
// Every worker-scoped fixture of the suite is declared here, and only here: Playwright gives a
// worker to one set of worker fixtures (its "worker hash"), so a spec that declared its own would
// need workers of its own, started afresh when the run reaches it, and the run would go through
// the specs in phases with idle cores at each change. A spec that needs a page kept across its tests
// takes it from `workerPage` under its own key, in a test-scoped fixture.
import { test as base, devices, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { baseUrl, SITES, useSite, type SiteUnderTest } from './site.ts';

/** Returns the worker's page under `key`, opening it with `open` the first time (the page's context is closed when the worker ends). */
export type WorkerPage = (key: string, open: (browser: Browser) => Promise<Page>) => Promise<Page>;

export const test = base.extend<object, { site: SiteUnderTest; siteInUse: void; workerPage: WorkerPage }>({
  site: [SITES.subPath, { option: true, scope: 'worker' }],
  siteInUse: [
    async ({ site }, use) => {
      useSite(site);
      await use();
    },
    { scope: 'worker', auto: true },
  ],
  workerPage: [
    async ({ browser, siteInUse }, use) => {
      void siteInUse; // the site under test is set before any kept page opens
      const pages = new Map<string, Promise<Page>>();
      await use((key, open) => {
        let page = pages.get(key);
        if (!page) pages.set(key, (page = open(browser)));
        return page;
      });
      const contexts = new Set<BrowserContext>();
      for (const page of pages.values()) contexts.add((await page).context());
      for (const context of contexts) await context.close();
    },
    { scope: 'worker' },
  ],
});

/**
 * A page in a context of its own, made as the browser projects make theirs (playwright.config.ts:
 * a desktop browser, reduced motion, this build's address), for a page a worker keeps; `options`
 * change what a spec needs (a paper-wide window, the dark scheme).
 */
export async function newSitePage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const { defaultBrowserType, ...desktop } = devices['Desktop Chrome'];
  void defaultBrowserType; // a project setting, not a context option
  const context = await browser.newContext({ ...desktop, baseURL: baseUrl(), reducedMotion: 'reduce', ...options });
  return context.newPage();
}

export { expect } from '@playwright/test';
export type { Page, Locator, APIRequestContext, BrowserContext, Request } from '@playwright/test';

/** The tag of tests whose result depends on where the site's URLs start: run against both builds. */
export const URL_ROOT = '@url-root';
