/**
 * What the search-index step checks once Pagefind has written the index: every content page is in
 * it, with its title, its topic filter and the search keywords its frontmatter declares. The check
 * reads the index itself (the fragments Pagefind writes, one per page), so indexing can take the
 * whole output folder in one call instead of page by page, and what is checked is what ships.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What Pagefind stores about one page, as far as the checks need it. */
export interface IndexedPage {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** What the pages collection says a content page should carry into the index. */
export interface ExpectedPage {
  path: string;
  /** The MDX file, named in a problem when known. */
  source?: string | undefined;
  keywords?: readonly string[] | undefined;
}

/** Pagefind 1.x writes each fragment gzipped, starting with this signature before the JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Decodes one `.pf_fragment` file; throws with the file's name if it is not what Pagefind writes. */
export function decodeFragment(bytes: Buffer, name: string): IndexedPage {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(FRAGMENT_SIGNATURE))
    throw new Error(
      `${name} does not start with "${FRAGMENT_SIGNATURE}": has Pagefind changed its fragment format? Check the pagefind version in package.json.`,
    );
  const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as Partial<IndexedPage>;
  if (typeof fragment.url !== 'string') throw new Error(`${name} has no "url": has Pagefind changed its fragment format?`);
  return { url: fragment.url, meta: fragment.meta ?? {}, filters: fragment.filters ?? {} };
}

/** Every page in a written Pagefind bundle (`dist/pagefind`), read from its fragments. */
export function readIndexedPages(bundleDir: string): IndexedPage[] {
  const fragments = join(bundleDir, 'fragment');
  return readdirSync(fragments)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => decodeFragment(readFileSync(join(fragments, name)), `${fragments}/${name}`));
}

/**
 * Problems with the index, one line each, naming the page and what to fix; empty when the index
 * holds every content page as it should. Pages are matched by site path (Pagefind's URL, which
 * carries no base path; the search code adds it).
 */
export function indexProblems(expected: readonly ExpectedPage[], indexed: readonly IndexedPage[], keywordsField: string, topicField = 'topic'): string[] {
  const byUrl = new Map(indexed.map((page) => [page.url, page]));
  const problems: string[] = [];
  for (const page of expected) {
    const entry = byUrl.get(page.path);
    if (!entry) {
      problems.push(`${page.path}${page.source ? ` (${page.source})` : ''} is not in the index: did the layout mark its article with data-pagefind-body?`);
      continue;
    }
    if (!entry.meta['title']) problems.push(`${page.path}: indexed without a title (is the <h1> inside data-pagefind-body?).`);
    if (!entry.filters[topicField]?.length) problems.push(`${page.path}: no data-pagefind-filter="${topicField}:…", so the topic filter would miss it.`);
    const stored = (entry.meta[keywordsField] ?? '').toLowerCase();
    const missing = (page.keywords ?? []).filter((keyword) => !stored.includes(keyword.toLowerCase()));
    if (missing.length)
      problems.push(
        `${page.path}${page.source ? ` (${page.source})` : ''} declares the keywords ${missing.map((k) => `"${k}"`).join(', ')}, but Pagefind did not store them: is data-pagefind-meta="${keywordsField}[content]" missing from <meta name="keywords">?`,
      );
  }
  const expectedPaths = new Set(expected.map((page) => page.path));
  for (const page of indexed)
    if (!expectedPaths.has(page.url))
      problems.push(`${page.url} is in the index but is not a content page: mark it data-pagefind-ignore or drop its data-pagefind-body.`);
  return problems;
}
