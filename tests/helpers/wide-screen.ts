// A desktop layout that uses the width (issue 20): on a 1280×800 screen the guide contents and
// "On this page" sit beside the text, not above it, so the page's own words start on the first
// screen (every content page: how far down the text starts depends on each page's title, summary
// and first box); the reading line stays about 65 to 70 characters; the side columns stay in view
// as the text scrolls. On a phone the page keeps one column, the lists folded above the text; on
// paper one column too (the template pages). Steps of tests/every-page-in-the-browser.spec.ts.
import { expect, type Page } from '@playwright/test';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** Characters on a full line of body text: about 65 to 70 is the aim, with room for wide and narrow letters. */
const LINE = { min: 58, max: 80 };

/** Where the text and the two lists are, and how many characters the first full line of body text holds. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const rect = (el: Element | null) => {
      if (!el || !el.checkVisibility()) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
    };
    const prose = document.querySelector('main .prose');
    // Body text: the first paragraph or list item of the page's own words. The key facts, care cards
    // and checklists are the page's content (on the urgent-help page and the questions sheet, all
    // of it); the investigational label, notes and table captions are not.
    const firstText =
      [...(prose?.querySelectorAll('p, li') ?? [])].find(
        (el) => !el.closest('.callout, .table-region, .key-facts__title, .urgency__label') && el.textContent!.trim().length > 30,
      ) ?? null;
    // Characters on the first full line of the longest paragraph: count the characters whose
    // boxes share the first line's top.
    const long = [...(prose?.querySelectorAll(':scope > p') ?? [])].sort((a, b) => b.textContent!.length - a.textContent!.length)[0];
    let lineChars = 0;
    if (long) {
      const walker = document.createTreeWalker(long, NodeFilter.SHOW_TEXT);
      let firstTop: number | undefined;
      let done = false;
      for (let node = walker.nextNode(); node && !done; node = walker.nextNode()) {
        if (node.parentElement?.closest('.visually-hidden, [popover], .citation-group')) continue;
        const range = document.createRange();
        for (let i = 0; i < node.textContent!.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getClientRects()[0];
          if (!r) continue;
          firstTop ??= r.top;
          if (r.top > firstTop + 2) {
            done = true;
            break;
          }
          lineChars++;
        }
      }
    }
    return {
      prose: rect(prose),
      firstText: rect(firstText),
      toc: rect(document.querySelector('main nav.toc')),
      guide: rect(document.querySelector('main nav.guide-contents')),
      lineChars,
    };
  });
}

const beside = (a: { left: number; right: number }, b: { left: number; right: number }) => a.right <= b.left + 1 || a.left >= b.right - 1;

/** On a 1280×800 screen: body text on the first screen, and the lists beside the text. Leaves the viewport at 1280×720. */
export async function firstScreenProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  await page.setViewportSize(DESKTOP);
  await page.evaluate(() => window.scrollTo(0, 0));
  const m = await measure(page);
  if (!m.prose || !m.firstText) {
    problems.push(`${path}: no body text found`);
    return problems;
  }
  if (m.firstText.top > DESKTOP.height - 30)
    problems.push(`${path}: body text starts at ${Math.round(m.firstText.top)} px, below the first screen (${DESKTOP.height} px)`);
  for (const [what, box] of [
    ['"On this page"', m.toc],
    ['the guide contents', m.guide],
  ] as const) {
    if (box && !beside(box, m.prose)) problems.push(`${path}: ${what} is above or over the text, not beside it`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  return problems;
}

/** The reading line on a desktop, the side lists in view while the text scrolls, one column on a phone and on paper. */
export async function expectWideAndNarrowLayout(page: Page): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await page.evaluate(() => window.scrollTo(0, 0));
  const wide = await measure(page);
  expect(wide.lineChars, 'characters on a full line of body text').toBeGreaterThanOrEqual(LINE.min);
  expect(wide.lineChars, 'characters on a full line of body text').toBeLessThanOrEqual(LINE.max);

  // Halfway down the text, the lists are still on screen beside it (sticky).
  await page.evaluate(() => window.scrollTo(0, document.querySelector('main .prose')!.getBoundingClientRect().bottom / 2 + scrollY / 2));
  for (const selector of ['main nav.guide-contents', 'main nav.toc']) {
    const list = page.locator(selector);
    if ((await list.count()) === 0) continue;
    await expect(list, `${selector} stays in view while the text scrolls`).toBeInViewport({ ratio: 0.3 });
  }

  // A phone: one column, the folded lists above the text.
  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  const narrow = await measure(page);
  for (const [what, box] of [
    ['"On this page"', narrow.toc],
    ['the guide contents', narrow.guide],
  ] as const) {
    if (box) expect(box.bottom, `${what} sits above the text on a phone`).toBeLessThanOrEqual(narrow.prose!.top + 1);
  }

  // Paper: one column, as wide as the printable area allows.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(DESKTOP);
  expect(await page.locator('main .content').evaluate((el) => getComputedStyle(el).display), 'one column on paper').not.toBe('grid');
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.evaluate(() => window.scrollTo(0, 0));
}
