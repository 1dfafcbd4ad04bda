/**
 * The search dialog. Its shell (SearchTrigger.astro) is already on the page and open by the time
 * this runs (search-loader.ts opens it at once); this wires the box to the results. The topic
 * filter is on the search page, which the dialog links to with the same query.
 */
import { searchPageUrl } from './search';
import { localeOf } from '../../shared/paths.ts';
import { connectSearch } from './search-results';

const started = new WeakSet<HTMLDialogElement>();

export function startDialog(dialog: HTMLDialogElement): void {
  if (started.has(dialog)) return;
  started.add(dialog);
  const pageLink = dialog.querySelector<HTMLAnchorElement>('[data-search-page-link]');
  const searcher = connectSearch(dialog, {
    onSearch: (query) => pageLink?.setAttribute('href', searchPageUrl(query, localeOf(document.documentElement.lang))),
  });
  // A click on the backdrop (outside the dialog's box) closes it, as in most search dialogs.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Anything typed before the code arrived is searched once typing pauses.
  searcher.searchSoon();
  // From here the example searches search in place rather than going to the search page.
  dialog.setAttribute('data-search-ready', '');
}
