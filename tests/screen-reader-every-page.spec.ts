// What a screen reader user hears on every page (issue 5): the virtual screen reader walks each
// whole page and the spoken log is checked for landmarks, the heading outline, named controls and
// reference links. DOM checks cover what the log cannot show well: link texts out of context,
// table captions and headers, abbreviations and language changes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { builtPages, PAGE_TEMPLATES, PROJECT_ROOT } from './helpers/pages.ts';
import { withBase } from './helpers/site.ts';
import { structureOnly, walkWholePage } from './helpers/screen-reader.ts';
import { bulletList } from './helpers/format.ts';

for (const { path, isNotFound } of builtPages()) {
  test(`${path}: a screen reader walk announces landmarks, the heading outline and named links; links make sense out of context; tables, abbreviations and languages are marked up`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(withBase(path));
    // First what the markup says (read before the walk, which moves a virtual cursor through the page).
    const markupProblems = await page.evaluate(() => {
      const out: string[] = [];
      const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
      // The accessible name of a link as these pages build it (text, including visually hidden
      // words; aria-label when present).
      const name = (a: HTMLAnchorElement) => clean(a.getAttribute('aria-label') ?? a.textContent);
      const byName = new Map<string, Set<string>>();
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        const n = name(a).toLowerCase();
        if (!n) out.push(`empty link to ${a.getAttribute('href')}`);
        if (/^(click here|here|read more|more|link|this page|find out more)$/.test(n)) out.push(`link text "${name(a)}" means nothing out of context`);
        // Every citation of reference N lands in the entry of reference N (at its own back-link,
        // #ref-N-K): one place for the reader, whichever citation they followed.
        byName.set(n, (byName.get(n) ?? new Set()).add(a.href.replace(/#ref-(\d+)-\d+$/, '#ref-$1')));
      }
      for (const [n, targets] of byName) if (targets.size > 1) out.push(`"${n}" links to ${targets.size} different places: ${[...targets].join(', ')}`);
      for (const table of document.querySelectorAll('table')) {
        if (!clean(table.caption?.textContent)) out.push('a table without a caption');
        if (!table.querySelector('thead th[scope="col"], thead th')) out.push(`table "${clean(table.caption?.textContent)}" has no column headers`);
      }
      for (const abbr of document.querySelectorAll('abbr')) {
        if (!clean(abbr.title)) out.push(`abbreviation "${clean(abbr.textContent)}" has no expansion (title)`);
      }
      // Any change of language is a valid tag and not the page's own.
      const pageLang = document.documentElement.lang;
      if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(pageLang)) out.push(`page language "${pageLang}" is not a language tag`);
      for (const el of document.body.querySelectorAll('[lang]')) {
        const lang = el.getAttribute('lang')!;
        if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang)) out.push(`lang="${lang}" is not a language tag`);
        else if (lang === pageLang) out.push(`lang="${lang}" repeats the page language on ${el.tagName.toLowerCase()}`);
      }
      // Timelines are ordered lists of items.
      for (const timeline of document.querySelectorAll('.timeline')) {
        if (timeline.tagName !== 'OL' || [...timeline.children].some((c) => c.tagName !== 'LI')) out.push('a timeline that is not an ordered list of items');
      }
      return out;
    });
    expect(markupProblems, `${path}:\n${bulletList(markupProblems)}`).toEqual([]);

    const dom = await page.evaluate(() => {
      const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
      return {
        headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `heading, ${clean(h.textContent)}, level ${h.tagName[1]}`),
        callouts: [...document.querySelectorAll('aside.callout')].map((a) => `complementary, ${a.getAttribute('aria-label')}`),
        citations: [...document.querySelectorAll('a.citation')].map((a) => `link, reference ${clean(a.textContent).replace(/^reference /, '')}`),
        tables: [...document.querySelectorAll('table')].map((t) => `table, ${clean(t.caption?.textContent)}`),
        timelines: [...document.querySelectorAll('ol.timeline')].map((ol) => `list, ${ol.getAttribute('aria-label')}`),
        hasBreadcrumbs: !!document.querySelector('nav[aria-label="Breadcrumb"]'),
      };
    });
    const log = await walkWholePage(page);
    const problems: string[] = [];
    const said = (phrase: string) => log.includes(phrase);

    // Landmarks, each announced with its name where there is more than one of a kind.
    for (const landmark of ['banner', 'navigation, Main', 'main', 'contentinfo', 'navigation, About this site']) {
      if (!said(landmark)) problems.push(`never said "${landmark}"`);
    }
    if (dom.hasBreadcrumbs && !said('navigation, Breadcrumb')) problems.push('never said "navigation, Breadcrumb"');
    const navigations = log.filter((p) => /^navigation(,|$)/.test(p));
    if (navigations.includes('navigation')) problems.push('a navigation landmark without a name');
    const dupes = navigations.filter((n, i) => navigations.indexOf(n) !== i);
    if (dupes.length) problems.push(`navigation landmarks share a name: ${[...new Set(dupes)].join('; ')}`);
    for (const callout of dom.callouts) if (!said(callout)) problems.push(`callout not announced as "${callout}"`);

    // The heading outline, in order, with levels: the story of the page.
    const outline = log.filter((p) => p.startsWith('heading, '));
    if (JSON.stringify(outline) !== JSON.stringify(dom.headings)) {
      problems.push(`heading outline differs from the page's headings:\n    heard: ${outline.join(' | ')}\n    page:  ${dom.headings.join(' | ')}`);
    }
    if (outline[0] !== dom.headings.find((h) => h.endsWith('level 1'))) problems.push('the first heading heard is not the h1');

    // No unnamed or empty link, button, image or form control.
    const unnamed = log.filter((p) => /^(link|button|img|image|graphic|figure|textbox|searchbox|combobox|checkbox|radio)(, )?$/.test(p.trim()));
    if (unnamed.length) problems.push(`controls or images without a name: ${unnamed.join('; ')}`);

    // Reference links are announced as "reference N", one for each citation on the page.
    const references = log.filter((p) => /^link, reference \d+$/.test(p));
    if (JSON.stringify(references) !== JSON.stringify(dom.citations)) {
      problems.push(`reference links heard (${references.length}) differ from the citations (${dom.citations.length})`);
    }
    // Tables with their caption; timelines as named lists.
    for (const table of dom.tables) if (!said(table)) problems.push(`table not announced with its caption: "${table}"`);
    for (const table of dom.tables) if (table === 'table, ') problems.push('a table without a caption');
    for (const timeline of dom.timelines) if (!said(timeline)) problems.push(`timeline not announced as "${timeline}"`);
    if (dom.tables.length && !log.some((p) => p.startsWith('columnheader, '))) problems.push('no column headers announced in the tables');

    expect(problems, `${path} for a screen reader:\n${bulletList(problems)}`).toEqual([]);
    expect(log.at(-1), 'the walk reached the end of the page').toBe('end of document');
    expect(isNotFound || dom.headings.length > 1, 'a content page has sections').toBe(true);
  });
}

