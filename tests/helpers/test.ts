// The `test` every spec imports: Playwright's, with the site under test as a project option.
// playwright.config.ts gives each project its build (`use.site`); this worker fixture hands it to
// tests/helpers/site.ts before any test of the worker runs, so withBase(), siteUrl(), builtPages()
// and the rest answer for that build. Tests that depend on where URLs start carry the tag
// @url-root, and the *-root projects run them again against the build at the root.
import { test as base } from '@playwright/test';
import { SITES, useSite, type SiteUnderTest } from './site.ts';

export const test = base.extend<object, { site: SiteUnderTest; siteInUse: void }>({
  site: [SITES.subPath, { option: true, scope: 'worker' }],
  siteInUse: [
    async ({ site }, use) => {
      useSite(site);
      await use();
    },
    { scope: 'worker', auto: true },
  ],
});

export { expect } from '@playwright/test';
export type { Page, Locator, APIRequestContext, BrowserContext, Request } from '@playwright/test';

/** The tag of tests whose result depends on where the site's URLs start: run against both builds. */
export const URL_ROOT = '@url-root';
