import { test, expect, type Page } from '@playwright/test';
import { builtPages } from './helpers/pages.ts';
import { toSitePath, withBase } from './helpers/site.ts';

interface NavLink {
  text: string;
  /** Site path of the link target ("/about/"), or the raw href when it leaves the site. */
  path: string;
  current: string | null;
}

async function primaryNavLinks(page: Page): Promise<NavLink[]> {
  const links = page.locator('header nav[aria-label="Main"] a[href]');
  const raw = await links.evaluateAll((els) =>
    els.map((a) => ({
      text: (a.textContent ?? '').trim().replace(/\s+/g, ' '),
      href: a.getAttribute('href') ?? '',
      current: a.getAttribute('aria-current'),
    })),
  );
  return raw.map(({ text, href, current }) => ({
    text,
    path: toSitePath(href, page.url()) ?? href,
    current,
  }));
}

/** Site paths of the breadcrumb trail's links, in order. */
async function breadcrumbPaths(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('nav[aria-label="Breadcrumb"] a[href]')
    .evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => toSitePath(h, page.url()) ?? h);
}

for (const { path } of builtPages()) {
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
    expect(
      look.top >= 0 && look.left >= 0 && look.right <= look.vw && look.bottom <= look.vh,
      `skip link is inside the viewport: ${where}`,
    ).toBe(true);

    await page.keyboard.press('Enter');
    const main = page.locator('main#main-content');
    await expect(main).toHaveAttribute('tabindex', '-1');
    await expect(main, 'Enter on the skip link moves focus to main').toBeFocused();
  });

  test(`${path}: primary navigation marks the current page or topic, breadcrumbs end on this page`, async ({
    page,
  }) => {
    await page.goto(withBase(path));
    await expect(page.locator('header nav[aria-label="Main"]'), 'one primary navigation in the header').toHaveCount(1);
    const nav = await primaryNavLinks(page);
    expect(nav.length, 'primary navigation has links').toBeGreaterThan(0);

    const crumbs = page.locator('nav[aria-label="Breadcrumb"]');
    const trail = path === '/' ? [] : await breadcrumbPaths(page);
    if (path !== '/') {
      await expect(crumbs, 'breadcrumbs on every page except home').toHaveCount(1);
      await expect(crumbs.locator(':scope > ol'), 'breadcrumbs are an ordered list').toHaveCount(1);
      const items = crumbs.locator(':scope > ol > li');
      expect(await items.count(), 'breadcrumbs have at least home and this page').toBeGreaterThanOrEqual(2);
      const last = items.last();
      const lastIsCurrent =
        (await last.getAttribute('aria-current')) === 'page' ||
        (await last.locator('[aria-current="page"]').count()) === 1;
      expect(lastIsCurrent, 'the last breadcrumb item has aria-current="page"').toBe(true);
      await expect(crumbs.locator('[aria-current]'), 'only the last breadcrumb is current').toHaveCount(1);
    }

    // What aria-current each primary nav link should carry:
    //  - "page" on the link to this very page;
    //  - "true" on the link to the topic this page belongs to (the nearest breadcrumb ancestor
    //    that is in the primary navigation, home excluded);
    //  - nothing on every other link.
    const expected = new Map<string, string | null>(nav.map((l) => [l.path, null]));
    if (expected.has(path)) {
      expected.set(path, 'page');
    } else {
      const ancestors = trail.filter((p) => p !== '/' && p !== path && expected.has(p));
      const topic = ancestors.at(-1);
      if (topic) expected.set(topic, 'true');
    }
    const actual = nav.map((l) => `${l.text} (${l.path}): ${l.current ?? 'none'}`);
    const wanted = nav.map((l) => `${l.text} (${l.path}): ${expected.get(l.path) ?? 'none'}`);
    expect(actual, `aria-current on the primary navigation of ${path}`).toEqual(wanted);
  });
}

test('the primary navigation has the same links in the same order on every page', async ({ page }) => {
  test.setTimeout(10_000 + 2_000 * builtPages().length);
  let reference: { from: string; links: string[] } | undefined;
  const differences: string[] = [];
  for (const { path } of builtPages()) {
    await page.goto(withBase(path), { waitUntil: 'domcontentloaded' });
    const links = (await primaryNavLinks(page)).map((l) => `${l.text} -> ${l.path}`);
    if (!reference) reference = { from: path, links };
    else if (JSON.stringify(links) !== JSON.stringify(reference.links)) {
      differences.push(`${path}: [${links.join(', ')}]`);
    }
  }
  expect(reference?.links.length ?? 0, 'the primary navigation has links').toBeGreaterThan(0);
  expect(
    differences,
    `primary navigation differs from ${reference?.from} [${reference?.links.join(', ')}] on:\n${differences.join('\n')}`,
  ).toEqual([]);
});

test('every primary navigation link points to a built page', async ({ page }) => {
  // Also guards the aria-current checks above against links that never match any page.
  const navPaths = new Set<string>();
  await page.goto(withBase('/'));
  for (const l of await primaryNavLinks(page)) navPaths.add(l.path);
  const built = new Set(builtPages().map((p) => p.path));
  const missing = [...navPaths].filter((p) => !built.has(p));
  expect(missing, 'primary navigation links to pages that were not built').toEqual([]);
});
