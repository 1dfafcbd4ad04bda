/**
 * Pagefind's JavaScript API (its search in WebAssembly, without its UI), loaded once and set up for
 * this site. Started on the reader's first sign of intent (src/features/search/search-loader.ts), so the
 * WebAssembly and index entry are usually in by the time they type.
 */
import { EXCERPT_WORDS, HIGHLIGHT_PARAM, pagefindUrl, SEARCH_RANKING } from './search';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { element: string; id: string; title?: string };
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}
export interface Result {
  id: string;
  data(): Promise<ResultData>;
}
export type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Filters }): Promise<{ results: Result[] } | null>;
  preload(term: string, options?: { filters?: Filters }): Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads pagefind.js and starts fetching the index entry, metadata and WebAssembly. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ pagefindUrl('pagefind.js')) as Promise<Pagefind>).then(async (api) => {
    await api.options({
      baseUrl: import.meta.env.BASE_URL,
      highlightParam: HIGHLIGHT_PARAM,
      ranking: SEARCH_RANKING,
      excerptLength: EXCERPT_WORDS,
      // Pagefind would otherwise fetch a second copy of itself to run in a worker (12 kB, one more
      // request); searching this index takes milliseconds, so the main thread is fine.
      noWorker: true,
    });
    await api.init();
    return api;
  });
  return pagefind;
}
