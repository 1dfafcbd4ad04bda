#!/usr/bin/env node
// `npm run bench`: one entry per question, each a module in scripts/bench/ with one entry function,
// run in order, then the goals table (summary.mjs); README, "Measuring". Writes the figures, one key
// per entry that ran, to bench-results/bench-<time>.json and merges them into latest.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBuild } from './bench/build.mjs';
import { benchLighthouse } from './bench/lighthouse.mjs';
import { benchOptions } from './bench/options.mjs';
import { benchPages } from './bench/pages.mjs';
import { mergeLatest } from './bench/report.mjs';
import { benchScale } from './bench/scale.mjs';
import { benchSearch } from './bench/search.mjs';
import { formatSummary, summaryRows } from './bench/summary.mjs';
import { benchTestSuite } from './bench/test-suite.mjs';

/** @type {Record<string, [string, (context: import('./bench/report.mjs').BenchContext) => Promise<import('./bench/report.mjs').BenchEntryResult>]>} */
const ENTRIES = {
  build: ['Build cost', benchBuild],
  pages: ['Page weight (kB brotli)', benchPages],
  search: ['First search', benchSearch],
  lighthouse: ['Lighthouse (mobile)', benchLighthouse],
  scale: ['Scale', benchScale],
  'test-suite': ['npm test in site builds', benchTestSuite],
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let options;
try {
  options = benchOptions(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const context = { root, dist: join(root, 'dist'), ...options, log: (/** @type {string} */ message) => console.error(`bench: ${message}`) };
const loadAverage = os.loadavg();
/** @type {Record<string, unknown>} */
const result = { date: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version, loadAverage } };
console.log(`# npm run bench: ${options.entries.join(', ')} (${os.cpus().length} CPUs, Node ${process.version})`);
for (const name of options.entries) {
  const [title, measure] = ENTRIES[name] ?? [];
  if (!measure) continue;
  context.log(`${name}…`);
  const { figures, report, failed } = await measure(context);
  result[name] = figures;
  if (failed) process.exitCode = 1;
  console.log(`\n## ${title}\n\n${report}`);
}
const load = (/** @type {number[]} */ averages) => averages.map((l) => l.toFixed(1)).join(' ');
console.log(`\n## Goals (issues 18 and 22), from this run\n\nLoad average ${load(loadAverage)} at the start, ${load(os.loadavg())} at the end.\n`);
console.log(formatSummary(summaryRows(result)));

const dir = join(root, 'bench-results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `bench-${String(result.date).replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2));
const latest = existsSync(join(dir, 'latest.json')) ? JSON.parse(readFileSync(join(dir, 'latest.json'), 'utf8')) : {};
writeFileSync(join(dir, 'latest.json'), JSON.stringify(mergeLatest(latest, result, options.entries), null, 2));
console.log('\nFigures written to bench-results/latest.json (merged with the entries this run left out)');
