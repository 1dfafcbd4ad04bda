import { test, expect, type Page } from '@playwright/test';
import { builtPages, templatePages } from './helpers/pages.ts';
import { bulletList } from './helpers/format.ts';
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
  const hrefs = await page.locator('nav[aria-label="Breadcrumb"] a[href]').evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => toSitePath(h, page.url()) ?? h);
}

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

/**
 * The navigation of one page, loaded in `page`: one primary navigation whose aria-current marks this
 * page or its topic, and (except on the home page) breadcrumbs that end on this page. Returns the
 * problems found, so one test can walk every page.
 */
async function navigationProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => void (ok || problems.push(`${path}: ${problem}`));
  check((await page.locator('header nav[aria-label="Main"]').count()) === 1, 'not exactly one primary navigation in the header');
  const nav = await primaryNavLinks(page);
  check(nav.length > 0, 'the primary navigation has no links');

  const crumbs = page.locator('nav[aria-label="Breadcrumb"]');
  const trail = path === '/' ? [] : await breadcrumbPaths(page);
  if (path !== '/') {
    check((await crumbs.count()) === 1, 'no breadcrumbs (every page but home has them)');
    check((await crumbs.locator(':scope > ol').count()) === 1, 'the breadcrumbs are not an ordered list');
    const items = crumbs.locator(':scope > ol > li');
    check((await items.count()) >= 2, 'the breadcrumbs lack home or this page');
    const last = items.last();
    const lastIsCurrent = (await last.getAttribute('aria-current')) === 'page' || (await last.locator('[aria-current="page"]').count()) === 1;
    check(lastIsCurrent, 'the last breadcrumb item lacks aria-current="page"');
    check((await crumbs.locator('[aria-current]').count()) === 1, 'a breadcrumb other than the last is marked current');
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
  for (const l of nav) {
    const wanted = expected.get(l.path) ?? null;
    check(l.current === wanted, `aria-current on "${l.text}" (${l.path}) is ${l.current ?? 'none'}, expected ${wanted ?? 'none'}`);
  }
  return problems;
}

// One load per page, in one test: the links and their current-page marks differ from page to page.
test('on every page the primary navigation has the same links, marks the current page or topic, and breadcrumbs end on the page', async ({ page }) => {
  test.setTimeout(10_000 + 2_000 * builtPages().length);
  let reference: { from: string; links: string[] } | undefined;
  const problems: string[] = [];
  for (const { path } of builtPages()) {
    await page.goto(withBase(path), { waitUntil: 'domcontentloaded' });
    const links = (await primaryNavLinks(page)).map((l) => `${l.text} -> ${l.path}`);
    if (!reference) reference = { from: path, links };
    else if (JSON.stringify(links) !== JSON.stringify(reference.links)) {
      problems.push(`${path}: the primary navigation differs from ${reference.from}: [${links.join(', ')}]`);
    }
    problems.push(...(await navigationProblems(page, path)));
  }
  expect(reference?.links.length ?? 0, 'the primary navigation has links').toBeGreaterThan(0);
  expect(problems, `navigation problems:\n${bulletList(problems)}`).toEqual([]);
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
