// Search results look like results, on a phone and a desktop, in light and dark: titles are links
// in the site's link style, excerpts are clean and run to three lines, glossary entries are results
// of their own, the dialog has a Close button, its icon is the site's own, examples are offered
// before typing, the search page's A–Z steps aside for a query, and nothing shifts as search loads.
import { test, expect, type Page } from './helpers/test.ts';
import { recordCspViolations } from './helpers/csp.ts';
import { withBase } from './helpers/site.ts';
import { dialog, resultLinks, resultSlots, resultSummary, SEARCH_TIMEOUT, searchTrigger, typeQuery } from './search-helpers.ts';

// Each test walks through every state of the dialog and the search page.
test.describe.configure({ timeout: 120_000 });

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/** Text that only leaks into excerpts from markup: callout labels, screen-reader text, citation markers, glued table cells. */
const ARTEFACTS: Array<[RegExp, string]> = [
  [/\s[.,;:]/, 'a space before punctuation (a removed citation marker)'],
  [/\(glossary\)/, 'the screen-reader "(glossary)" suffix'],
  [/\breference \d/, 'a citation marker'],
  [/Investigational: not an approved treatment/, "the investigational box's label"],
  [/nephritisSource|comparedFeature|lupusStudy/, 'table cells glued together'],
  [/^#|\s#\s/, 'a "#" before a section'],
];

async function openAndSearch(page: Page, query: string): Promise<void> {
  await page.goto(withBase('/lupus-nephritis/'));
  await searchTrigger(page).click();
  await typeQuery(page, query);
  // Results for the first letters may show for a moment; wait for those of the whole query.
  await expect(resultSummary(page)).toContainText(`“${query}”`, { timeout: SEARCH_TIMEOUT });
}

/** The site's link colour in this colour scheme, as the browser computes it. */
const siteLinkColour = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement('a');
    probe.href = '#probe-never-visited';
    probe.style.color = 'var(--color-link)';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });

/** Cumulative layout shift of the current document, counted from its first frame (installed before each load). */
async function recordLayoutShift(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) w.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

/** Switches the colour scheme without loading the page again, and checks the switch took. */
async function useScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), `the ${colorScheme} scheme`).toBe(colorScheme === 'dark');
}

/** Titles and section links of the results shown are in the site's link style, in the scheme in use. */
async function expectResultLinksLookLikeLinks(page: Page): Promise<void> {
  const colour = await siteLinkColour(page);
  for (const link of [resultLinks(page).first(), page.locator('[data-search-results] a.search-result__section').first()]) {
    const style = await link.evaluate((a) => {
      const s = getComputedStyle(a);
      return { colour: s.color, size: parseFloat(s.fontSize), underline: s.textDecorationLine, before: getComputedStyle(a, '::before').content };
    });
    expect(style.colour, 'the site link colour').toBe(colour);
    expect(style.underline).toContain('underline');
    expect(style.size).toBeGreaterThanOrEqual(16);
    expect(['none', 'normal'], 'nothing drawn before the link (no "#")').toContain(style.before);
  }
  const text = await page.locator('[data-search-results]').innerText();
  expect(text, 'no literal "#" in the results').not.toContain('#');
}

/** The first excerpt shown is clamped to three lines and shows more than one. */
async function expectExcerptOfThreeLines(page: Page): Promise<void> {
  const excerpt = page.locator('[data-search-results] .search-result__excerpt').first();
  const box = await excerpt.evaluate((p) => ({
    height: p.getBoundingClientRect().height,
    line: parseFloat(getComputedStyle(p).lineHeight),
    clamp: getComputedStyle(p).webkitLineClamp,
  }));
  expect(box.clamp).toBe('3');
  expect(box.height / box.line, 'lines of excerpt shown').toBeGreaterThan(1.5);
  expect(box.height / box.line).toBeLessThanOrEqual(3.05);
}

