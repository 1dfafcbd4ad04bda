// The urgency boxes (<Urgency level>): the three levels are told apart by words and border shape,
// not colour alone, on screen, in forced colours and on paper. (The trials list that shared this
// file moved: what its HTML says to tests/built-site/trials.spec.ts, the finder to
// tests/trials-finder.spec.ts.)
import { test, expect, type Page } from './helpers/test.ts';
import { withBase } from './helpers/site.ts';
import { printToText, squash } from './helpers/pdf.ts';

const URGENCY_PAGE = '/urgent-help/';

/** Border styles and label text of each urgency box on the page, as the browser computes them. */
async function urgencyBoxes(page: Page) {
  return page.locator('aside.urgency').evaluateAll((boxes) =>
    boxes.map((box) => {
      const style = getComputedStyle(box);
      const label = box.querySelector('.urgency__label')!;
      return {
        level: box.getAttribute('data-urgency'),
        name: box.getAttribute('aria-label'),
        label: label.textContent?.trim(),
        border: `${style.borderTopStyle} ${style.borderTopWidth} / left ${style.borderLeftWidth}`,
        labelRule: getComputedStyle(label).borderBottomStyle,
      };
    }),
  );
}

// One load of the urgent-help page: how the boxes look on screen, in forced colours (switched with
// page.emulateMedia, no reload) and on paper. Which boxes each page has, their names and the link to
// the urgent help section are read from the built HTML (tests/built-site/journeys.spec.ts).
test('the three urgency levels differ in border shape, not only colour, on screen and in forced colours, and print in black with their advice', async ({
  page,
}) => {
  await page.goto(withBase(URGENCY_PAGE));
  const onScreen = await urgencyBoxes(page);
  expect(onScreen.map((b) => b.level)).toEqual(['emergency', 'same-day', 'soon']);

  await test.step('the three levels differ in border shape, not only colour', async () => {
    const borders = onScreen.map((b) => b.border);
    expect(new Set(borders).size, `borders: ${borders.join(' | ')}`).toBe(3);
  });

  await test.step('in forced colours the boxes keep their borders and the emergency heading keeps a rule in place of its fill', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours emulated').toBe(true);
    const boxes = await urgencyBoxes(page);
    for (const box of boxes) expect(box.border, `${box.level} border`).not.toMatch(/^none/);
    expect(boxes.find((b) => b.level === 'emergency')!.labelRule).toBe('solid');
    expect(new Set(boxes.map((b) => b.border)).size).toBe(3);
    await page.emulateMedia({ forcedColors: 'none' });
  });

  await test.step('prints with each box heading and its advice, in black with the borders kept', async () => {
    const labels = onScreen.map((b) => b.label!);
    // The advice itself, from the page: the first item of each box's list must reach the paper too.
    const advice = await page.locator('aside.urgency li:first-child').evaluateAll((items) => items.map((item) => (item as HTMLElement).innerText));
    expect(advice.length).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    const printed = await page
      .locator('aside.urgency')
      .evaluateAll((boxes) =>
        boxes.map((box) => ({ color: getComputedStyle(box.querySelector('.urgency__label')!).color, border: getComputedStyle(box).borderTopStyle })),
      );
    for (const box of printed) {
      expect(box.color).toBe('rgb(0, 0, 0)');
      expect(box.border).not.toBe('none');
    }
    await page.emulateMedia({ media: 'screen' });
    const pdf = squash((await printToText(page, 'A4')).pages.join(''));
    for (const label of labels) expect(pdf, `"${label}" on paper`).toContain(squash(label));
    for (const item of advice) expect(pdf, `"${item.slice(0, 40)}…" on paper`).toContain(squash(item).slice(0, 40));
  });
});
