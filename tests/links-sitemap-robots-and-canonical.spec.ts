// Search engines find every page once, at one address: sitemap.xml lists exactly the content pages
// at their canonical URLs, robots.txt points to it, and every page names its canonical URL.
import { test, expect } from '@playwright/test';
import { builtPages, builtHtml, contentPages } from './helpers/pages.ts';
import { attr, elements, parseHtml } from './helpers/html.ts';
import { publicUrl, withBase } from './helpers/site.ts';

test('every page has exactly one canonical URL: absolute, on the public site, under the base path', () => {
  const problems: string[] = [];
  for (const page of builtPages()) {
    const canonicals = elements(parseHtml(builtHtml(page))).filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical');
    const hrefs = canonicals.map((el) => attr(el, 'href'));
    if (hrefs.length !== 1 || hrefs[0] !== publicUrl(page.path)) {
      problems.push(`${page.path}: ${JSON.stringify(hrefs)}, expected ["${publicUrl(page.path)}"]`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('sitemap.xml lists every content page, and nothing else, at its canonical URL', async ({ request }) => {
  const response = await request.get(withBase('/sitemap.xml'));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const xml = await response.text();
  expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
  const expected = contentPages().map((p) => publicUrl(p.path)).sort();
  expect(listed).toEqual(expected);
  const lastmods = [...xml.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((m) => m[1]);
  expect(lastmods).toHaveLength(expected.length);
  for (const date of lastmods) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const response = await request.get(withBase('/robots.txt'));
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body).toMatch(/^User-agent: \*$/m);
  expect(body).not.toMatch(/^Disallow: \/\s*$/m);
  expect(body).toMatch(new RegExp(`^Sitemap: ${publicUrl('/sitemap.xml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
});

test('the not-found page asks not to be indexed', () => {
  const notFound = builtPages().find((p) => p.isNotFound);
  expect(notFound, 'no 404.html in the build').toBeDefined();
  const robots = elements(parseHtml(builtHtml(notFound!))).find((el) => el.tagName === 'meta' && attr(el, 'name') === 'robots');
  expect(robots && attr(robots, 'content')).toBe('noindex');
});
