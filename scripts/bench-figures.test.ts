// Figures the benchmark derives: the breakdown of a search's files (scripts/bench-search.mjs: what is
// the site's code, what is Pagefind's fixed runtime, what depends on the query) and `npm test`'s
// count and time by command (scripts/bench/test-suite.mjs).
import { describe, expect, it } from 'vitest';
import { searchFilesByPart } from './bench-search.mjs';
import { testSuiteFigures } from './bench/test-suite.mjs';

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

describe('testSuiteFigures', () => {
  it('reads the final count and the time by command from npm test’s output', () => {
    const output = [
      '$ node scripts/check-lockfile.mjs',
      '\u001b[32mstage "lockfile" passed\u001b[39m',
      '  800 passed (7.3m)',
      '',
      'Time by command (wall clock):',
      '     0.1 s  node scripts/check-lockfile.mjs',
      '   438.2 s  node node_modules/@playwright/test/cli.js test',
      '   470.5 s  in all',
      '994 passed, 0 failed',
    ].join('\n');
    expect(testSuiteFigures(output)).toEqual({
      passed: 994,
      failed: 0,
      commands: [
        { command: 'node scripts/check-lockfile.mjs', seconds: 0.1 },
        { command: 'node node_modules/@playwright/test/cli.js test', seconds: 438.2 },
      ],
    });
  });

  it('gives null counts when npm test stopped before its summary', () => {
    expect(testSuiteFigures('Could not start node')).toEqual({ passed: null, failed: null, commands: [] });
  });
});
