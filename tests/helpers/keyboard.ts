// The keyboard walk (issue 5): Tab through a page from top to bottom. Every focusable element is
// reached in document order, shows a focus indicator that differs from its unfocused look (2.4.7),
// is not hidden behind other content when focused (2.4.11), sits below or beside the one before
// (reading order), and focus never gets stuck (2.1.2). The first stop is a visible skip link that
// moves focus to main. Used by tests/every-page-in-the-browser.spec.ts on the pages that show
// every kind of element (pagesShowingEveryClass()).
import { wordsFor } from '../../src/features/i18n/dictionary.ts';
import { expect, type Page } from '@playwright/test';
import { bulletList } from './format.ts';

/**
 * Presses Tab `times` times: the same trusted key events Playwright's keyboard.press sends
 * (Chromium's Input.dispatchKeyEvent, keyDown then keyUp), but sent all at once instead of waiting
 * for each answer. Chromium handles them one after another in the order sent, so focus moves
 * exactly as with `times` separate presses; a walk over a page with 200 links takes one round trip
 * instead of 400. The walk reads where focus went from its focusin listener.
 */
async function pressTab(page: Page, times: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const key = { code: 'Tab', key: 'Tab', windowsVirtualKeyCode: 9 };
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < times; i++) {
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }));
  }
  await Promise.all(sent);
  await cdp.detach();
}

/** The computed styles compared focused and unfocused: any change counts as a focus indicator. */
const FOCUS_LOOK = [
  'outline-style',
  'outline-width',
  'outline-color',
  'box-shadow',
  'background-color',
  'color',
  'text-decoration-line',
  'text-decoration-thickness',
  'border-bottom-color',
  'border-bottom-width',
];
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Marks every element a keyboard user can Tab to, in document order, and records its unfocused look. */
async function markTabbables(page: Page): Promise<number> {
  return page.evaluate(
    ({ selector, properties }) => {
      const look = (el: Element) => {
        const s = getComputedStyle(el);
        return properties.map((name) => s.getPropertyValue(name)).join('|');
      };
      // A group of radio buttons is one Tab stop, its checked button; arrow keys move within it.
      const isOtherRadio = (el: HTMLElement) =>
        el instanceof HTMLInputElement &&
        el.type === 'radio' &&
        !el.checked &&
        [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)].some((r) => r.form === el.form && r.checked);
      const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (el) => el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }) && !isOtherRadio(el),
      );
      (window as unknown as { __unfocused: string[] }).__unfocused = all.map(look);
      all.forEach((el, i) => el.setAttribute('data-tab-index', String(i)));
      return all.length;
    },
    { selector: TABBABLE, properties: FOCUS_LOOK },
  );
}

interface Stop {
  index: number | null;
  what: string;
  indicator: boolean;
  outlineWidth: number;
  obscured: string | null;
  top: number;
  left: number;
  right: number;
  bottom: number;
}

/**
 * Records every focus stop as it happens (in a focusin listener, after the browser has scrolled the
 * element into view), so the test can press Tab quickly and read all stops at the end.
 */
