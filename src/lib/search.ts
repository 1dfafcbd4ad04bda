/**
 * Search settings shared by the build (components, pages) and the browser code in src/scripts/.
 * Pagefind writes its bundle to /pagefind/ (scripts/build-search-index.mjs); nothing here is loaded
 * on a reading page until the reader opens search.
 */
import { withBase } from './urls';

/** The search page; the header trigger links here, so search works as a page without JavaScript. */
export const SEARCH_PATH = '/search/';
/** The query in the search page's address: /search/?q=kidney, so a search can be shared and revisited. */
export const QUERY_PARAM = 'q';
/** Added to result links by Pagefind; the destination page highlights these words. */
export const HIGHLIGHT_PARAM = 'highlight';
/** With Ctrl (⌘ on Apple devices), opens the search dialog from any page, as on most documentation sites. */
export const SHORTCUT_KEY = 'k';

/** Where Pagefind's files are served, with the site's base path. */
export function pagefindUrl(file: string): string {
  return withBase(`/pagefind/${file}`);
}
