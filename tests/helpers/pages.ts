// Every page of the built site, discovered from the build output (dist/**/*.html) so that a new
// page is tested the moment it is built. Never a hand-written list.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(PROJECT_ROOT, 'dist');
/** Output that is not a page of the site (Pagefind's index and UI). */
const SKIP_DIRS = new Set(['pagefind']);

export interface BuiltPage {
  /** Path as the site sees it, without BASE_PATH: "/", "/about/", "/404.html". */
  path: string;
  /** The HTML file in dist/. */
  file: string;
  /** True for the not-found page, which is not a content page. */
  isNotFound: boolean;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (dir === DIST && SKIP_DIRS.has(entry.name)) continue;
      walk(full, out);
    } else if (entry.isFile() && entry.name.endsWith('.html')) {
      out.push(full);
    }
  }
  return out;
}

/** dist/index.html -> "/", dist/a/b/index.html -> "/a/b/", dist/404.html -> "/404.html". */
export function fileToPath(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return '/' + rel.slice(0, -'index.html'.length);
  return '/' + rel;
}

let cache: BuiltPage[] | undefined;

/** All built pages, sorted by path. Throws if the site has not been built. */
export function builtPages(): BuiltPage[] {
  if (cache) return cache;
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No built site at ${DIST}: run \`npm run build\` before the browser tests.`);
  }
  cache = walk(DIST)
    .map((file) => {
      const path = fileToPath(file);
      return { path, file, isNotFound: path === '/404.html' };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  return cache;
}

/**
 * Every page written in content/pages: the ones the content layout renders, which marks their
 * article for the search index. Leaves out pages made by code: the not-found and search pages.
 */
export function contentPages(): BuiltPage[] {
  return builtPages().filter((p) => !p.isNotFound && /\sdata-pagefind-body[\s>=]/.test(builtHtml(p)));
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
