import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, pagesShowingEveryClass } from './helpers/pages.ts';
import { withBase } from './helpers/site.ts';
import { formatAxeViolations } from './helpers/format.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * The dark scheme changes colours only (tests/unit/dark-scheme-changes-colours-only.test.ts), so in
 * the dark run axe checks what colours decide: text contrast and links told apart from the text
 * around them. Every other rule gives the same answer in both schemes and runs once, in light, on
 * every page. Colours come from the tokens, whose every text and background pair is measured in
 * both schemes by tests/unit/colour-tokens-contrast.test.ts; the dark run proves them as rendered
 * on the pages that between them show every kind of element the site has (every class name used
 * anywhere), one page of each template first.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const PAGES = { light: builtPages(), dark: pagesShowingEveryClass() };

// axe on the longest pages (sources, glossary) takes well over the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} colour scheme`, () => {
    for (const { path } of PAGES[colorScheme]) {
      test(`${path} has no axe violations (${colorScheme === 'light' ? 'WCAG 2.2 AA + best practice' : 'colour contrast and links in text'})`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.goto(withBase(path));
        // Confirm the emulation took, so a light-only run cannot pass as "dark".
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
        const axe = new AxeBuilder({ page });
        const results = await (colorScheme === 'light' ? axe.withTags(WCAG_TAGS) : axe.withRules(COLOUR_RULES)).analyze();
        expect(results.passes.length, 'axe ran no checks at all').toBeGreaterThan(0);
        expect(results.violations.length, `axe violations on ${path} (${colorScheme}):\n${formatAxeViolations(results.violations)}`).toBe(0);
      });
    }
  });
}
