// Citations in the browser: markers that do not disturb the text, and back-links that return the
// reader to the very citation they came from.
import { test, expect } from './helpers/test.ts';
import { builtHtml, builtPages } from './helpers/pages.ts';
import { withBase } from './helpers/site.ts';

const CITATION_MARK = /<a\b[^>]*\bclass="[^"]*\bcitation\b/;
const pagesWithCitations = builtPages().filter((p) => CITATION_MARK.test(builtHtml(p)));

// How markers sit in the text is a step of every-page-in-the-browser.spec.ts (tests/helpers/citations.ts).

const pageWithRepeats = pagesWithCitations.find((p) => /id="cite-\d+-3"/.test(builtHtml(p)));

test('a back-link returns the reader to the very citation they came from, by mouse and by keyboard', async ({ page }) => {
  expect(pageWithRepeats, 'a page that cites one source at least three times').toBeTruthy();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(withBase(pageWithRepeats!.path));
  // The third citation of a source, not the first.
  const citation = page.locator('a.citation[id$="-3"]').first();
  const id = (await citation.getAttribute('id'))!;
  const [, n] = /^cite-(\d+)-3$/.exec(id)!;
  await citation.click();
  const arrival = page.locator(`#ref-${n}-3`);
  await expect(arrival).toBeInViewport();
  // The entry is highlighted, and so is the back-link to this citation.
  await expect(page.locator(`#ref-${n}`)).toHaveCSS('outline-style', 'solid');
  const backLink = arrival.locator('a');
  await expect(backLink).toHaveAccessibleName(`Back to citation c of reference ${n} in the text`);
  await expect(backLink).toHaveCSS('font-weight', '700');
  // The first Tab after arriving goes to the back-link of this citation.
  await page.keyboard.press('Tab');
  await expect(backLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await expect(page.locator('a.citation[id$="-1"]', { has: page.locator(`text=${n}`) }).first()).not.toBeInViewport();
});

test('each citation marker has a tap target of at least 24 by 24 px without widening the text', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(withBase(pagesWithCitations[0]!.path));
  const problems = await page.locator('.citation-group').evaluateAll((groups) =>
    // Markers inside a folded box (the investigational line's explanation) are not on screen to tap.
    groups
      .filter((group) => group.checkVisibility())
      .flatMap((group) => {
        const links = [...group.querySelectorAll<HTMLElement>('a.citation')];
        const out: string[] = [];
        links.forEach((link, index) => {
          const name = `reference ${link.textContent} in [${group.textContent!.replace(/\u2060/g, '')}]`;
          // The visible marker stays small: no wider than its digits (under 20 px at this size).
          const box = link.getBoundingClientRect();
          if (box.width >= 20) out.push(`${name} is drawn ${Math.round(box.width)}px wide`);
          // The invisible hit area: 24 px high; 24 px wide unless it sits between two neighbours.
          const area = getComputedStyle(link, '::after');
          const middle = index > 0 && index < links.length - 1;
          if (parseFloat(area.height) < 24 || (!middle && parseFloat(area.width) < 24)) out.push(`${name} has a ${area.width} × ${area.height} hit area`);
          // A tap on the number itself reaches it, not a neighbour's hit area.
          link.scrollIntoView({ block: 'center' });
          const r = link.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('a');
          if (hit !== link) out.push(`a tap on ${name} reaches ${hit ? `#${hit.id}` : 'nothing'}`);
        });
        return out;
      }),
  );
  expect(problems).toEqual([]);
  // And the hit area really takes the tap: 10 px above a lone marker's centre still hits it.
  const lone = page.locator('.citation-group:not(:has(a ~ a)) a.citation').filter({ visible: true }).first();
  await lone.scrollIntoViewIfNeeded();
  const box = (await lone.boundingBox())!;
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.id, [box.x + box.width / 2, box.y + box.height / 2 - 10]);
  expect(hit).toBe(await lone.getAttribute('id'));
});
