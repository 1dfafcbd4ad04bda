import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtml, builtPages, PROJECT_ROOT } from './helpers/pages.ts';
import { withBase } from './helpers/site.ts';
import { bulletList } from './helpers/format.ts';

// Pages whose built HTML contains citation links; the browser checks below run on each of them.
const CITATION_MARK = /<a\b[^>]*\bclass="[^"]*\bcitation\b/;
const pagesWithCitations = builtPages().filter((p) => CITATION_MARK.test(builtHtml(p)));

test('the site cites its sources somewhere', () => {
  // A fully sourced site with no citation at all means citations stopped rendering.
  expect(pagesWithCitations.length, 'pages with a.citation links').toBeGreaterThan(0);
});

test('editor notes on sources never reach readers: no page shows any part of an editorNote', () => {
  // editorNote says how a source was read, its reliability and fact-sheet keys; only readerNote is shown.
  const yaml = readFileSync(join(PROJECT_ROOT, 'content', 'sources.yaml'), 'utf8');
  const notes = [...yaml.matchAll(/^\s+editorNote:\s*"(.+)"\s*$/gm)].map((m) => m[1]!);
  expect(notes.length, 'editorNote entries in content/sources.yaml (the check would be empty without them)').toBeGreaterThan(0);
  // The first 30 characters of each note, as the HTML would carry them.
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\\"/g, '&quot;');
  const fragments = notes.map((n) => escape(n.slice(0, 30)));
  const leaks: string[] = [];
  for (const p of builtPages()) {
    const html = builtHtml(p);
    for (const fragment of fragments) if (html.includes(fragment)) leaks.push(`${p.path}: "${fragment}…"`);
  }
  expect(leaks, `editor notes shown to readers:\n${bulletList(leaks)}`).toEqual([]);
});

for (const { path } of pagesWithCitations) {
  test(`${path}: citations are numbered in order and link both ways with the references`, async ({ page }) => {
    await page.goto(withBase(path));

    const citations = await page.locator('a.citation').evaluateAll((els) =>
      els.map((a) => ({ href: a.getAttribute('href') ?? '', id: a.id, text: (a.textContent ?? '').trim() })),
    );
    expect(citations.length).toBeGreaterThan(0);

    const section = page.locator('section.references');
    await expect(section, 'one section.references').toHaveCount(1);
    const labelledBy = await section.getAttribute('aria-labelledby');
    expect(labelledBy, 'section.references is labelled by its heading').toBeTruthy();
    const heading = page.locator(`[id="${labelledBy}"]`);
    await expect(heading).toHaveText('References');
    expect(await heading.evaluate((el) => /^H[1-6]$/.test(el.tagName)), 'the label is a heading').toBe(true);

    const problems: string[] = [];

    // Citation hrefs, numbering in order of first appearance, and ids cite-<n>-<occurrence>.
    const firstSeen: number[] = [];
    const occurrences = new Map<number, string[]>();
    for (const c of citations) {
      const m = /^#ref-(\d+)$/.exec(c.href);
      if (!m) {
        problems.push(`citation "${c.text}" has href "${c.href}", not #ref-N`);
        continue;
      }
      const n = Number(m[1]);
      if (!occurrences.has(n)) {
        firstSeen.push(n);
        occurrences.set(n, []);
      }
      const ids = occurrences.get(n)!;
      ids.push(c.id);
      const wantedId = `cite-${n}-${ids.length}`;
      if (c.id !== wantedId) problems.push(`citation ${ids.length} of [${n}] has id "${c.id}", expected "${wantedId}"`);
    }
    const expectedOrder = firstSeen.map((_, i) => i + 1);
    if (JSON.stringify(firstSeen) !== JSON.stringify(expectedOrder)) {
      problems.push(`reference numbers by first appearance are [${firstSeen.join(', ')}], expected [${expectedOrder.join(', ')}]`);
    }

    // The reference list: exactly ref-1..ref-k in order, each with back-links to every citation.
    const items = await section.locator(':scope ol > li').evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.id,
        backLinks: Array.from(li.querySelectorAll('a[href^="#cite-"]')).map((a) => a.getAttribute('href') ?? ''),
      })),
    );
    const itemIds = items.map((i) => i.id);
    const wantedIds = expectedOrder.map((n) => `ref-${n}`);
    if (JSON.stringify(itemIds) !== JSON.stringify(wantedIds)) {
      problems.push(`reference items are [${itemIds.join(', ')}], expected [${wantedIds.join(', ')}]`);
    }
    for (const [n, ids] of occurrences) {
      const item = items.find((i) => i.id === `ref-${n}`);
      if (!item) {
        problems.push(`citation [${n}] points to #ref-${n}, which is not an item of the reference list`);
        continue;
      }
      const wantedBack = ids.map((id) => `#${id}`).sort();
      const back = [...item.backLinks].sort();
      if (JSON.stringify(back) !== JSON.stringify(wantedBack)) {
        problems.push(`ref-${n} back-links [${back.join(', ')}], expected [${wantedBack.join(', ')}]`);
      }
    }

    // Every back-link target exists, exactly once.
    const allBack = items.flatMap((i) => i.backLinks);
    const counts = await page.evaluate(
      (hrefs) => hrefs.map((h) => document.querySelectorAll(`[id="${h.slice(1)}"]`).length),
      allBack,
    );
    allBack.forEach((h, i) => {
      if (counts[i] !== 1) problems.push(`back-link ${h} targets ${counts[i]} elements`);
    });

    expect(problems, `citation problems on ${path}:\n${bulletList(problems)}`).toEqual([]);

    // And the link really goes there: following the first citation lands on its reference.
    const first = page.locator('a.citation').first();
    const target = (await first.getAttribute('href'))!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(`${target}`)).toBeInViewport();
  });
}
