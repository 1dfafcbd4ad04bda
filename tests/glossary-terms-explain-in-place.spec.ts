// Glossary terms (issue 12): the first use of a medical word on a page opens its meaning in place,
// as a popover: without JavaScript, by keyboard and for screen readers, with the glossary page as
// the fallback link. Terms look unlike links to other pages. Organisations are not glossary terms.
import { test, expect, type Page } from './helpers/test.ts';
import { readGlossaryIn } from '../src/features/glossary/entries.ts';
import { DICTIONARIES } from '../src/features/i18n/dictionary.ts';
import { localizedPath, type Locale } from '../src/shared/paths.ts';
import { builtHtml, builtPages } from './helpers/pages.ts';
import { withBase } from './helpers/site.ts';

// Each page's terms come from the glossary in its own language (content/es/glossary.yaml for Spanish).
const glossaryOf = (lang: Locale) => new Map(readGlossaryIn(lang).map((entry) => [entry.id, entry]));
const pagesWithTerms = builtPages().filter((p) => /class="glossary-term"/.test(builtHtml(p)));

// That more than five pages explain terms in place is read from the built HTML
// (tests/built-site/every-page.spec.ts).
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // Two pages of each language: the popover is the same component, its words and glossary are not.
  const sample = [...new Set(pagesWithTerms.map((p) => p.lang))].flatMap((lang) => pagesWithTerms.filter((p) => p.lang === lang).slice(0, 2));
  for (const { path, lang } of sample) {
    test(`${path}: each glossary term opens its definition in place and closes again, without JavaScript`, async ({ page }) => {
      const GLOSSARY = glossaryOf(lang as Locale);
      const words = DICTIONARIES[lang as Locale];
      await page.goto(withBase(path));
      // Terms inside a folded box (the investigational line's explanation) open once it is unfolded.
      const terms = page.locator('button.glossary-term').filter({ visible: true });
      const count = await terms.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const term = terms.nth(i);
        const id = (await term.getAttribute('popovertarget'))!.replace(/^define-/, '');
        const entry = GLOSSARY.get(id);
        expect(entry, `glossary entry for ${id}`).toBeTruthy();
        const definition = page.locator(`#define-${id}`);
        await expect(definition).toBeHidden();
        await term.click();
        await expect(definition, `${entry!.term}: the definition opens`).toBeVisible();
        await expect(definition).toContainText(entry!.definition);
        // In place: the reader has not left the page.
        expect(new URL(page.url()).pathname).toBe(withBase(path));
        // The glossary page stays one step away.
        await expect(definition.getByRole('link', { name: new RegExp(`^${words.moreInGlossary}`) })).toHaveAttribute(
          'href',
          withBase(`${localizedPath('/glossary/', lang as Locale)}#${id}`),
        );
        // The definition fits in the window.
        const box = (await definition.boundingBox())!;
        const viewport = page.viewportSize()!;
        expect(box.x >= 0 && box.x + box.width <= viewport.width, `${entry!.term}: definition inside the window`).toBe(true);
        await definition.getByRole('button', { name: new RegExp(`^${words.close}`) }).click();
        await expect(definition).toBeHidden();
      }
    });
  }

  test('on a 320 px phone the definition fits on screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(withBase(pagesWithTerms[0]!.path));
    const term = page.locator('button.glossary-term').last();
    // A reader taps a word they are reading, in the middle of the screen.
    await term.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await term.click();
    const definition = page.locator(':popover-open');
    await expect(definition).toBeVisible();
    const box = (await definition.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
  });
});

/** The "expanded" state the browser gives assistive technology for the button with this name. */
async function expandedState(page: Page, name: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const button = nodes.find((n) => n.role?.value === 'button' && n.name?.value === name);
  return button?.properties?.find((p) => p.name === 'expanded')?.value.value;
}

test('on a page with terms, a term looks unlike a link, a screen reader hears a button named after the word with the definition after it, and the keyboard opens, enters and closes it', async ({
  page,
}) => {
  await page.goto(withBase(pagesWithTerms[0]!.path));
  const term = page.locator('button.glossary-term').first();
  const id = (await term.getAttribute('popovertarget'))!;

  await test.step('glossary terms look different from links: text colour with a dotted underline', async () => {
    const look = await page.evaluate(() => {
      const term = document.querySelector('button.glossary-term')!;
      const link = document.querySelector('main .prose a[href]:not(.citation)') ?? document.querySelector('main a[href]')!;
      const s = getComputedStyle(term);
      return {
        style: s.textDecorationStyle,
        line: s.textDecorationLine,
        color: s.color,
        text: getComputedStyle(term.closest('p, li, td') ?? document.body).color,
        link: getComputedStyle(link).color,
      };
    });
    expect(look.line).toContain('underline');
    expect(look.style).toBe('dotted');
    expect(look.color).toBe(look.text);
    expect(look.color).not.toBe(look.link);
  });

  await test.step('a screen reader hears the term as a button named after the word, and the definition after it', async () => {
    const text = (await term.evaluate((el) => (el.firstChild?.textContent ?? '').trim()))!;
    await expect(term).toHaveAccessibleName(`${text} (definition)`);
    await term.click();
    // The definition follows the button in the reading order (it is the next thing in the page).
    const follows = await page.evaluate((popover) => {
      const button = document.querySelector(`[popovertarget="${popover}"]`)!;
      return !!(button.compareDocumentPosition(document.getElementById(popover)!) & Node.DOCUMENT_POSITION_FOLLOWING);
    }, id);
    expect(follows).toBe(true);
    const close = page.locator(`#${id}`).getByRole('button', { name: /^Close the definition of / });
    await expect(close).toBeVisible();
    await close.click();
    await expect(page.locator(`#${id}`)).toBeHidden();
  });

  await test.step('by keyboard: Enter opens a definition, Tab moves into it, Escape closes it and returns to the word', async () => {
    // Its accessible name, as the step above proves it: the word and "(definition)".
    const name = `${(await term.evaluate((el) => (el.textContent ?? '').trim()))!} (definition)`;
    await term.focus();
    expect(await expandedState(page, name), 'the button tells assistive technology it is collapsed').toBe(false);
    await page.keyboard.press('Enter');
    await expect(page.locator(`#${id}`)).toBeVisible();
    expect(await expandedState(page, name), 'and then expanded').toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.locator(`#${id} a`)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator(`#${id}`)).toBeHidden();
    await expect(term).toBeFocused();
  });
});
// That no organisation is a glossary term is a content check: tests/unit/content-data.test.ts.
