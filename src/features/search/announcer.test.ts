// The result count's timing for screen readers (announcer.ts), on Vitest's fake clock: the browser
// test (tests/search-keyboard-and-screen-reader.spec.ts) proves the live region is polite and hears
// the count after typing stops; this proves the timing rules exactly.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announcer } from './announcer';
import { ANNOUNCE_AFTER_MS } from './search';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('the result count announcer', () => {
  it('says nothing until ANNOUNCE_AFTER_MS after the search, then the count', () => {
    const region = { textContent: '' };
    announcer(region).say('3 pages found for “kidney”');
    vi.advanceTimersByTime(ANNOUNCE_AFTER_MS - 1);
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(1);
    expect(region.textContent).toBe('3 pages found for “kidney”');
  });

  it('says only the last count when searches follow each other while the reader types', () => {
    const said: string[] = [];
    const region = {
      set textContent(text: string) {
        said.push(text);
      },
      get textContent() {
        return said.at(-1) ?? '';
      },
    };
    const announce = announcer(region);
    announce.say('9 pages found for “kid”');
    vi.advanceTimersByTime(ANNOUNCE_AFTER_MS - 1);
    announce.say('3 pages found for “kidney”');
    vi.advanceTimersByTime(ANNOUNCE_AFTER_MS - 1);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(said).toEqual(['3 pages found for “kidney”']);
  });

  it('cancels a count not yet said and empties the region when the box is cleared', () => {
    const region = { textContent: 'an earlier count' };
    const announce = announcer(region);
    announce.say('3 pages found for “kidney”');
    announce.clear();
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(ANNOUNCE_AFTER_MS * 2);
    expect(region.textContent).toBe('');
  });
});
