/**
 * The search code, fetched as one file when the reader first shows interest in search (see
 * search-loader.ts): Pagefind's API, the dialog, the search page and the highlighter, and the
 * results' stylesheet (search-results.css), which reading pages do not carry until search is used.
 */
import resultsStylesheet from './search-results.css?url';
import { startDialog as startDialogNow } from './search-dialog';
import { loadPagefind } from './search-engine';

export { startSearchPage } from './search-page';
export { highlight } from './search-highlight';

/** Links the results' stylesheet once; the search page has it already. Resolves when it has loaded (or failed: results still work unstyled). */
const stylesheet = new Promise<void>((resolve) => {
  if (document.querySelector('[data-search-page]')) return resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: resultsStylesheet });
  link.addEventListener('load', () => resolve(), { once: true });
  link.addEventListener('error', () => resolve(), { once: true });
  document.head.append(link);
});

/** The dialog's search, wired once its results can be drawn styled (the dialog itself is styled by every page's stylesheet). */
export const startDialog = (dialog: HTMLDialogElement): Promise<void> => stylesheet.then(() => startDialogNow(dialog));

/** Starts fetching Pagefind (script, index entry, metadata, WebAssembly) before the first search needs it. */
export function prepare(): void {
  void loadPagefind().catch(() => {
    // The first search reports the failure.
  });
}
