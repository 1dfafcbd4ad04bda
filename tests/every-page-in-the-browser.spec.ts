// What depends on the whole page in a browser, on every page in one load each, the page served with
// dist/_headers as a static host serves it: axe (WCAG 2.2 AA and best practice, light scheme; its
// colour rules on the example pages below, since colours come from classes, not words), no
// request to another origin, no CSP violation under the header and meta policies, no console error
// or uncaught exception, nothing stored, no failed response, the stylesheet applied, and at most
// three requests on first load (the page, the site's stylesheet, the loader; favicon aside; the trials
// page adds its finder; a page showing a table, a timeline or another component few pages show adds
// that component's stylesheet, at most two: src/features/chrome/page-stylesheets.ts), none of them search code. A page with a table: every table at every width
// (tests/helpers/tables.ts). Every reading page (not the glossary or sources): at most
// MAX_PHONE_SCREENS screens on a phone as a reader arrives (tests/helpers/phone-screens.ts).
//
// How each kind of element looks and behaves does not depend on the words of a page, so it is
// checked, in the same load, on the pages that between them show every class name the site uses
// (pagesShowingEveryClass(): the template pages first, then one example of each other component):
// axe's colour rules in the dark scheme (the dark scheme changes colours only:
// src/styles/dark-scheme-changes-colours-only.test.ts; every token pair is measured in both schemes
// by src/styles/colour-tokens-contrast.test.ts), the Tab walk from the skip link
// (tests/helpers/keyboard.ts), reflow, zoom, text size and spacing, forced colours and reduced
// motion (tests/helpers/any-size.ts), and how citation markers sit in the text
// (tests/helpers/citations.ts). Every content page: its body text on a desktop's first screen; the
// content templates: their reading line and columns (tests/helpers/wide-screen.ts). A scheme, a size or a setting is applied to the loaded page
// and taken off again, never by loading it again. Each check is a step whose problems are soft
// failures, so one failing check does not hide the others.
//
// The pages that are not examples load in turn into one page the worker keeps (onKeptPage, below):
// a new browser context for each, and axe injected into a new renderer each time, cost more than
// the checks of a short page. What a test changes is put back before the next one, and a failed
// test ends its worker (Playwright starts a new one), so no state outlives a failure.
import { devices, type ConsoleMessage, type Request, type Response } from '@playwright/test';
import { test as base, expect, newSitePage, type BrowserContext, type Page } from './helpers/test.ts';
import { builtHtml, builtPages, ownScriptOf, pagesShowingEveryClass, templatePages } from './helpers/pages.ts';
import { origin, siteUrl, withBase } from './helpers/site.ts';
import { bulletList } from './helpers/format.ts';
import { COLOUR_RULES, expectNoAxeViolations } from './helpers/axe.ts';
import { recordCspViolations, serveWithHeadersFile } from './helpers/csp.ts';
import { expectSkipLinkToMain, expectTabWalk } from './helpers/keyboard.ts';
import { forcedColourProblems, motionProblems, reflowProblems, textSizeProblems, textSpacingProblems } from './helpers/any-size.ts';
import { tableProblems } from './helpers/tables.ts';
import { citationMarkerProblems } from './helpers/citations.ts';
import { expectWideAndNarrowLayout, firstScreenProblems } from './helpers/wide-screen.ts';
import { isReferencePage, maxPhoneScreens, phoneScreensProblems } from './helpers/phone-screens.ts';
import { SEARCH_TIMEOUT } from './search-helpers.ts';

/** Listens to a page's or its context's events for one test: what `listen` adds is removed when the test ends. */
type Listen = <T>(target: Page | BrowserContext, event: string, handler: (arg: T) => void) => void;
type Handler = (arg: never) => void;
/** Page and BrowserContext, as the event emitters they are, whatever the event's name. */
type Emitter = { on(event: string, handler: Handler): unknown; off(event: string, handler: Handler): unknown };

/** Every test: `listen` for the page's and its context's events, removed when the test ends. */
const test = base.extend<{ listen: Listen }>({
  listen: async ({ page }, use) => {
    void page; // set up before `listen`, so taken down after it
    const added: [Emitter, string, Handler][] = [];
    await use((target, event, handler) => {
      const emitter = target as unknown as Emitter;
      emitter.on(event, handler as Handler);
      added.push([emitter, event, handler as Handler]);
    });
    for (const [emitter, event, handler] of added) emitter.off(event, handler);
  },
});

/**
 * The pages that are not examples load into one page kept by the worker. The example pages, whose
 * steps zoom, force colours and walk every Tab stop, each get a page of their own, as every other
 * spec's tests do: a kept page that had already been tabbed out of now and then wrapped its next
 * Tab walk back to the skip link instead of leaving the page.
 */
