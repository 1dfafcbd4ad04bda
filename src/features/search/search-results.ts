/**
 * Searching and drawing results, shared by the dialog (search-dialog.ts) and the search page
 * (search-page.ts). Each result: the page title as a link, its topic, an excerpt with the searched
 * words marked, and links to the sections that match. A glossary entry that matches is a result of
 * its own, with its definition as the excerpt.
 */
import { GLOSSARY_PATH, RESULTS_PER_BATCH, SEARCH_DEBOUNCE_MS, SECTIONS_PER_RESULT } from './search';
import { announcer } from './announcer';
import { withBestBetFirst } from './best-bets';
import { stripBase } from '../../shared/paths.ts';
import { withBase } from '../chrome/urls';
import { SEARCH_RESULT_WORDS_IN } from '../i18n/search-result-words';
import { localeOf, localizedPath } from '../../shared/paths.ts';

// The page's language decides the words (and Pagefind searches that language's index).
const locale = localeOf(document.documentElement.lang);
const words = SEARCH_RESULT_WORDS_IN[locale];
import { loadPagefind, type Filters, type Result, type ResultData, type SubResult } from './search-engine';

/** The parts of SearchResults.astro (and the box and examples around it). */
interface View {
  input: HTMLInputElement;
  summary: HTMLElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  examples: HTMLElement | null;
}

function find<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`Search: ${selector} is missing`);
  return el;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

function hiddenText(text: string): HTMLSpanElement {
  return element('span', 'visually-hidden', text);
}

/**
 * Pagefind's excerpt as DOM: its text (with < and > escaped) and <mark>s around matched words, built
 * without innerHTML. The space a removed citation marker leaves before punctuation goes too.
 */
function excerptNodes(excerpt: string): Node[] {
  const tidy = excerpt
    .replace(/\s+(?=[.,;:!?)\]])/g, '')
    .replace(/([([])\s+/g, '$1')
    .replace(/^[\s.,;:]+/, '');
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return tidy
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      return marked ? element('mark', '', unescape(marked[1] ?? '')) : document.createTextNode(unescape(part));
    });
}

function excerptParagraph(excerpt: string, className = 'search-result__excerpt'): HTMLParagraphElement {
  return element('p', className, ...excerptNodes(excerpt));
}

function link(href: string, className: string, ...children: Array<Node | string>): HTMLAnchorElement {
  const a = element('a', className, ...children);
  a.href = href;
  return a;
}

function topicLine(topic: string | undefined): HTMLParagraphElement[] {
  return topic ? [element('p', 'search-result__topic', hiddenText(words.searchTopicHidden), topic)] : [];
}

/** Sections that match, most matches first. */
function sections(data: ResultData): SubResult[] {
  return data.sub_results
    .filter((sub) => sub.anchor && sub.url.includes('#'))
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, SECTIONS_PER_RESULT);
}

function pageResult(data: ResultData): HTMLLIElement {
  const title = data.meta['title'] ?? data.url;
  const item = element(
    'li',
    'search-result',
    element('p', 'search-result__title', link(data.url, 'search-result__link', title)),
    ...topicLine(data.meta['topic']),
  );
  if (data.excerpt) item.append(excerptParagraph(data.excerpt));
  const subs = sections(data);
  if (subs.length) {
    const list = element('ul', 'search-result__sections');
    list.setAttribute('aria-label', words.sectionsOf(title));
    for (const sub of subs) {
      list.append(element('li', '', link(sub.url, 'search-result__section', sub.title, hiddenText(words.sectionOf(title))), excerptParagraph(sub.excerpt)));
    }
    item.append(list);
  }
  return item;
}

const isGlossary = (data: ResultData) => new URL(data.url, location.href).pathname === withBase(localizedPath(GLOSSARY_PATH, locale));

/** The excerpt without `text` at its start (ignoring Pagefind's <mark> tags), or unchanged if it does not start with it. */
function withoutLeading(excerpt: string, text: string): string {
  let at = 0;
  let matched = 0;
  while (at < excerpt.length && matched < text.length) {
    const tag = /^<\/?mark>/.exec(excerpt.slice(at));
    if (tag) {
      at += tag[0].length;
    } else if (excerpt[at] === text[matched]) {
      at++;
      matched++;
    } else {
      return excerpt;
    }
  }
  const rest = excerpt
    .slice(at)
    .replace(/^<\/mark>/, '')
    .trimStart();
  // A mark the term ended inside of: drop its closing tag so marks stay paired.
  const close = rest.indexOf('</mark>');
  return close >= 0 && (rest.indexOf('<mark>') < 0 || close < rest.indexOf('<mark>')) ? rest.slice(0, close) + rest.slice(close + 7) : rest;
}

/** The glossary's matching entries, each a result: term, "Glossary", definition (without the term repeated). */
function glossaryResults(data: ResultData): HTMLLIElement[] {
  return data.sub_results
    .filter((sub) => sub.anchor?.title)
    .map((sub) => {
      const excerpt = withoutLeading(sub.excerpt, sub.title);
      return element(
        'li',
        'search-result search-result--term',
        element('p', 'search-result__title', link(sub.url, 'search-result__link', sub.title)),
        ...topicLine(words.glossary),
        excerptParagraph(excerpt),
      );
    });
}