/** The dialog's search icon is the site's own inline SVG, at least 16 px wide. */
async function expectOwnSearchIcon(page: Page): Promise<void> {
  const icon = dialog(page).locator('.search-box__icon');
  await expect(icon).toBeVisible();
  const drawn = await icon.evaluate((svg) => ({
    tag: svg.tagName.toLowerCase(),
    width: svg.getBoundingClientRect().width,
    shapes: svg.querySelectorAll('circle, path').length,
  }));
  expect(drawn).toEqual({ tag: 'svg', width: expect.any(Number), shapes: 2 });
  expect(drawn.width).toBeGreaterThanOrEqual(16);
}

/** The dialog's Close button is in view and a 44 px target. */
async function expectCloseButtonInView(page: Page): Promise<void> {
  const close = dialog(page).getByRole('button', { name: 'Close' });
  await expect(close).toBeInViewport({ ratio: 1 });
  const box = await close.boundingBox();
  expect(box && box.width >= 44 && box.height >= 44, `Close is a 44px target: ${JSON.stringify(box)}`).toBe(true);
}

// One test per screen size, each loading the dialog's page and the search page once. What only
// colours decide (the link colour) is checked in both schemes on the same page; the flows run in one
// scheme per size (phone light, desktop dark), so each runs in each scheme and at each size. The
// dark scheme changes colours only (src/styles/dark-scheme-changes-colours-only.test.ts).
for (const size of SIZES) {
  const flowScheme = size.name === 'phone' ? 'light' : 'dark';
  const otherScheme = flowScheme === 'light' ? 'dark' : 'light';
  test(`${size.name}: results look like results in both schemes; Close, examples, the A–Z and loading behave, and nothing shifts`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.emulateMedia({ colorScheme: flowScheme });
    const cspViolations = await recordCspViolations(page);
    const shift = await recordLayoutShift(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    let pending = 0;
    page.on('request', () => pending++);
    page.on('requestfinished', () => pending--);
    page.on('requestfailed', () => pending--);
    // Settled: nothing in flight, and two frames drawn since (layout shifts are reported per frame).
    const settled = async () => {
      await expect.poll(() => pending, { message: 'requests in flight' }).toBe(0);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    };

    await test.step('nothing shifts as search loads in the dialog: layout shift 0 with results shown', async () => {
      await openAndSearch(page, 'kidney');
      await settled();
      expect(await shift(), 'cumulative layout shift with the dialog open and results shown').toBe(0);
    });

    await test.step('result titles and section links look like the site’s links (link colour, underlined, at least 16px), in both schemes', async () => {
      await expectResultLinksLookLikeLinks(page);
      await useScheme(page, otherScheme);
      await expectResultLinksLookLikeLinks(page);
      await useScheme(page, flowScheme);
    });

    await test.step('excerpts run to three lines, in both schemes, and carry no markup artefacts', async () => {
      await expectExcerptOfThreeLines(page);
      await useScheme(page, otherScheme);
      await expectExcerptOfThreeLines(page);
      await useScheme(page, flowScheme);
      for (const query of ['kidney', 'phase I', 'investigational', 'kidney failure', 'placebo']) {
        await page.locator('dialog[data-search-dialog] [data-search-input]').fill(query);
        await expect(resultSummary(page)).toContainText(`“${query}”`, { timeout: SEARCH_TIMEOUT });
        const excerpts = await page.locator('[data-search-results] .search-result__excerpt').allTextContents();
        expect(excerpts.length).toBeGreaterThan(0);
        for (const text of excerpts) {
          for (const [pattern, what] of ARTEFACTS) expect(text, `excerpt for "${query}" carries ${what}`).not.toMatch(pattern);
        }
      }
    });

    await test.step('the search box icon is the site’s own, in both schemes, drawn without any request the CSP would block', async () => {
      await expectOwnSearchIcon(page);
      await useScheme(page, otherScheme);
      await expectOwnSearchIcon(page);
      await useScheme(page, flowScheme);
      const origin = new URL(page.url()).origin;
      expect(
        requests.filter((url) => !url.startsWith(origin)),
        'requests to another origin or data: URLs',
      ).toEqual([]);
      expect(await cspViolations()).toEqual([]);
    });

    await test.step('a glossary entry is a result of its own, with its definition as the excerpt', async () => {
      await page.locator('dialog[data-search-dialog] [data-search-input]').fill('glomerulus');
      await expect(resultSummary(page)).toContainText('“glomerulus”', { timeout: SEARCH_TIMEOUT });
      const term = resultSlots(page)
        .filter({ has: page.locator('a[href*="/glossary/"][href$="#glomerulus"]') })
        .first();
      await expect(term).toBeVisible();
      await expect(term.locator('a.search-result__link')).toHaveText('glomerulus');
      await expect(term.locator('.search-result__topic')).toHaveText('Topic: Glossary');
      await expect(term.locator('.search-result__excerpt')).toHaveText(/^One of the tiny filters in the kidney/);
      expect(await page.locator('[data-search-results]').innerText(), 'no glossary letter ("A", "E") offered as a section').not.toMatch(/^[A-Z]$/m);
    });

    if (size.name === 'desktop') {
      await test.step('"Show more results" draws the next results below and moves focus to the first of them', async () => {
        await page.locator('dialog[data-search-dialog] [data-search-input]').fill('kidney');
        await expect(resultSummary(page)).toContainText('“kidney”', { timeout: SEARCH_TIMEOUT });
        // "kidney" finds more pages than one batch draws.
        const more = dialog(page).getByRole('button', { name: 'Show more results' });
        await expect(more).toBeVisible();
        const shown = await resultSlots(page).count();
        await more.click();
        await expect.poll(() => resultSlots(page).count()).toBeGreaterThan(shown);
        await expect(resultSlots(page).nth(shown).locator('a').first()).toBeFocused();
      });
    }

    await test.step('the dialog has a visible Close button, in both schemes, that closes it and returns focus', async () => {
      await expectCloseButtonInView(page);
      await useScheme(page, otherScheme);
      await expectCloseButtonInView(page);
      await useScheme(page, flowScheme);
      await dialog(page).getByRole('button', { name: 'Close' }).click();
      await expect(dialog(page)).toBeHidden();
      await expect(searchTrigger(page)).toBeFocused();
    });

    await test.step('example searches are offered before typing, search when chosen, and step aside for a query', async () => {
      // A fresh page: the dialog opens empty, with its examples.
      await page.goto(withBase('/lupus-nephritis/'));
      await searchTrigger(page).click();
      const examples = dialog(page).getByRole('list', { name: 'Try searching for' });
      await expect(examples).toBeVisible();
      // Chosen before the search code has arrived, an example is a link to the search page; after, it searches in place.
      await expect(dialog(page)).toHaveAttribute('data-search-ready', '', { timeout: SEARCH_TIMEOUT });
      await examples.getByRole('link', { name: 'stem cell' }).click();
      await expect(dialog(page).getByRole('searchbox')).toHaveValue('stem cell');
      await expect(resultSummary(page)).toContainText('“stem cell”', { timeout: SEARCH_TIMEOUT });
      await expect(examples).toBeHidden();
    });

    await test.step('nothing shifts as the search page loads, with a query and without (layout shift 0), and its A–Z steps aside while there is a query', async () => {
      const az = page.getByRole('region', { name: 'A to Z of pages and glossary terms' });
      for (const path of ['/search/?q=kidney', '/search/']) {
        await page.goto(withBase(path));
        await expect(page.locator('.search-page')).toHaveAttribute('data-search-ready', '', { timeout: SEARCH_TIMEOUT });
        if (path.includes('q=')) await expect(resultLinks(page).first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
        await settled();
        expect(await shift(), `cumulative layout shift on ${path}`).toBe(0);
        if (path.includes('q=')) await expect(az).toBeHidden();
      }
      const box = page.getByRole('searchbox', { name: 'Search this site' });
      await expect(az).toBeVisible();
      await box.fill('kidney');
      await expect(resultLinks(page).first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
      await expect(az).toBeHidden();
      await box.fill('');
      await expect(az).toBeVisible();
      await box.fill('dialysis');
      await expect(az).toBeHidden();
    });
  });
}