const onKeptPage = test.extend({
  page: async ({ workerPage }, use) => {
    const page = await workerPage('every page in the browser', (browser) => newSitePage(browser));
    // What the last test may have left applied is taken off before this one loads its page.
    await page.setViewportSize(devices['Desktop Chrome'].viewport);
    await page.emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'reduce', forcedColors: 'none' });
    await use(page);
  },
});

// The header-injecting route can still be fetching when a test ends; stop it quietly.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

// axe and the Tab walk on the longest pages (sources, glossary) take well over the default 30 s on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** The site's stylesheet and at most two for the components a page shows (a table and a timeline, say): more would be a waterfall of small files. */
const MAX_STYLESHEETS = 3;
const examples = new Set(pagesShowingEveryClass().map((page) => page.path));
const withTables = new Set(
  builtPages()
    .filter((page) => /<table\b/.test(builtHtml(page)))
    .map((page) => page.path),
);
const withCitations = new Set(
  builtPages()
    .filter((page) => /<a\b[^>]*\bclass="[^"]*\bcitation\b/.test(builtHtml(page)))
    .map((page) => page.path),
);

/** Reading pages: every content page but the reference pages (tests/helpers/phone-screens.ts). */
const reading = new Set(
  builtPages()
    .filter((page) => page.kind === 'content' && !isReferencePage(builtHtml(page)))
    .map((page) => page.path),
);

/** The content templates with side lists (topic overview, article): their reading line and columns. */
const layoutTemplates = new Set(
  templatePages()
    .filter((page) => page.kind === 'content' && page.path !== '/')
    .map((page) => page.path),
);

test('the site has tables to check at every width', () => {
  expect(withTables.size, 'pages with a <table>').toBeGreaterThan(0);
});