function draw(data: ResultData): HTMLLIElement[] {
  const terms = isGlossary(data) ? glossaryResults(data) : [];
  return terms.length ? terms : [pageResult(data)];
}

export interface Searcher {
  /** Searches now (Enter, an example, the address) rather than after the typing pause. */
  searchNow(): void;
  /** Searches after the typing pause. */
  searchSoon(): void;
}

/** A result's site path: its URL's path without the base path (Pagefind's URLs include it). */
function sitePathOfResult(data: ResultData): string {
  const path = new URL(data.url, location.href).pathname;
  return stripBase(import.meta.env.BASE_URL, path) ?? path;
}

/**
 * Wires a search box to its results. `filters` gives the current filters (the search page's topic);
 * `onSearch` hears each query searched (to update the address or a link).
 */
export function connectSearch(
  root: ParentNode,
  { filters = () => ({}), onSearch = () => {} }: { filters?: () => Filters; onSearch?: (query: string) => void } = {},
): Searcher {
  const view: View = {
    input: find(root, '[data-search-input]'),
    summary: find(root, '[data-search-summary]'),
    status: find(root, '[data-search-status]'),
    list: find(root, '[data-search-results]'),
    more: find(root, '[data-search-more]'),
    examples: root.querySelector('[data-search-examples]'),
  };
  let sequence = 0;
  let pending: Result[] = [];
  let typing: ReturnType<typeof setTimeout> | undefined;
  const announce = announcer(view.status);

  /** The next batch of results, drawn once all of its data has arrived (so none jumps into place); null if a newer search started. */
  async function nextBatch(id: number, query?: string): Promise<HTMLLIElement[] | null> {
    const loaded = await Promise.all(pending.splice(0, RESULTS_PER_BATCH).map((result) => result.data()));
    // The first batch of a safety question puts its best bet first (best-bets.ts).
    const data = query === undefined ? loaded : withBestBetFirst(query, loaded, sitePathOfResult);
    return id === sequence ? data.flatMap(draw) : null;
  }

  async function search(): Promise<void> {
    const id = ++sequence;
    const query = view.input.value.trim();
    onSearch(query);
    if (view.examples) view.examples.hidden = query !== '';
    if (!query) {
      pending = [];
      view.list.replaceChildren();
      view.list.hidden = view.summary.hidden = view.more.hidden = true;
      announce.clear();
      return;
    }
    const pagefind = await loadPagefind();
    const found = await pagefind.search(query, { filters: filters() });
    if (id !== sequence || !found) return;
    pending = found.results;
    const count = found.results.length;
    // The new results replace the old in one step, so the list never empties while typing.
    const items = await nextBatch(id, query);
    if (!items) return;
    // A reader already arrowed into the older results keeps their place in the list: focus moves
    // to the first new result rather than falling to the page when its link is replaced.
    const hadFocus = view.list.contains(document.activeElement);
    view.list.replaceChildren(...items);
    if (hadFocus) (view.list.querySelector('a') ?? view.input).focus();
    view.list.hidden = count === 0;
    view.more.hidden = pending.length === 0;
    view.summary.textContent = count === 0 ? words.noResults(query) : words.resultsFound(count, query);
    view.summary.hidden = false;
    announce.say(view.summary.textContent);
  }

  const run = () =>
    void search().catch(() => {
      view.summary.textContent = words.searchFailed;
      view.summary.hidden = false;
    });

  // "Show more results": the next batch goes below, and focus moves to its first link.
  view.more.addEventListener('click', () => {
    void nextBatch(sequence).then((items) => {
      if (!items) return;
      view.list.append(...items);
      view.more.hidden = pending.length === 0;
      items[0]?.querySelector('a')?.focus();
    });
  });

  // While typing, fetch the index for the words so far, so the search itself has nothing to wait for.
  view.input.addEventListener('input', () => {
    clearTimeout(typing);
    const query = view.input.value.trim();
    if (query)
      void loadPagefind()
        .then((pagefind) => pagefind.preload(query, { filters: filters() }))
        .catch(() => {});
    typing = setTimeout(run, SEARCH_DEBOUNCE_MS);
  });
  view.input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    run();
  });
  view.examples?.addEventListener('click', (event) => {
    const example = (event.target as Element).closest<HTMLAnchorElement>('[data-search-example]');
    if (!example) return;
    event.preventDefault();
    view.input.value = example.dataset['searchExample'] ?? '';
    view.input.focus();
    run();
  });
  arrowKeys(root, view.input);

  return {
    searchNow: () => {
      clearTimeout(typing);
      run();
    },
    searchSoon: () => {
      clearTimeout(typing);
      typing = setTimeout(run, SEARCH_DEBOUNCE_MS);
    },
  };
}

/** Down and Up arrows move from the search box through the result links and back, as in Pagefind's UI. */
function arrowKeys(root: ParentNode, input: HTMLInputElement): void {
  const stops = () => [input, ...root.querySelectorAll<HTMLElement>('[data-search-results] a, [data-search-more]:not([hidden])')];
  root.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key !== 'ArrowDown' && key !== 'ArrowUp') return;
    const all = stops();
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const next = all[at + (key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
}
