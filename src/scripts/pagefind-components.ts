/**
 * Loads Pagefind's Component UI on demand and configures it for this site. Used by the search
 * dialog and the search page; never by a reading page until the reader opens search.
 */
import { HIGHLIGHT_PARAM, pagefindUrl, SEARCH_RANKING } from '../lib/search';

/** The parts of Pagefind's Component UI instance this site uses. */
export interface PagefindInstance {
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
  on(event: 'filters' | 'loading' | 'error', callback: (...args: unknown[]) => void): void;
  triggerSearch(term: string): void;
  setTranslations(translations: Record<string, string>): void;
  triggerFilters(filters: Record<string, string[]>): void;
  searchTerm: string;
  searchFilters: Record<string, string[]>;
}
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}
declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/** Words the Component UI shows and announces, in this site's voice. */
const TRANSLATIONS = {
  placeholder: 'Search this site',
  keyboard_search: 'Search this site',
  results_label: 'Search results',
  zero_results: 'No pages found for “[SEARCH_TERM]”. Try a different or shorter word.',
  one_result: '1 page found for “[SEARCH_TERM]”',
  many_results: '[COUNT] pages found for “[SEARCH_TERM]”',
};

/**
 * How each result is drawn: title (a link to the page), topic, excerpt with the matched words
 * marked, and links straight to matching sections. A section link's name says which page it is on.
 * Values in {{ }} are escaped by Pagefind's template engine; {{+ +}} is Pagefind's own marked-up excerpt.
 */
const RESULT_TEMPLATE = `
<li class="pf-result search-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
      {{#if meta.topic}}<p class="search-result__topic"><span class="visually-hidden">Topic: </span>{{ meta.topic }}</p>{{/if}}
      {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
  {{#if sub_results}}
  <ul class="pf-heading-chips" aria-label="Sections of {{ meta.title }}">
    {{#each sub_results as sub}}
    <li class="pf-heading-chip">
      <a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}<span class="visually-hidden"> (section of {{ meta.title }})</span></a>
      <p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p>
    </li>
    {{/each}}
  </ul>
  {{/if}}
</li>`;

/** Gives a <pagefind-results> element this site's result template; call before the UI loads. */
export function addResultTemplate(results: Element): void {
  if (results.querySelector('script[type="text/pagefind-template"]')) return;
  const template = document.createElement('script');
  template.type = 'text/pagefind-template';
  template.textContent = RESULT_TEMPLATE;
  results.append(template);
}

/** Puts a <link> or <script> into the document with `place` and resolves once it has loaded. */
function load(element: HTMLLinkElement | HTMLScriptElement, place: (element: Element) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`Could not load ${'href' in element ? element.href : element.src}`)), { once: true });
    place(element);
  });
}

let loading: Promise<PagefindInstance> | undefined;

/** Loads the Component UI once (stylesheet first, so nothing appears unstyled) and returns the configured instance. */
export function loadPagefindComponents(): Promise<PagefindInstance> {
  loading ??= (async () => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = pagefindUrl('pagefind-component-ui.css');
    // Pagefind's stylesheet goes before the site's, so the site's overrides (src/styles/search.css) win ties.
    const firstStylesheet = document.head.querySelector('link[rel="stylesheet"], style');
    const script = document.createElement('script');
    script.src = pagefindUrl('pagefind-component-ui.js');
    await Promise.all([
      load(css, (el) => (firstStylesheet ? firstStylesheet.before(el) : document.head.append(el))),
      load(script, (el) => document.head.append(el)),
    ]);
    const components = window.PagefindComponents;
    if (!components) throw new Error('Pagefind Component UI did not start');
    const instance = components.configureInstance('default', {
      bundlePath: pagefindUrl(''),
      baseUrl: import.meta.env.BASE_URL,
      highlightParam: HIGHLIGHT_PARAM,
      ranking: SEARCH_RANKING,
    });
    instance.setTranslations(TRANSLATIONS);
    return instance;
  })();
  return loading;
}
