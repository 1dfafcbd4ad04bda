// Build cost: `npm run build` of this project (its package.json script), timed, with the search
// index step's own seconds (the line src/features/search/search-index.ts logs), the pages built and
// the index's size.
import { join } from 'node:path';
import { readManifest } from '../../src/features/chrome/built-site.mjs';
import { kB } from './report.mjs';
import { indexDataSize } from './sizes.mjs';
import { timedBuild } from './timing.mjs';

/** @param {import('./report.mjs').BenchContext} context */
export async function benchBuild({ root }) {
  const run = timedBuild(root);
  const index = /\[search-index\][^\n]* in ([\d.]+) s/.exec(run.output);
  const figures = {
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    indexSeconds: index ? Number(index[1]) : null,
    pageCount: readManifest(join(root, 'dist')).pages.length,
    indexBytes: indexDataSize(join(root, 'dist', 'pagefind')),
  };
  const report = [
    `npm run build: ${figures.seconds.toFixed(1)} s wall, ${figures.cpuSeconds?.toFixed(1) ?? '-'} s CPU`,
    `of which search indexing: ${figures.indexSeconds?.toFixed(1) ?? '-'} s; pages: ${figures.pageCount}; index data (index/, fragment/, filter/, entry): ${kB(figures.indexBytes)} kB`,
  ].join('\n');
  return { figures, report };
}
