// The skip link, once per page template. The primary navigation and breadcrumbs of every page
// (same links everywhere, the current page or topic marked, breadcrumbs ending on the page) are read
// from the build in tests/built-site/every-page.spec.ts.
import { test, expect } from './helpers/test.ts';
import { templatePages } from './helpers/pages.ts';
import { withBase } from './helpers/site.ts';

// The skip link is page chrome: proven once per page template.
for (const { path } of templatePages()) {
  test(`${path}: first Tab reaches a visible skip link that moves focus to main`, async ({ page }) => {
    await page.goto(withBase(path));
    await page.keyboard.press('Tab');

    const skip = page.locator('a.skip-link');
    await expect(skip, 'the first Tab focuses a.skip-link').toBeFocused();
    await expect(skip).toHaveText('Skip to main content');
    await expect(skip).toHaveAttribute('href', '#main-content');

    // Visible when focused: not clipped away, not transparent, a real size, inside the viewport.
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
  });
}
