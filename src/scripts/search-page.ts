/**
 * The /search/ page: Pagefind's input, topic filter, result count and results, kept in step with
 * the address (?q=…) so a search can be shared, bookmarked and returned to with Back.
 */
import { QUERY_PARAM } from '../lib/search';
import { TITLE_SEPARATOR } from '../lib/site';
import { addResultTemplate, loadPagefindComponents } from './pagefind-components';

/** Typing within this long of the last address change refines the same search (replaceState); a pause starts a new history entry. */
const NEW_ENTRY_AFTER_MS = 1500;

const root = document.querySelector<HTMLElement>('[data-search-page]');
const ui = root?.querySelector<HTMLElement>('[data-search-ui]');
const template = root?.querySelector<HTMLTemplateElement>('template[data-search-template]');

function queryFromUrl(): string {
  return new URLSearchParams(location.search).get(QUERY_PARAM)?.trim() ?? '';
}

function input(): HTMLInputElement | null {
  return root?.querySelector<HTMLInputElement>('pagefind-input input') ?? null;
}

async function start(): Promise<void> {
  if (!root || !ui || !template) return;
  const instance = await loadPagefindComponents();
  // Connect Pagefind's elements only now that the instance is configured (see pagefind-components.ts).
  const parts = template.content.cloneNode(true) as DocumentFragment;
  const results = parts.querySelector('pagefind-results');
  if (results) addResultTemplate(results);
  ui.append(parts);
  await customElements.whenDefined('pagefind-input');
  ui.hidden = false;
  root.querySelector('[data-search-needs-js]')?.setAttribute('hidden', '');

  // "kidney – Search – Lupus and…", so the tab and history name the search.
  const baseTitle = document.title;
  const showQueryInTitle = (query: string): void => {
    document.title = query ? `${query}${TITLE_SEPARATOR}${baseTitle}` : baseTitle;
  };

  let lastChange = 0;
  let applyingUrl = false;
  instance.on('search', (term) => {
    if (applyingUrl) return;
    const query = term.trim();
    if (query === queryFromUrl()) return;
    const url = new URL(location.href);
    if (query) url.searchParams.set(QUERY_PARAM, query);
    else url.searchParams.delete(QUERY_PARAM);
    const now = performance.now();
    if (now - lastChange < NEW_ENTRY_AFTER_MS || !queryFromUrl()) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    lastChange = now;
    showQueryInTitle(query);
  });

  const applyUrl = (): void => {
    const query = queryFromUrl();
    const field = input();
    if (field) field.value = query;
    applyingUrl = true;
    instance.triggerSearch(query);
    applyingUrl = false;
    showQueryInTitle(query);
  };
  window.addEventListener('popstate', applyUrl);
  if (queryFromUrl()) applyUrl();
}

start().catch(() => {
  // Search could not load (offline, blocked): the page already explains and lists every page.
  root?.querySelector('[data-search-failed]')?.removeAttribute('hidden');
});
