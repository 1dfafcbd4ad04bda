import { test, expect } from '@playwright/test';
import { builtHtml, builtPages, contentPages, templatePages } from './helpers/pages.ts';
import { attr, elements, parseHtml, text } from './helpers/html.ts';
import { toSitePath, withBase } from './helpers/site.ts';

const FOOTER_LINKS = ['/sources/', '/glossary/', '/about/', '/about/accessibility/', '/about/privacy/'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// The dates come from each page's frontmatter, so every content page is checked; the markup is
// static, so the built HTML is read without a browser.
for (const builtPage of contentPages()) {
  test(`${builtPage.path} shows when it was last reviewed and when the next review is due`, () => {
    const all = elements(parseHtml(builtHtml(builtPage)));
    const footers = all.filter((el) => el.tagName === 'footer' && elements(el).some((child) => /\breview-dates\b/.test(attr(child, 'class') ?? '')));
    expect(footers, 'one footer with review dates').toHaveLength(1);
    const dates = elements(footers[0]!).find((el) => /\breview-dates\b/.test(attr(el, 'class') ?? ''))!;
    const words = text(dates);
    expect(words).toContain('Last reviewed');
    expect(words).toContain('Next review due');

    const times = elements(dates).filter((el) => el.tagName === 'time' && attr(el, 'datetime') !== undefined);
    expect(times, 'two <time datetime> elements: last reviewed, next review').toHaveLength(2);
    const [last, next] = times.map((el) => ({ datetime: attr(el, 'datetime')!, text: text(el) }));
    for (const t of [last!, next!]) {
      expect(t.datetime, `datetime "${t.datetime}" is a YYYY-MM-DD date`).toMatch(ISO_DATE);
      expect(Number.isNaN(Date.parse(t.datetime)), `datetime "${t.datetime}" parses`).toBe(false);
      expect(t.text, 'the date is also written out for readers').not.toBe('');
    }
    // "Last reviewed" comes before "Next review due" in the text, and the dates follow suit.
    expect(words.indexOf('Last reviewed')).toBeLessThan(words.indexOf('Next review due'));
    expect(Date.parse(next!.datetime), `next review ${next!.datetime} must be after last review ${last!.datetime}`).toBeGreaterThan(Date.parse(last!.datetime));
  });
}

// The footer's links are page chrome: proven once per page template.
for (const { path } of templatePages()) {
  test(`${path} footer links to sources, glossary, about, accessibility and privacy`, async ({ page }) => {
    await page.goto(withBase(path));
    const aboutNav = page.locator('footer nav[aria-label="About this site"]');
    await expect(aboutNav).toHaveCount(1);
    const hrefs = await aboutNav.locator('a[href]').evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    const paths = hrefs.map((h) => toSitePath(h, page.url()));
    for (const wanted of FOOTER_LINKS) {
      expect(paths, `footer links to ${wanted}`).toContain(wanted);
    }
  });
}

test('the footer links resolve', async ({ request }) => {
  for (const target of FOOTER_LINKS) {
    const response = await request.get(withBase(target));
    expect(response.status(), `${target} answers 200`).toBe(200);
  }
});

test('the not-found page does not claim review dates', async ({ page }) => {
  const notFound = builtPages().find((p) => p.isNotFound);
  expect(notFound, 'dist/404.html was built').toBeTruthy();
  await page.goto(withBase(notFound!.path));
  await expect(page.locator('.review-dates')).toHaveCount(0);
});
