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

    const citations = await page
      .locator('a.citation')
      .evaluateAll((els) => els.map((a) => ({ href: a.getAttribute('href') ?? '', id: a.id, text: (a.textContent ?? '').trim() })));
    expect(citations.length).toBeGreaterThan(0);

    const section = page.locator('section.references');
    await expect(section, 'one section.references').toHaveCount(1);
    const labelledBy = await section.getAttribute('aria-labelledby');
    expect(labelledBy, 'section.references is labelled by its heading').toBeTruthy();
    const heading = page.locator(`[id="${labelledBy}"]`);
    await expect(heading).toHaveText('References');
    expect(await heading.evaluate((el) => /^H[1-6]$/.test(el.tagName)), 'the label is a heading').toBe(true);

    const problems: string[] = [];

    // Numbering in order of first appearance; each citation instance has its own id
    // cite-<n>-<occurrence> and links to its own arrival point ref-<n>-<occurrence>.
    const firstSeen: number[] = [];
    const occurrences = new Map<number, string[]>();
    for (const c of citations) {
      const m = /^#ref-(\d+)-(\d+)$/.exec(c.href);
      if (!m) {
        problems.push(`citation "${c.text}" has href "${c.href}", not #ref-N-K`);
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
      if (c.href !== `#ref-${n}-${ids.length}`) problems.push(`citation ${c.id} links to ${c.href}, expected its own arrival point #ref-${n}-${ids.length}`);
    }
    const expectedOrder = firstSeen.map((_, i) => i + 1);
    if (JSON.stringify(firstSeen) !== JSON.stringify(expectedOrder)) {
      problems.push(`reference numbers by first appearance are [${firstSeen.join(', ')}], expected [${expectedOrder.join(', ')}]`);
    }

    // The reference list: exactly ref-1..ref-k in order, each with back-links to every citation,
    // each inside the arrival point of the citation it returns to (ref-N-K around #cite-N-K).
    const items = await section.locator(':scope ol > li').evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.id,
        backLinks: Array.from(li.querySelectorAll('a[href^="#cite-"]')).map((a) => a.getAttribute('href') ?? ''),
        misplaced: Array.from(li.querySelectorAll('a[href^="#cite-"]'))
          .filter((a) => a.closest('[id]')?.id !== a.getAttribute('href')!.replace('#cite-', 'ref-'))
          .map((a) => a.getAttribute('href')),
      })),
    );
    for (const item of items) for (const href of item.misplaced) problems.push(`back-link ${href} is not inside the arrival point of that citation`);
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
    const counts = await page.evaluate((hrefs) => hrefs.map((h) => document.querySelectorAll(`[id="${h.slice(1)}"]`).length), allBack);
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

  test(`${path}: a repeated citation within a paragraph is shown once, and markers never make a line taller or start a line`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(withBase(path));
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      const numbers = (group: Element) => [...group.querySelectorAll('a.citation')].map((a) => a.textContent!.replace(/\D/g, '')).join(',');
      for (const block of document.querySelectorAll('main :is(p, td, th, li)')) {
        const groups = [...block.querySelectorAll('.citation-group')].filter((g) => g.parentElement!.closest('p, td, th, li') === block);
        // The same sources cited twice in a row within one paragraph: the first should have gone.
        groups.forEach((g, i) => {
          if (i > 0 && numbers(g) === numbers(groups[i - 1]!)) out.push(`[${numbers(g)}] twice in a row in "${block.textContent!.trim().slice(0, 50)}…"`);
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
        const height =
          block.getBoundingClientRect().height - parseFloat(getComputedStyle(block).paddingTop) - parseFloat(getComputedStyle(block).paddingBottom);
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
    expect(problems, `${path} at 390 px:\n${bulletList(problems)}`).toEqual([]);
  });
}

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
    groups.flatMap((group) => {
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
  const lone = page.locator('.citation-group:not(:has(a ~ a)) a.citation').first();
  await lone.scrollIntoViewIfNeeded();
  const box = (await lone.boundingBox())!;
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.id, [box.x + box.width / 2, box.y + box.height / 2 - 10]);
  expect(hit).toBe(await lone.getAttribute('id'));
});
