import { test, expect, type Page } from '@playwright/test';
import { builtPages } from './helpers/pages.ts';
import { SITE_NAME, TITLE_SEPARATOR, withBase } from './helpers/site.ts';
import { bulletList } from './helpers/format.ts';

interface Heading {
  level: number;
  text: string;
}

/** Headings exposed to assistive technology, in document order. */
async function headingsInOrder(page: Page): Promise<Heading[]> {
  return page.evaluate(() => {
    const hiddenAncestor = '[hidden], [aria-hidden="true"], dialog:not([open]), template';
    return Array.from(document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]'))
      .filter((el) => !el.closest(hiddenAncestor) && el.checkVisibility())
      .map((el) => {
        const aria = el.getAttribute('aria-level');
        const level = el.getAttribute('role') === 'heading' ? Number(aria ?? 2) : Number(el.tagName[1]);
        return { level, text: (el.textContent ?? '').trim().replace(/\s+/g, ' ') };
      });
  });
}

async function metaContent(page: Page, selector: string): Promise<string | null> {
  const el = page.locator(selector);
  if ((await el.count()) === 0) return null;
  return el.first().getAttribute('content');
}

for (const { path, isNotFound } of builtPages()) {
  test(`${path} has one h1, ordered headings, lang, title, description and metadata`, async ({ page, request }) => {
    await page.goto(withBase(path));

    await expect(page.locator('html'), '<html lang="en">').toHaveAttribute('lang', 'en');

    // Exactly one h1, and it is inside main.
    await expect(page.locator('main'), 'exactly one <main>').toHaveCount(1);
    await expect(page.locator('h1'), 'exactly one h1 on the page').toHaveCount(1);
    await expect(page.locator('main h1'), 'the h1 is inside main').toHaveCount(1);
    const h1Text = ((await page.locator('main h1').textContent()) ?? '').trim();
    expect(h1Text, 'the h1 has text').not.toBe('');

    // No skipped levels: the first heading is the h1; each later heading goes at most one level
    // deeper than the one before it (going back up any number of levels is fine).
    const headings = await headingsInOrder(page);
    const problems: string[] = [];
    if (headings[0]?.level !== 1) {
      problems.push(`first heading is h${headings[0]?.level} "${headings[0]?.text}", not the h1`);
    }
    for (let i = 1; i < headings.length; i++) {
      const prev = headings[i - 1]!;
      const cur = headings[i]!;
      if (cur.level > prev.level + 1) {
        problems.push(`h${cur.level} "${cur.text}" follows h${prev.level} "${prev.text}"`);
      }
    }
    expect(problems, `skipped heading levels on ${path}:\n${bulletList(problems)}`).toEqual([]);

    // <title>: "Page title – Site name".
    const title = await page.title();
    const suffix = `${TITLE_SEPARATOR}${SITE_NAME}`;
    expect(title.endsWith(suffix), `title "${title}" should end with "${suffix}"`).toBe(true);
    expect(title.slice(0, -suffix.length).trim(), `title "${title}" needs a page title before the site name`).not.toBe('');
    await expect(page.locator('head > title'), 'exactly one <title>').toHaveCount(1);

    // Meta description: present, non-empty, at most 160 characters.
    const description = await metaContent(page, 'meta[name="description"]');
    expect(description, 'meta description present').not.toBeNull();
    expect(description!.trim(), 'meta description not empty').not.toBe('');
    expect(description!.length, `meta description is ${description!.length} chars: "${description}"`).toBeLessThanOrEqual(160);

    // Canonical link: an absolute URL; for content pages it names this page.
    const canonical = page.locator('link[rel="canonical"]');
    await expect(canonical, 'one canonical link').toHaveCount(1);
    const canonicalHref = (await canonical.getAttribute('href')) ?? '';
    expect(canonicalHref, 'canonical href is an absolute http(s) URL').toMatch(/^https?:\/\/[^/]+\//);
    if (!isNotFound) {
      expect(new URL(canonicalHref).pathname, 'canonical URL points at this page').toBe(withBase(path));
    }

    // Open Graph title and description.
    const ogTitle = await metaContent(page, 'meta[property="og:title"]');
    const ogDescription = await metaContent(page, 'meta[property="og:description"]');
    expect(ogTitle?.trim() ?? '', 'og:title present and non-empty').not.toBe('');
    expect(ogDescription?.trim() ?? '', 'og:description present and non-empty').not.toBe('');

    // Favicon: an SVG that is actually served.
    const icon = page.locator('link[rel~="icon"][href$=".svg"]');
    await expect(icon, 'a favicon link to an SVG').toHaveCount(1);
    const iconUrl = new URL((await icon.getAttribute('href'))!, page.url()).href;
    const iconResponse = await request.get(iconUrl);
    expect(iconResponse.status(), `favicon ${iconUrl} is served`).toBe(200);
    expect(iconResponse.headers()['content-type'] ?? '', 'favicon is served as SVG').toContain('image/svg+xml');
  });
}

test('every page has a distinct title', async ({ page }) => {
  test.setTimeout(10_000 + 2_000 * builtPages().length);
  const byTitle = new Map<string, string[]>();
  for (const { path } of builtPages()) {
    await page.goto(withBase(path), { waitUntil: 'domcontentloaded' });
    const title = (await page.title()).trim();
    byTitle.set(title, [...(byTitle.get(title) ?? []), path]);
  }
  const duplicates = [...byTitle].filter(([, paths]) => paths.length > 1).map(([t, paths]) => `"${t}": ${paths.join(', ')}`);
  expect(duplicates, `titles shared by more than one page:\n${bulletList(duplicates)}`).toEqual([]);
  expect(byTitle.has(''), 'no page has an empty title').toBe(false);
});
