/**
 * The /search/ page: the box, topic filter and results, kept in step with the address (?q=…) so a
 * search can be shared, bookmarked and returned to with Back. The A–Z list steps aside while there
 * is a query (the loader already hid it if the address had one, before the page was drawn).
 */
import { QUERY_PARAM, SEARCH_TOPIC_FIELD } from './search';
import { TITLE_SEPARATOR } from '../chrome/title-separator';
import type { Filters } from './search-engine';
import { connectSearch } from './search-results';

/** Typing within this long of the last address change refines the same search (replaceState); a pause starts a new history entry. */
const NEW_ENTRY_AFTER_MS = 1500;

function queryFromUrl(): string {
  return new URLSearchParams(location.search).get(QUERY_PARAM)?.trim() ?? '';
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
  if (!root || !input) return;
  const topics = [...root.querySelectorAll<HTMLInputElement>('[data-search-topic]')];
  const baseTitle = document.title;
  let lastChange = 0;
  let applyingUrl = false;

  const filters = (): Filters => {
    const checked = topics.filter((box) => box.checked).map((box) => box.value);
    return checked.length ? { [SEARCH_TOPIC_FIELD]: { any: checked } } : {};
  };

  const searcher = connectSearch(root, {
    filters,
    onSearch: (query) => {
      root.toggleAttribute('data-has-query', query !== '');
      // "kidney – Search – Lupus and…", so the tab and history name the search.
      document.title = query ? `${query}${TITLE_SEPARATOR}${baseTitle}` : baseTitle;
      if (applyingUrl || query === queryFromUrl()) return;
      const url = new URL(location.href);
      if (query) url.searchParams.set(QUERY_PARAM, query);
      else url.searchParams.delete(QUERY_PARAM);
      const now = performance.now();
      if (now - lastChange < NEW_ENTRY_AFTER_MS || !queryFromUrl()) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      lastChange = now;
    },
  });
  for (const box of topics) box.addEventListener('change', () => searcher.searchNow());

  const applyUrl = (): void => {
    input.value = queryFromUrl();
    applyingUrl = true;
    searcher.searchNow();
    applyingUrl = false;
  };
  window.addEventListener('popstate', applyUrl);
  applyUrl();
  // The box, filter and examples take the place of the no-JavaScript notice (search.css).
  root.setAttribute('data-search-ready', '');
}
