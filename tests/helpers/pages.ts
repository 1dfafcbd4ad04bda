// Every page of the built site, from the page manifest the build writes (dist/page-manifest.json,
// made from the pages collection), so that a new page is tested the moment it is built and what
// counts as a content page is what the content collection says. Never a hand-written list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '../../src/features/chrome/built-site.mjs';
import { splitLocale, type ManifestPage } from '../../src/shared/paths.ts';
import { attr, elements, parseHtml } from './html.ts';
import { PROJECT_ROOT, site } from './site.ts';

export { PROJECT_ROOT };
/** The build folder of the site under test (tests/helpers/site.ts): dist/ or dist-root/. */
export const distDir = (): string => site().dist;

export interface BuiltPage extends Omit<ManifestPage, 'file'> {
  /** The HTML file in dist/ (absolute). */
  file: string;
  /** True for the not-found page, which is not a content page. */
  isNotFound: boolean;
}

const cache = new Map<string, BuiltPage[]>();

/** All built pages of the site under test, sorted by path. Throws if the site has not been built. */
export function builtPages(): BuiltPage[] {
  const dist = distDir();
  let pages = cache.get(dist);
  if (!pages) {
    pages = readManifest(dist)
      .pages.map((page) => ({ ...page, file: join(dist, page.file), isNotFound: page.kind === 'not-found' }))
      .sort((a, b) => a.path.localeCompare(b.path));
    cache.set(dist, pages);
  }
  return pages;
}

/** Every page written in content/pages; leaves out pages made by code (the not-found and search pages). */
export function contentPages(): BuiltPage[] {
  return builtPages().filter((page) => page.kind === 'content');
}

export function builtHtml(page: BuiltPage): string {
  return readFileSync(page.file, 'utf8');
}

/**
 * One page of each template: what the page chrome (skip link, header, navigation, footer) and the
 * structure baselines are proven on. Every page of a template shares its chrome, so what holds on
 * one holds on all; what depends on a page's content is tested on every page.
 */
export const PAGE_TEMPLATES: ReadonlyArray<{ template: string; path: string }> = [
  { template: 'home', path: '/' },
  { template: 'topic-overview', path: '/lupus-nephritis/' },
  { template: 'article', path: '/trial-history/funding/' },
  { template: 'glossary', path: '/glossary/' },
  { template: 'search', path: '/search/' },
  { template: 'not-found', path: '/404.html' },
];

/** The built pages of PAGE_TEMPLATES; a template whose example page is missing fails loudly. */
export function templatePages(): BuiltPage[] {
  const byPath = new Map(builtPages().map((page) => [page.path, page]));
  return PAGE_TEMPLATES.map(({ template, path }) => {
    const page = byPath.get(path);
    if (!page) throw new Error(`The ${template} template's example page ${path} was not built: update PAGE_TEMPLATES in tests/helpers/pages.ts`);
    return page;
  });
}

/**
 * The template pages, then as few other pages as it takes for every class name used on any built
 * page to appear on at least one of them (each page chosen for the most class names still
 * missing). Where a check depends only on how each kind of element is styled, not on the words of
 * the page, these pages show every kind of element the site has.
 */
export function pagesShowingEveryClass(): BuiltPage[] {
  const classesOf = new Map(
    builtPages().map((page) => [page, new Set(elements(parseHtml(builtHtml(page))).flatMap((el) => (attr(el, 'class') ?? '').split(/\s+/).filter(Boolean)))]),
  );
  const chosen = templatePages();
  const missing = new Set([...classesOf.values()].flatMap((classes) => [...classes]));
  for (const page of chosen) for (const name of classesOf.get(page) ?? []) missing.delete(name);
  while (missing.size > 0) {
    const [best] = [...classesOf.entries()]
      .filter(([page]) => !chosen.includes(page))
      .map(([page, classes]) => [page, [...classes].filter((name) => missing.has(name)).length] as const)
      .sort((a, b) => b[1] - a[1] || a[0].path.localeCompare(b[0].path));
    if (!best || best[1] === 0) break;
    chosen.push(best[0]);
    for (const name of classesOf.get(best[0]) ?? []) missing.delete(name);
  }
  return chosen;
}

/**
 * Pages that load one script of their own besides the page script, with its gzipped budget: the
 * trials page's finder (src/features/trials/trial-finder.ts, about 0.6 kB), loaded only there.
 */
export const PAGE_OWN_SCRIPTS: Readonly<Record<string, { what: string; budget: number }>> = {
  '/stromal-cell-therapy/trials-open-now/': { what: 'the trial finder', budget: 1024 },
  '/es/stromal-cell-therapy/trials-open-now/': { what: 'the trial finder', budget: 1024 },
};

/** A page's own script, by its English path: a translation is the same page in other words, with the same script. */
export const ownScriptOf = (sitePath: string): { what: string; budget: number } | undefined => PAGE_OWN_SCRIPTS[splitLocale(sitePath).path];