for (const { path, kind } of builtPages()) {
  const example = examples.has(path);
  const tables = withTables.has(path);
  const citations = example && withCitations.has(path);
  const layoutTemplate = layoutTemplates.has(path);
  const readingPage = reading.has(path);
  const title = [
    `${path}: no axe violations; private, within the CSP, error-free; at most three requests and its components' stylesheets`,
    tables ? 'every table readable at every width' : '',
    example
      ? 'and, as an example of its components: no colour violations in the dark scheme, Tab reaches everything in reading order from a skip link to main, visibly focused and never obscured or trapped; it reflows, zooms, takes text size and spacing, forced colours and reduced motion'
      : '',
    kind === 'content' ? 'its body text starts on the first screen of a desktop' : '',
    readingPage ? `a phone reader can finish it in ${maxPhoneScreens(path)} screens` : '',
    layoutTemplate ? 'its reading line, side lists and columns fit a desktop, a phone and paper' : '',
    citations ? 'its citation markers sit in the line' : '',
  ]
    .filter(Boolean)
    .join('; ');
  (example ? test : onKeptPage)(title, async ({ page, listen }) => {
    const context = page.context();
    const requests: string[] = [];
    const foreign: string[] = [];
    const failed: string[] = [];
    const consoleProblems: string[] = [];
    const pageErrors: string[] = [];
    let pending = 0;
    listen<Request>(context, 'request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
      pending++;
      if (new URL(url).origin !== origin()) foreign.push(`${req.method()} ${url}`);
      if (!/\/favicon\.[a-z]+$/.test(new URL(url).pathname)) requests.push(`${req.resourceType()} ${url}`);
    });
    const settle = () => pending--;
    listen(context, 'requestfinished', settle);
    listen<Request>(context, 'requestfailed', (req) => {
      settle();
      failed.push(`${req.failure()?.errorText} ${req.url()}`);
    });
    listen<Response>(page, 'response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    listen<ConsoleMessage>(page, 'console', (msg) => {
      // Chromium warns about each Permissions-Policy feature it does not know; the policy denies
      // features for every browser, so a name one browser lacks is expected, not a fault of the page.
      if (msg.text().startsWith('Error with Permissions-Policy header: Unrecognized feature')) return;
      if (msg.type() === 'error' || msg.type() === 'warning') {
        const loc = msg.location();
        consoleProblems.push(`${msg.type()}: ${msg.text()}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
      }
    });
    listen<Error>(page, 'pageerror', (err) => pageErrors.push(`${err.name}: ${err.message}`));
    // The policy that binds the page is its document's; its stylesheets and script come as the preview serves them.
    await serveWithHeadersFile(page, siteUrl(path));
    const violations = await recordCspViolations(page);

    const response = await page.goto(withBase(path));
    expect(response?.status(), `${path} is served`).toBe(200);
    expect(response?.headers()['content-security-policy'], `${path} is served with the policy of dist/_headers`).toBeTruthy();
    // Bring lazy content (images, iframes, observers) into play, then wait until nothing is in flight.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => pending, { message: 'requests still in flight', intervals: [20] }).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));

    expect(await violations(), `CSP violations on ${path} under the header and meta policies`).toEqual([]);
    expect(foreign, `requests to other origins from ${path}:\n${bulletList(foreign)}`).toEqual([]);
    expect(failed, `failed requests on ${path}:\n${bulletList(failed)}`).toEqual([]);
    expect(consoleProblems, `console errors/warnings on ${path}:\n${bulletList(consoleProblems)}`).toEqual([]);
    expect(pageErrors, `uncaught errors on ${path}:\n${bulletList(pageErrors)}`).toEqual([]);
    expect(await context.cookies(), `cookies set by ${path}`).toEqual([]);
    expect(await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]), `storage written by ${path}`).toEqual([]);
    expect(await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0)), 'the stylesheet loaded').toBe(true);

    // The search pages (one per language) exist to search, so they load Pagefind on arrival (tests/search-*).
    if (kind !== 'search') {
      const byType = (type: string) => requests.filter((r) => r.startsWith(`${type} `));
      expect(byType('document'), 'one document').toHaveLength(1);
      // The site's stylesheet and those of the components the page shows (which ones: tests/built-site/every-page.spec.ts).
      const linked = await page.locator('link[rel="stylesheet"]').count();
      expect(linked, "stylesheets linked: the site's and at most two of its components'").toBeLessThanOrEqual(MAX_STYLESHEETS);
      expect(byType('stylesheet').length, `stylesheets:\n${bulletList(byType('stylesheet'))}`).toBeLessThanOrEqual(linked);
      // The trials page also loads its finder (PAGE_OWN_SCRIPTS): one more script, one more request.
      const own = ownScriptOf(path) ? 1 : 0;
      expect(byType('script').length, `scripts:\n${bulletList(byType('script'))}`).toBeLessThanOrEqual(1 + own);
      expect(requests.length, `requests on first load of ${path}:\n${bulletList(requests)}`).toBeLessThanOrEqual(2 + linked + own);
      expect(
        requests.filter((r) => r.includes('/pagefind/')),
        'the search index and UI load only when the reader opens search',
      ).toEqual([]);
    }

    // Colours come from the components' classes, never from a page's words (no style attributes: the
    // CSP forbids them), so the colour rules, axe's dearest, run on the pages that show every class
    // (in both schemes, below); every other rule runs on every page.
    await test.step(
      example ? 'no axe violations in the light scheme' : 'no axe violations in the light scheme (colour rules: on the example pages)',
      async () => {
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'the light scheme').toBe(false);
        await expectNoAxeViolations(page, `${path} (light)`, example ? {} : { except: COLOUR_RULES });
      },
    );

    if (kind === 'content')
      await test.step('on a 1280×800 screen the body text starts on the first screen, with its lists beside the text', async () =>
        soft(await firstScreenProblems(page, path)));

    if (readingPage)
      await test.step(`on a 390×844 phone, with every fold closed, the page is at most ${maxPhoneScreens(path)} screens long (its data lists aside, each entry under a screen)`, async () =>
        soft(await phoneScreensProblems(page, path)));

    if (tables)
      await test.step('every table fits, becomes cards, or scrolls in a labelled region with a cue, at every width', async () =>
        soft(await tableProblems(page, path)));

    if (!example) return;
    await test.step('no colour violations in the dark scheme', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      // Confirm the emulation took, so a light-only run cannot pass as "dark".
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'the dark scheme').toBe(true);
      await expectNoAxeViolations(page, `${path} (dark)`, { rules: COLOUR_RULES });
      await page.emulateMedia({ colorScheme: 'light' });
    });
    await test.step('Tab reaches everything in reading order, visibly focused and never obscured or trapped', async () => {
      // The search page sets up its box after load and then marks the page data-search-ready.
      if (kind === 'search') await expect(page.locator('.search-page')).toHaveAttribute('data-search-ready', '', { timeout: SEARCH_TIMEOUT });
      await expectTabWalk(page, path);
    });
    await test.step('the first Tab reaches a visible skip link that moves focus to main', () => expectSkipLinkToMain(page));
    await test.step('reflows at 320 px and at 400% zoom, with targets large enough', async () => soft(await reflowProblems(page)));
    await test.step('takes 200% text size without clipping', async () => soft(await textSizeProblems(page)));
    await test.step('takes the WCAG text-spacing overrides without clipping', async () => soft(await textSpacingProblems(page)));
    await test.step('keeps borders and focus outlines in forced colours', async () => soft(await forcedColourProblems(page)));
    await test.step('nothing moves under reduced motion', async () => soft(await motionProblems(page)));
    if (layoutTemplate)
      await test.step('the reading line is about 65 to 70 characters on a desktop, the side lists stay in view, and a phone and paper keep one column', () =>
        expectWideAndNarrowLayout(page));
    if (citations)
      await test.step('a repeated citation within a paragraph is shown once, and markers never make a line taller or start a line', async () =>
        soft(await citationMarkerProblems(page)));

    function soft(problems: string[]): void {
      expect.soft(problems, `${path}:\n${bulletList(problems)}`).toEqual([]);
    }
  });
}
