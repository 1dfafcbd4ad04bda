/**
 * Marks the searched words on a page opened from a search result (?highlight=…). Pagefind's
 * highlighter injects an inline <style> by default, which the CSP blocks: addStyles is off and
 * src/features/search/search.css styles the marks instead. Which words it marks is decided by
 * highlight-terms.ts: Pagefind's own rule marks any text containing a searched word ("t" in "the").
 */
import { highlightPattern } from './highlight-terms';
import { HIGHLIGHT_PARAM, pagefindUrl } from './search';

interface MarkInstance {
  markRegExp(pattern: RegExp, options: object): void;
}
type PagefindHighlight = new (options: { highlightParam: string; addStyles: boolean; markContext: string }) => {
  markOptions: object;
};

export function highlight(): void {
  import(/* @vite-ignore */ pagefindUrl('pagefind-highlight.js'))
    .then((module: { default: PagefindHighlight }) => {
      // Pagefind 1.6 reads the words from the address and hands them to markText(); marking them
      // with one pattern instead keeps its exclusions and class name (pagefind is pinned to 1.6).
      class WordHighlight extends module.default {
        markText(instance: MarkInstance, searched: string[]): void {
          const pattern = highlightPattern(searched);
          if (pattern) instance.markRegExp(pattern, this.markOptions);
        }
      }
      new WordHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markContext: '[data-pagefind-body]' });
    })
    .catch(() => {
      // Highlighting is a nicety: the page reads the same without it.
    });
}
