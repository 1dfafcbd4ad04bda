// Citation markers on screen: a repeated citation within a paragraph is shown once, and a marker
// never makes a line taller or starts a line, at 390 px, where lines are shortest. How markers are
// laid out depends on how each kind of block is styled, so tests/every-page-in-the-browser.spec.ts
// checks it on the pages that between them show every class name. Numbering, ids and back-links
// are read from every built page in tests/built-site/every-page.spec.ts.
import type { Page } from '@playwright/test';

/** What is wrong with the citation markers of the page at 390 px; the viewport is left at 1280×720. */
export async function citationMarkerProblems(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: 390, height: 844 });
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const numbers = (group: Element) => [...group.querySelectorAll('a.citation')].map((a) => a.textContent!.replace(/\D/g, '')).join(',');
    // The same source at another place ("reference 3, Table 2" after "reference 3, Table 1") is not a repeat.
    const cited = (group: Element) => [...group.querySelectorAll('a.citation')].map((a) => a.getAttribute('aria-label')).join(';');
    for (const block of document.querySelectorAll('main :is(p, td, th, li)')) {
      const groups = [...block.querySelectorAll('.citation-group')].filter((g) => g.parentElement!.closest('p, td, th, li') === block);
      // The same sources cited twice in a row within one paragraph: the first should have gone.
      groups.forEach((g, i) => {
        if (i > 0 && cited(g) === cited(groups[i - 1]!)) out.push(`[${numbers(g)}] twice in a row in "${block.textContent!.trim().slice(0, 50)}…"`);
      });
      if (!groups.length) continue;
      // Even line height: the block is exactly as tall as its lines of text.
      const lineHeight = parseFloat(getComputedStyle(block).lineHeight);
      const bottoms = new Set<number>();
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement!.closest('.citation-group, .visually-hidden')) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.width > 0) bottoms.add(Math.round(r.bottom));
      }
      const lines = [...bottoms].sort((a, b) => a - b).filter((b, i, all) => i === 0 || b - all[i - 1]! > 4).length;
      const height = block.getBoundingClientRect().height - parseFloat(getComputedStyle(block).paddingTop) - parseFloat(getComputedStyle(block).paddingBottom);
      if (block.matches('p') && height > lines * lineHeight + 1)
        out.push(`"${block.textContent!.trim().slice(0, 50)}…" is ${Math.round(height)}px tall for ${lines} lines of ${lineHeight}px`);
      // Each marker sits on the line of the word before it: its top is above that word's bottom.
      for (const g of groups) {
        const before = g.previousSibling;
        if (!before) continue;
        const range = document.createRange();
        range.selectNodeContents(before);
        const last = [...range.getClientRects()].filter((r) => r.width > 0).at(-1);
        if (last && g.getBoundingClientRect().top > last.bottom - 2) out.push(`marker [${numbers(g)}] starts a line of its own`);
      }
    }
    return out;
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  return problems.map((problem) => `at 390 px: ${problem}`);
}