async function recordFocusStops(page: Page): Promise<void> {
  await page.evaluate((properties) => {
    const w = window as unknown as { __unfocused: string[]; __stops: Stop[] };
    w.__stops = [];
    document.addEventListener('focusin', () => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return;
      const s = getComputedStyle(el);
      const now = properties.map((name) => s.getPropertyValue(name)).join('|');
      const index = el.hasAttribute('data-tab-index') ? Number(el.getAttribute('data-tab-index')) : null;
      const before = index === null ? now : w.__unfocused[index];
      const outlineWidth = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);
      // Not obscured: the centre of the element's first box hits the element itself (or something
      // inside it), not a header, banner or overlay drawn on top.
      const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      const inView = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
      const obscured = !inView
        ? 'outside the viewport'
        : hit && (hit === el || el.contains(hit) || hit.contains(el))
          ? null
          : `covered by ${hit?.tagName.toLowerCase()}.${hit?.className}`;
      const rect = el.getBoundingClientRect();
      // A side column taller than the window scrolls itself as Tab moves down it: its own scroll
      // counts too, so a link lower in the list is still below the one before (reading order).
      let innerScroll = 0;
      for (let parent = el.parentElement; parent; parent = parent.parentElement) innerScroll += parent === document.documentElement ? 0 : parent.scrollTop;
      w.__stops.push({
        index,
        what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`,
        indicator: now !== before,
        outlineWidth,
        obscured,
        top: rect.top + scrollY + innerScroll,
        left: rect.left + scrollX,
        right: rect.right + scrollX,
        bottom: rect.bottom + scrollY + innerScroll,
      });
    });
  }, FOCUS_LOOK);
}

/** Tabs through the whole page (nothing focused yet) and fails naming every stop that breaks a rule above. */
export async function expectTabWalk(page: Page, path: string): Promise<void> {
  const count = await markTabbables(page);
  expect(count, 'the page has focusable elements').toBeGreaterThan(3);
  await recordFocusStops(page);
  // One Tab more than there are stops: the last one must leave the page, not loop inside it.
  await pressTab(page, count + 1);
  const stops = await page.evaluate(() => (window as unknown as { __stops: Stop[] }).__stops);
  const problems: string[] = [];
  const order: number[] = [];
  let previous: Stop | undefined;
  for (const stop of stops) {
    if (stop.index === null) {
      problems.push(`Tab reached ${stop.what}, which is not a visible focusable element`);
      continue;
    }
    order.push(stop.index);
    if (!stop.indicator) problems.push(`${stop.what} looks the same focused as unfocused`);
    else if (stop.outlineWidth > 0 && stop.outlineWidth < 2) problems.push(`${stop.what} has a ${stop.outlineWidth}px focus outline (under 2px)`);
    if (stop.obscured) problems.push(`${stop.what} is ${stop.obscured} when focused`);
    // Reading order: each stop is below the previous one, or on the same line further right, or
    // at the top of another column (a wide screen's guide contents, "On this page" and text).
    const otherColumn = previous && (stop.left >= previous.right - 1 || stop.right <= previous.left + 1);
    if (previous && stop.top < previous.top - 4 && !(stop.left > previous.left && stop.top < previous.bottom) && !otherColumn) {
      problems.push(`${stop.what} comes after ${previous.what} but sits above it`);
    }
    previous = stop;
  }
  const expected = Array.from({ length: count }, (_, i) => i);
  expect(order, `${path}: Tab order should visit all ${count} focusable elements in document order`).toEqual(expected);
  expect(problems, `${path}:\n${bulletList(problems)}`).toEqual([]);

  // Shift+Tab walks back out of the last element: focus is not trapped in either direction.
  await page.locator(`[data-tab-index="${count - 1}"]`).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(`[data-tab-index="${count - 2}"]`)).toBeFocused();
}

/** The first Tab stop is a.skip-link: visible when focused, and Enter moves focus to main. Run after expectTabWalk. */
export async function expectSkipLinkToMain(page: Page): Promise<void> {
  const skip = page.locator('a.skip-link');
  await expect(skip, 'the first Tab stop is a.skip-link').toHaveAttribute('data-tab-index', '0');
  // In the page's language (src/features/i18n/: "Saltar al contenido principal" on a Spanish page).
  const lang = await page.evaluate(() => document.documentElement.lang);
  await expect(skip).toHaveText(wordsFor(lang).skipLink);
  await expect(skip).toHaveAttribute('href', '#main-content');
  // Focused from the keyboard's last stop, so it shows as the first Tab shows it (:focus-visible).
  await skip.focus();
  // Visible when focused: not clipped away, not transparent, a real size, inside the viewport.
  await page.evaluate(() => window.scrollTo(0, 0));
  const look = await skip.evaluate((el) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      clip: s.getPropertyValue('clip'),
      clipPath: s.clipPath,
      opacity: Number(s.opacity),
      visibility: s.visibility,
      width: r.width,
      height: r.height,
      top: r.top,
      left: r.left,
      right: r.right,
      bottom: r.bottom,
      vw: window.innerWidth,
      vh: window.innerHeight,
    };
  });
  const where = JSON.stringify(look);
  expect(look.visibility, `skip link visibility: ${where}`).toBe('visible');
  expect(look.opacity, `skip link opacity: ${where}`).toBeGreaterThan(0.9);
  expect(['auto', ''].includes(look.clip), `skip link is clipped: ${where}`).toBe(true);
  expect(look.clipPath, `skip link has a clip-path: ${where}`).toBe('none');
  expect(look.width, `skip link width: ${where}`).toBeGreaterThanOrEqual(24);
  expect(look.height, `skip link height: ${where}`).toBeGreaterThanOrEqual(16);
  expect(look.top >= 0 && look.left >= 0 && look.right <= look.vw && look.bottom <= look.vh, `skip link is inside the viewport: ${where}`).toBe(true);

  await page.keyboard.press('Enter');
  const main = page.locator('main#main-content');
  await expect(main).toHaveAttribute('tabindex', '-1');
  await expect(main, 'Enter on the skip link moves focus to main').toBeFocused();
}
