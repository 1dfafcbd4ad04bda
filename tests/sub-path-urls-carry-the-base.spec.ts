// The site works from a sub-path (BASE_PATH, e.g. /lupus-msc/): every URL a page writes stays
// under the base. Meaningful in both runs of `npm test`: at the root the base is "/", and the
// second run builds and tests with BASE_PATH=/lupus-msc/ (scripts/test.mjs).
import { test, expect } from '@playwright/test';
import { builtHtml, builtPages } from './helpers/pages.ts';
import { attr, elements, parseHtml } from './helpers/html.ts';
import { basePath, SITE_URL, withBase } from './helpers/site.ts';
import { bulletList } from './helpers/format.ts';

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data-url'];

for (const page of builtPages()) {
  test(`every URL on ${page.path} stays under the base path ${basePath()}`, () => {
    const outside: string[] = [];
    const publicBase = new URL(basePath(), SITE_URL).href;
    for (const el of elements(parseHtml(builtHtml(page)))) {
      for (const name of URL_ATTRIBUTES) {
        const value = attr(el, name);
        if (!value) continue;
        if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith(basePath())) outside.push(`<${el.tagName} ${name}="${value}">`);
        if (value.startsWith(new URL(SITE_URL).origin) && !value.startsWith(publicBase)) outside.push(`<${el.tagName} ${name}="${value}">`);
      }
      const content = el.tagName === 'meta' ? attr(el, 'content') : undefined;
      if (content?.startsWith(new URL(SITE_URL).origin) && !content.startsWith(publicBase)) outside.push(`<meta content="${content}">`);
    }
    expect(outside, `URLs outside ${basePath()} on ${page.path}:\n${bulletList(outside)}`).toEqual([]);
  });
}

test('the home page and its stylesheet are served under the base path', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  const response = await page.goto(withBase('/'));
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname.startsWith(basePath())).toBe(true);
  const styled = await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0));
  expect(styled, 'the stylesheet did not load').toBe(true);
  expect(failed).toEqual([]);
});
