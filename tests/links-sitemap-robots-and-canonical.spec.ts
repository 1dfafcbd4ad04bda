// Search engines find every page once, at one address: the sitemap (sitemap-index.xml, written by
// @astrojs/sitemap, and the sitemaps it names) lists exactly the content pages at their canonical
// URLs, robots.txt points to it, and every page names its canonical URL.
import { test, expect, type APIRequestContext } from '@playwright/test';
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

/** An XML file of the site, fetched through the preview server: its status, type and text. */
async function fetchXml(request: APIRequestContext, sitePath: string): Promise<string> {
  const response = await request.get(withBase(sitePath));
  expect(response.status(), sitePath).toBe(200);
  expect(response.headers()['content-type'], sitePath).toMatch(/xml/);
  return response.text();
}
const values = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))].map((m) => m[1]!);

test('the sitemap lists every content page, and nothing else, at its canonical URL with the day it was last reviewed', async ({ request }) => {
  const index = await fetchXml(request, '/sitemap-index.xml');
  expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  const sitemaps = values(index, 'loc');
  expect(sitemaps.length).toBeGreaterThan(0);
  const listed: string[] = [];
  const lastmods: string[] = [];
  for (const sitemapUrl of sitemaps) {
    // Each sitemap is named by its public URL, under the base path.
    expect(sitemapUrl.startsWith(publicUrl('/'))).toBe(true);
    const xml = await fetchXml(request, '/' + sitemapUrl.slice(publicUrl('/').length));
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    listed.push(...values(xml, 'loc'));
    lastmods.push(...values(xml, 'lastmod'));
  }
  const expected = contentPages()
    .map((p) => publicUrl(p.path))
    .sort();
  expect(listed.sort()).toEqual(expected);
  // lastmod is the page's lastReviewed date (W3C date-time, as the sitemap protocol allows).
  expect(lastmods.map((date) => date.slice(0, 10)).sort()).toEqual(
    contentPages()
      .map((p) => p.lastReviewed)
      .sort(),
  );
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const response = await request.get(withBase('/robots.txt'));
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body).toMatch(/^User-agent: \*$/m);
  expect(body).not.toMatch(/^Disallow: \/\s*$/m);
  expect(body).toMatch(new RegExp(`^Sitemap: ${publicUrl('/sitemap-index.xml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
});

test('the not-found page asks not to be indexed', () => {
  const notFound = builtPages().find((p) => p.isNotFound);
  expect(notFound, 'no 404.html in the build').toBeDefined();
  const robots = elements(parseHtml(builtHtml(notFound!))).find((el) => el.tagName === 'meta' && attr(el, 'name') === 'robots');
  expect(robots && attr(robots, 'content')).toBe('noindex');
});
