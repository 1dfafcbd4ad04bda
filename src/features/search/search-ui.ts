/**
 * The search code, fetched as one file when the reader first shows interest in search (see
 * search-loader.ts): Pagefind's API, the dialog, the search page and the highlighter.
 */
import { loadPagefind } from './search-engine';

export { startDialog } from './search-dialog';
export { startSearchPage } from './search-page';
export { highlight } from './search-highlight';

/** Starts fetching Pagefind (script, index entry, metadata, WebAssembly) before the first search needs it. */
export function prepare(): void {
  void loadPagefind().catch(() => {
    // The first search reports the failure.
  });
}
