// What a screen reader user hears (issue 5), once per page type: the virtual screen reader walks the
// whole page and the spoken log is checked for landmarks, the heading outline, named controls and
// reference links; and the page type's landmark and heading structure is compared, strictly, with
// its committed baseline. What the markup alone shows (link texts out of context, table captions and
// scopes, abbreviations, language changes, timelines) is read from the built HTML of every page in
// tests/built-site/every-page.spec.ts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './helpers/test.ts';
import { builtPages, PAGE_TEMPLATES, PROJECT_ROOT } from './helpers/pages.ts';
import { DEFAULT_LOCALE, LOCALES, localizedPath } from '../src/shared/paths.ts';
import { DICTIONARIES } from '../src/features/i18n/dictionary.ts';
import { withBase } from './helpers/site.ts';
import { structureOnly, walkWholePage } from './helpers/screen-reader.ts';
import { bulletList } from './helpers/format.ts';

// Baselines of each page type's landmark and heading structure, committed in tests/aria-baselines/.
// Only landmarks and headings are recorded (with exact nesting), so the baselines change when the
// structure does, not when a sentence does; they are compared as whole text, so an added, removed
// or moved landmark or heading fails. After an intended change, regenerate them with
// UPDATE_ARIA_BASELINES=1 npx playwright test --project=chromium tests/screen-reader-per-page-type.spec.ts
// and review the diff.
// The search page is left out: its structure changes as results arrive (the search specs cover it).
const ENGLISH_PAGE_TYPES = PAGE_TEMPLATES.filter(({ template }) => template !== 'search')
  .map(({ template, path }) => ({ type: template, path }))
  .concat([
    // Articles with their own building blocks: a comparison table, a checklist, the trials table, urgency boxes.
    { type: 'article-cell-therapies-compared', path: '/stromal-cell-therapy/other-cell-therapies/' },
    { type: 'article-unproven-clinics', path: '/stromal-cell-therapy/unproven-clinics/' },
    { type: 'article-options-today', path: '/stromal-cell-therapy/hard-to-control-lupus/' },
    { type: 'article-trials-open-now', path: '/stromal-cell-therapy/trials-open-now/' },
    { type: 'article-urgent-help', path: '/urgent-help/' },
  ]);
// Each translation walks the same page types at its own paths (the one locale mapping,
// shared/paths.ts), with baselines named "<locale>-<type>". Only the templates, not the special
// articles: a translation renders the same components in the same order, so what a second walk
// adds is the page's own words for its landmarks, references and captions (checked below through
// the dictionaries), which the templates show as well as the special articles do. The article
// template's example (/trial-history/funding/) has a table, so it is the article with a table
// too. The not-found page is one page for all languages (/404.html: hosts serve a single one; it
// has a Spanish line), walked above; the search page is left out for the reason above.
const TRANSLATED_PAGE_TYPES = new Set(['home', 'topic-overview', 'article', 'glossary']);
const PAGE_TYPES = ENGLISH_PAGE_TYPES.concat(
  LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).flatMap((locale) =>
    ENGLISH_PAGE_TYPES.filter(({ type }) => TRANSLATED_PAGE_TYPES.has(type)).map(({ type, path }) => ({
      type: `${locale}-${type}`,
      path: localizedPath(path, locale),
    })),
  ),
);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BASELINES = join(PROJECT_ROOT, 'tests', 'aria-baselines');

for (const { type, path } of PAGE_TYPES) {
  test(`the ${type} page type (${path}): a screen reader walk announces landmarks, the heading outline and named links, and the structure equals its baseline`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const built = builtPages().find((p) => p.path === path);
    expect(built, `${path}, the example of the ${type} page type, was built`).toBeDefined();
    const isNotFound = built!.isNotFound;
    // What the page names in its own language (landmarks, reference markers) comes from its dictionary.
    const words = DICTIONARIES[built!.lang];
    // The not-found page as readers meet it: at an address that does not exist, answered with status
    // 404 (search engines index no 4xx answer, so the page needs no robots "noindex").
    const response = await page.goto(withBase(isNotFound ? '/no-such-page/' : path));
    expect(response?.status(), `the status of ${isNotFound ? 'an unknown address' : path}`).toBe(isNotFound ? 404 : 200);

    const file = join(BASELINES, `${type}.aria.yml`);
    const structure = structureOnly(await page.locator('body').ariaSnapshot());
    if (process.env.UPDATE_ARIA_BASELINES) {
      mkdirSync(BASELINES, { recursive: true });
      writeFileSync(file, structure + '\n');
    }
    expect(existsSync(file), `no baseline ${file}: create it with UPDATE_ARIA_BASELINES=1`).toBe(true);
    expect(structure, `landmarks and headings of ${path} against ${file}`).toBe(readFileSync(file, 'utf8').trimEnd());

    const dom = await page.evaluate((breadcrumb) => {
      const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
      return {
        headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `heading, ${clean(h.textContent)}, level ${h.tagName[1]}`),
        callouts: [...document.querySelectorAll('aside.callout')].map((a) => `complementary, ${a.getAttribute('aria-label')}`),
        // "reference 3", or "reference 3, Table 2" where the citation names a place in the source.
        citations: [...document.querySelectorAll('a.citation')].map((a) => `link, ${clean(a.getAttribute('aria-label'))}`),
        tables: [...document.querySelectorAll('table')].map((t) => `table, ${clean(t.caption?.textContent)}`),
        timelines: [...document.querySelectorAll('ol.timeline')].map((ol) => `list, ${ol.getAttribute('aria-label')}`),
        hasBreadcrumbs: !!document.querySelector(`nav[aria-label="${breadcrumb}"]`),
      };
    }, words.breadcrumb);
    const log = await walkWholePage(page);
    const problems: string[] = [];
    const said = (phrase: string) => log.includes(phrase);

    // Landmarks, each announced with its name where there is more than one of a kind.
    // (The roles and "end of document" are the screen reader's words; the names are the page's.)
    for (const landmark of ['banner', `navigation, ${words.mainNav}`, 'main', 'contentinfo', `navigation, ${words.footerAbout}`]) {
      if (!said(landmark)) problems.push(`never said "${landmark}"`);
    }
    if (dom.hasBreadcrumbs && !said(`navigation, ${words.breadcrumb}`)) problems.push(`never said "navigation, ${words.breadcrumb}"`);
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

    // Reference links are announced as "reference N" (with the place, "reference N, Table 2"; "referencia N" in Spanish), one for each citation on the page.
    const [markerBefore = '', markerAfter = ''] = words.citeMarker('\u0000', '').split('\u0000');
    const marker = new RegExp(`^link, ${escapeRegExp(markerBefore)}\\d+${escapeRegExp(markerAfter)}(, .+)?$`);
    const references = log.filter((p) => marker.test(p));
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
