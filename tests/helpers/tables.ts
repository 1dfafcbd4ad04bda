// Tables never hide a column (issue 20): at every width a reader may have, each table either fits,
// becomes cards (tables.css, by the table's own width), or scrolls inside its labelled, focusable
// region with a visible "Scroll sideways" cue. Measured, for every cell and caption, at 1280, 1024,
// 768, 390 and 320 px and at 200% zoom of a 1280 px window (a 640 px layout viewport at device
// scale 2, as the browser lays out a zoomed page; the layout depends only on the 640 px, so the
// device scale is left at 1): the cell is drawn, its content fits in it, and it is inside every
// box that clips it, or inside a scrolling table region that reaches it. The caption, which names
// the table, must be seen without scrolling. On a phone (390 and 320 px, issue 12) nothing scrolls
// sideways: every table is cards, and every value shows its column's label. The page is loaded
// once and laid out again at each width, as when a window is resized or zoomed
// (tests/every-page-in-the-browser.spec.ts, on every page with a table).
import { expect, type Page } from '@playwright/test';

const WIDTHS = [
  { name: '1280 px', width: 1280, height: 800, phone: false },
  { name: '1024 px', width: 1024, height: 768, phone: false },
  { name: '768 px', width: 768, height: 1024, phone: false },
  { name: '390 px', width: 390, height: 844, phone: true },
  { name: '320 px', width: 320, height: 640, phone: true },
  { name: '1280 px at 200% zoom', width: 640, height: 400, phone: false },
];

/** Every problem of every table of the page, at each width; the viewport is left at 1280×720. */
export async function tableProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  // A table folded in a page's technical layer (MoreDetail) is measured open, as the reader who opens it sees it.
  const opened = await page.evaluate(() => {
    const closed = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')].filter((fold) => fold.querySelector('table'));
    for (const fold of closed) fold.open = true;
    return closed.length;
  });
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // The page has been laid out again at this width once the window reports it.
    await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBeLessThanOrEqual(size.width);
    // Scroll-state queries (the cue) are updated at the next frames, after layout.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const found = await page.evaluate((phone) => {
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
        if (phone && scrolls) out.push(`${name} scrolls sideways on a phone instead of becoming cards`);
        if (phone && !cards) out.push(`${name} is not shown as cards on a phone`);
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
          // As cards, each value shows its column's name (the header row is hidden from sight).
          if (cards && cell.matches('td') && !getComputedStyle(cell, '::before').content.includes(cell.dataset.label ?? '\u0000'))
            out.push(`${what} has no visible label`);
          // Outside every scrolling region, the window itself must show the whole cell.
          if (!scrolls && (box.left < -1 || box.right > root.clientWidth + 1)) out.push(`${what} is outside the window`);
        }
      });
      return { out, tables: tables.length };
    }, size.phone);
    expect(found.tables, `${path} at ${size.name}: the tables of the built page are on screen`).toBeGreaterThan(0);
    problems.push(...found.out.map((p) => `${size.name}: ${p}`));
  }
  if (opened > 0)
    await page.evaluate(() => {
      for (const fold of document.querySelectorAll<HTMLDetailsElement>('main details.more-detail[open]')) fold.open = false;
    });
  await page.setViewportSize({ width: 1280, height: 720 });
  return problems;
}
