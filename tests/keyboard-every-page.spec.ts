// Keyboard users (issue 5). The Tab walk of a page (every focusable element reached in reading
// order, visibly focused, never obscured or trapped, starting with a skip link to main) is a step of
// that page's one load in tests/every-page-in-the-browser.spec.ts (tests/helpers/keyboard.ts), on
// the pages that between them show every class name the site uses. Here, what a keyboard user
// meets beyond the page itself: the search dialog.
import { test, expect } from './helpers/test.ts';
import { resultLinks, SEARCH_TIMEOUT } from './search-helpers.ts';
import { withBase } from './helpers/site.ts';

// The search dialog (src/features/search/search-dialog.ts): while open it keeps focus inside;
// Escape closes it and returns focus to the button that opened it.
test('the search dialog keeps focus inside while open and returns it on close', async ({ page }) => {
  await page.goto(withBase('/'));
  // The header's search control is a real link to /search/ that the search loader turns into a
  // dialog opener (it then says so with aria-haspopup="dialog").
  const trigger = page
    .locator('header')
    .getByRole('link', { name: /^search/i })
    .first();
  await expect(trigger, 'the header has a search control').toHaveCount(1);
  await expect(trigger, 'the search loader has wired the link to the dialog').toHaveAttribute('aria-haspopup', 'dialog');
  // Reach it by keyboard, as a keyboard user would.
  for (let i = 0; i < 10 && !(await trigger.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(trigger).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog, [role="dialog"]')), { message: 'focus moves into the dialog' })
    .toBe(true);
  // With results there is more to Tab through. A modal <dialog> makes the page behind it inert:
  // Tab may pass through the browser's own controls (nothing in the document focused, so
  // activeElement is <body>), but must never land on anything in the page behind the dialog.
  await page.keyboard.type('lupus');
  await expect(resultLinks(page).first(), 'results to Tab through').toBeVisible({ timeout: SEARCH_TIMEOUT });
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press(i < 12 ? 'Tab' : 'Shift+Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      return el === document.body || !el
        ? 'browser'
        : el.closest('dialog, [role="dialog"]')
          ? 'dialog'
          : `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}"`;
    });
    expect(['dialog', 'browser'], `focus reached ${where} behind the open dialog after ${i + 1} presses`).toContain(where);
  }
  // Where the walk ends depends on how many results have rendered, so go back to the box: there
  // the first Escape empties the field (the browser's own search-field behaviour) and the second
  // closes the dialog.
  const box = dialog.getByRole('searchbox');
  await box.focus();
  await page.keyboard.press('Escape');
  await expect(box, 'the first Escape in the box empties it').toHaveValue('');
  await expect(dialog, 'and leaves the dialog open').toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger, 'Escape returns focus to the search button').toBeFocused();
});
