/**
 * When the result count reaches a screen reader: ANNOUNCE_AFTER_MS after the last search, so a
 * reader typing a word hears one count for the word, not one per letter. A newer count replaces one
 * not yet said; clearing the box cancels it and empties the live region.
 */
import { ANNOUNCE_AFTER_MS } from './search';

/** The polite live region (SearchResults.astro's [data-search-status]), or anything with its text. */
export interface LiveRegion {
  textContent: string | null;
}

export interface Announcer {
  /** Says `text` ANNOUNCE_AFTER_MS from now, unless another call comes first. */
  say(text: string): void;
  /** Cancels what was not yet said and empties the region. */
  clear(): void;
}

export function announcer(region: LiveRegion, delayMs: number = ANNOUNCE_AFTER_MS): Announcer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    say(text) {
      clearTimeout(timer);
      timer = setTimeout(() => (region.textContent = text), delayMs);
    },
    clear() {
      clearTimeout(timer);
      region.textContent = '';
    },
  };
}