// Baselines of each page type's landmark and heading structure, committed in tests/aria-baselines/.
// Only landmarks and headings are recorded (with exact nesting), so the baselines change when the
// structure does, not when a sentence does. After an intended change, regenerate them with
// UPDATE_ARIA_BASELINES=1 PORT=4341 npx playwright test tests/screen-reader-every-page.spec.ts
// and review the diff.
// The search page is left out: its structure changes as results arrive (the search specs cover it).
const PAGE_TYPES = PAGE_TEMPLATES.filter(({ template }) => template !== 'search')
  .map(({ template, path }) => ({ type: template, path }))
  .concat([
    // Articles with their own building blocks: a comparison table, a checklist, the trials table, urgency boxes.
    { type: 'article-cell-therapies-compared', path: '/stromal-cell-therapy/other-cell-therapies/' },
    { type: 'article-unproven-clinics', path: '/stromal-cell-therapy/unproven-clinics/' },
    { type: 'article-options-today', path: '/stromal-cell-therapy/hard-to-control-lupus/' },
    { type: 'article-trials-open-now', path: '/stromal-cell-therapy/trials-open-now/' },
    { type: 'article-urgent-help', path: '/lupus-nephritis/pregnancy-infections-and-urgent-help/' },
  ]);
const BASELINES = join(PROJECT_ROOT, 'tests', 'aria-baselines');

for (const { type, path } of PAGE_TYPES) {
  test(`aria snapshot: the ${type} page type (${path}) keeps its landmark and heading structure`, async ({ page }) => {
    test.skip(!builtPages().some((p) => p.path === path), `${path} is not built`);
    await page.goto(withBase(path), { waitUntil: 'domcontentloaded' });
    const file = join(BASELINES, `${type}.aria.yml`);
    if (!process.env.UPDATE_ARIA_BASELINES && !existsSync(file)) throw new Error(`No baseline ${file}: create it with UPDATE_ARIA_BASELINES=1`);
    if (process.env.UPDATE_ARIA_BASELINES) {
      mkdirSync(BASELINES, { recursive: true });
      writeFileSync(file, structureOnly(await page.locator('body').ariaSnapshot()) + '\n');
    }
    await expect(page.locator('body')).toMatchAriaSnapshot(readFileSync(file, 'utf8'));
  });
}
