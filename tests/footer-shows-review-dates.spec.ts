import { test, expect } from '@playwright/test';
import { builtPages, contentPages } from './helpers/pages.ts';
import { toSitePath, withBase } from './helpers/site.ts';

const FOOTER_LINKS = ['/sources/', '/glossary/', '/about/', '/about/accessibility/', '/about/privacy/'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

for (const { path } of contentPages()) {
  test(`${path} shows when it was last reviewed and when the next review is due`, async ({ page }) => {
    await page.goto(withBase(path));
    const footer = page.locator('footer').filter({ has: page.locator('.review-dates') });
    await expect(footer, 'one footer with review dates').toHaveCount(1);
    const dates = footer.locator('.review-dates');
    await expect(dates).toContainText('Last reviewed');
    await expect(dates).toContainText('Next review due');

    const times = dates.locator('time[datetime]');
    await expect(times, 'two <time datetime> elements: last reviewed, next review').toHaveCount(2);
    const [last, next] = await times.evaluateAll((els) =>
      els.map((el) => ({ datetime: el.getAttribute('datetime') ?? '', text: (el.textContent ?? '').trim() })),
    );
    for (const t of [last!, next!]) {
      expect(t.datetime, `datetime "${t.datetime}" is a YYYY-MM-DD date`).toMatch(ISO_DATE);
      expect(Number.isNaN(Date.parse(t.datetime)), `datetime "${t.datetime}" parses`).toBe(false);
      expect(t.text, 'the date is also written out for readers').not.toBe('');
    }
    // "Last reviewed" comes before "Next review due" in the text, and the dates follow suit.
    const text = (await dates.textContent()) ?? '';
    expect(text.indexOf('Last reviewed')).toBeLessThan(text.indexOf('Next review due'));
    expect(
      Date.parse(next!.datetime),
      `next review ${next!.datetime} must be after last review ${last!.datetime}`,
    ).toBeGreaterThan(Date.parse(last!.datetime));
  });

  test(`${path} footer links to sources, glossary, about, accessibility and privacy`, async ({ page }) => {
    await page.goto(withBase(path));
    const aboutNav = page.locator('footer nav[aria-label="About this site"]');
    await expect(aboutNav).toHaveCount(1);
    const hrefs = await aboutNav
      .locator('a[href]')
      .evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
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
