// The search entry's breakdown of a search's files: what is the site's code, what is Pagefind's
// fixed runtime, what depends on the query.
import { describe, expect, it } from 'vitest';
import { searchFilesByPart } from './search.mjs';

const file = (path: string, brotli: number) => ({ path, raw: brotli, gzip: brotli, brotli });

describe('searchFilesByPart', () => {
  it('groups the first search into the site’s code, Pagefind’s runtime, the index and result data', () => {
    const parts = searchFilesByPart([
      file('/lupus-msc/_astro/search-ui.BHaA9uSj.js', 2453),
      file('/lupus-msc/pagefind/pagefind.js', 12080),
      file('/lupus-msc/pagefind/pagefind-entry.json?ts=1796035431414', 127),
      file('/lupus-msc/pagefind/pagefind.en_f3fb85e1c3.pf_meta', 352),
      file('/lupus-msc/pagefind/wasm.en.pagefind', 59762),
      file('/lupus-msc/pagefind/index/en_f285aa7.pf_index', 31841),
      file('/lupus-msc/pagefind/fragment/en_c8ffca9.pf_fragment', 1637),
      file('/lupus-msc/pagefind/fragment/en_f3c59be.pf_fragment', 2322),
    ]);
    expect(parts.map(({ name, requests, brotli }) => [name.split(' ')[0], requests, brotli])).toEqual([
      ['search', 1, 2453],
      ['Pagefind', 4, 12080 + 127 + 352 + 59762],
      ['index', 1, 31841],
      ['result', 2, 1637 + 2322],
    ]);
  });

  it('counts a file it does not recognise as "other" rather than dropping it', () => {
    expect(searchFilesByPart([file('/favicon.ico', 10)])).toEqual([{ name: 'other', requests: 1, brotli: 10 }]);
  });
});
