// Tables never hide a column (issue 20): at every width a reader may have, each table on each page
// either fits, becomes cards (tables.css, by the table's own width), or scrolls inside its labelled,
// focusable region with a visible "Scroll sideways" cue. Measured, for every cell and caption, at
// 1280, 1024, 768 and 390 px and at 200% zoom of a 1280 px window (a 640 px layout viewport at
// device scale 2, as the browser lays out a zoomed page; the layout depends only on the 640 px, so
// the device scale is left at 1): the cell is drawn, its content fits in it, and it is inside every
// box that clips it, or inside a scrolling table region that reaches it. The caption, which names
// the table, must be seen without scrolling. One page load per page: the browser lays the page out
// again at each width, as when a window is resized or zoomed.
import { test, expect } from './helpers/test.ts';
import { builtHtml, builtPages } from './helpers/pages.ts';
import { withBase } from './helpers/site.ts';
import { bulletList } from './helpers/format.ts';

const WIDTHS = [
  { name: '1280 px', width: 1280, height: 800 },
  { name: '1024 px', width: 1024, height: 768 },
  { name: '768 px', width: 768, height: 1024 },
  { name: '390 px', width: 390, height: 844 },
  { name: '1280 px at 200% zoom', width: 640, height: 400 },
];

const pagesWithTables = builtPages().filter((page) => /<table\b/.test(builtHtml(page)));

test('the site has tables to check', () => {
  expect(pagesWithTables.length, 'pages with a <table>').toBeGreaterThan(0);
});

for (const { path } of pagesWithTables) {
  test(`${path}: every table fits, becomes cards, or scrolls in a labelled region with a cue, at every width and at 200% zoom`, async ({ page }) => {
    test.setTimeout(60_000);
    const problems: string[] = [];
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: WIDTHS[0]!.width, height: WIDTHS[0]!.height });
    await page.goto(withBase(path));
    for (const size of WIDTHS) {
      await page.setViewportSize({ width: size.width, height: size.height });
      // The page has been laid out again at this width once the window reports it.
      await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBeLessThanOrEqual(size.width);
      // Scroll-state queries (the cue) are updated at the next frames, after layout.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const found = await page.evaluate(() => {
        const out: string[] = [];
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth + 1) out.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth} px)`);
        const tables = [...document.querySelectorAll('main table')];
        tables.forEach((table, t) => {
          const name = `table ${t + 1} ("${table.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? 'no caption'}")`;
          const region = table.closest<HTMLElement>('.table-region');
          if (!region) {
            out.push(`${name} is not inside a table region`);
            return;
          }
          const scrolls = region.scrollWidth > region.clientWidth + 1;
          const cards = getComputedStyle(table).display === 'block';
          if (scrolls) {
            if (region.tabIndex !== 0) out.push(`${name} scrolls but its region cannot take keyboard focus`);
            if (!region.getAttribute('aria-label')) out.push(`${name} scrolls but its region has no name`);
          }
          const cue = region.querySelector<HTMLElement>('.table-region__cue');
          if (!cue) out.push(`${name} has no "Scroll sideways" cue`);
          else if (scrolls && !cue.checkVisibility()) out.push(`${name} scrolls but shows no "Scroll sideways" cue`);
          else if (!scrolls && cue.checkVisibility()) out.push(`${name} fits but shows "Scroll sideways"`);

          const regionBox = region.getBoundingClientRect();
          for (const cell of table.querySelectorAll<HTMLElement>('caption, th, td')) {
            const what = `${name}, ${cell.tagName.toLowerCase()} "${cell.textContent?.trim().slice(0, 30)}"`;
            // As cards, the column headers are hidden from sight and repeated as each value's label.
            if (cards && cell.closest('thead')) continue;
            if (!cell.checkVisibility()) {
              out.push(`${what} is not drawn`);
              continue;
            }
            const box = cell.getBoundingClientRect();
            if (box.width < 1 || box.height < 1) out.push(`${what} has no size`);
            // The words the cell shows stay inside the cell (not the words kept for screen readers,
            // nor definitions that open over the page).
            const words = { left: Infinity, right: -Infinity };
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden, [popover]')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const r of range.getClientRects()) {
                if (r.width === 0) continue;
                words.left = Math.min(words.left, r.left);
                words.right = Math.max(words.right, r.right);
              }
            }
            if (words.right > words.left && (words.left < box.left - 1 || words.right > box.right + 1))
              out.push(
                `${what}: its content runs outside the cell (${Math.round(words.left)}–${Math.round(words.right)} in ${Math.round(box.left)}–${Math.round(box.right)} px)`,
              );
            // The caption names the table: seen whole without scrolling.
            if (cell.tagName === 'CAPTION' && (words.left < regionBox.left - 1 || words.right > regionBox.right + 1))
              out.push(`${what}: the caption runs outside the visible table (needs scrolling to read)`);
            // Every ancestor that clips: the cell is inside it, or it is the table's region and scrolls to it.
            for (let el = cell.parentElement; el && el !== root; el = el.parentElement) {
              const s = getComputedStyle(el);
              if (s.overflowX === 'visible') continue;
              const clip = el.getBoundingClientRect();
              if (box.left >= clip.left - 1 && box.right <= clip.right + 1) continue;
              const reachable = el === region && (s.overflowX === 'auto' || s.overflowX === 'scroll') && scrolls;
              if (!reachable) out.push(`${what} is cut off by ${el.tagName.toLowerCase()}.${el.className}`);
            }
            // Outside every scrolling region, the window itself must show the whole cell.
            if (!scrolls && (box.left < -1 || box.right > root.clientWidth + 1)) out.push(`${what} is outside the window`);
          }
        });
        return { out, tables: tables.length };
      });
      expect(found.tables, `${path} at ${size.name}: the tables of the built page are on screen`).toBeGreaterThan(0);
      problems.push(...found.out.map((p) => `${size.name}: ${p}`));
    }
    expect(problems, `${path}:\n${bulletList(problems)}`).toEqual([]);
  });
}
