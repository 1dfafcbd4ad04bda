/**
 * Search settings shared by the build (components, pages) and the browser code beside it (search-*.ts).
 * Pagefind writes its bundle to /pagefind/ (src/features/search/search-index.ts); nothing here is loaded
 * on a reading page until the reader opens search.
 */
import { withBase } from '../chrome/urls';
import { DEFAULT_LOCALE, localizedPath, type Locale } from '../../shared/paths.ts';

/** The search page; the header trigger links here, so search works as a page without JavaScript. */
export const SEARCH_PATH = '/search/';
/** The query in the search page's address: /search/?q=kidney, so a search can be shared and revisited. */
export const QUERY_PARAM = 'q';
/** Added to result links by Pagefind; the destination page highlights these words. */
export const HIGHLIGHT_PARAM = 'highlight';
/** With Ctrl (⌘ on Apple devices), opens the search dialog from any page, as on most documentation sites. */
export const SHORTCUT_KEY = 'k';

/**
 * The Pagefind metadata field that holds a page's frontmatter `keywords` (BaseLayout puts them on
 * <meta name="keywords">). Pagefind searches metadata fields as well as the page text.
 */
export const SEARCH_KEYWORDS_FIELD = 'keywords';

/** The Pagefind filter (and metadata field) that holds a page's topic; the search page's topic checkboxes set it. */
export const SEARCH_TOPIC_FIELD = 'topic';

/**
 * What a content page's <article> gives Pagefind: its text is the page's searchable body, and its
 * topic is both a filter and metadata shown with a result. Every filter the search offers is
 * declared here, so adding one is a change to this folder alone.
 */
export function searchIndexAttributes(topicLabel: string): Record<string, string> {
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': `${SEARCH_TOPIC_FIELD}:${topicLabel}`,
    'data-pagefind-meta': `${SEARCH_TOPIC_FIELD}:${topicLabel}`,
  };
}

/**
 * Pagefind's ranking, given to the Component UI. A match in a page's keywords adds a score on top of
 * the match in its text; weighting it 10 lets the page an editor chose for a reader's word ("kidney"
 * → the lupus nephritis overview, "MSC" → the stromal cell therapy overview) beat pages that only
 * use the word often. The ranking table (tests/search-ranking.spec.ts) gave the same first results
 * from 6 to 15; 10 sits in the middle of that plateau. The rest stays at Pagefind's defaults.
 */
export const SEARCH_RANKING = { metaWeights: { [SEARCH_KEYWORDS_FIELD]: 10 } } as const;

/**
 * Milliseconds after the last keystroke before searching. Pagefind's UIs wait 300 ms; a search of
 * this index takes a few milliseconds, so a short pause is enough to skip the letters of a word
 * typed quickly. Screen readers hear the result count later (ANNOUNCE_AFTER_MS), once typing stops.
 */
export const SEARCH_DEBOUNCE_MS = 90;
/** The result count is announced this long after the last search, so it is not read out per letter. */
export const ANNOUNCE_AFTER_MS = 700;
/** Results drawn at once; "Show more results" draws the next as many. Each costs one small request. */
export const RESULTS_PER_BATCH = 5;
/** Sections shown under a result. */
export const SECTIONS_PER_RESULT = 3;
/** Words in an excerpt: about three lines on a phone, two on a desktop. */
export const EXCERPT_WORDS = 36;
/** Shown in the empty search box's dialog and page: words readers use, each with a good first result. */
export const EXAMPLE_SEARCHES: Readonly<Record<Locale, readonly string[]>> = {
  en: ['kidney', 'stem cell', 'side effects', 'join a trial'],
  es: ['riñón', 'células madre', 'urgencia', 'preguntas'],
};
/** The glossary page: its entries are shown as results of their own, each with its definition. */
export const GLOSSARY_PATH = '/glossary/';

/** The search page's address for a query: /search/?q=kidney (or /search/ with no query). */
export function searchPageUrl(query: string, locale: Locale = DEFAULT_LOCALE): string {
  const trimmed = query.trim();
  return withBase(localizedPath(SEARCH_PATH, locale)) + (trimmed ? `?${new URLSearchParams({ [QUERY_PARAM]: trimmed })}` : '');
}

/** Where Pagefind's files are served, with the site's base path. */
export function pagefindUrl(file: string): string {
  return withBase(`/pagefind/${file}`);
}
