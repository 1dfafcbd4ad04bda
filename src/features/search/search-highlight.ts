/**
 * Marks the searched words on a page opened from a search result (?highlight=…). Pagefind's
 * highlighter injects an inline <style> by default, which the CSP blocks: addStyles is off and
 * src/features/search/search.css styles the marks instead.
 */
import { HIGHLIGHT_PARAM, pagefindUrl } from './search';

type PagefindHighlight = new (options: { highlightParam: string; addStyles: boolean; markContext: string }) => unknown;

export function highlight(): void {
  import(/* @vite-ignore */ pagefindUrl('pagefind-highlight.js'))
    .then((module: { default: PagefindHighlight }) => {
      new module.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markContext: '[data-pagefind-body]' });
    })
    .catch(() => {
      // Highlighting is a nicety: the page reads the same without it.
    });
}
