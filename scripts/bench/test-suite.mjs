// Test suite cost (issue 18's goal: `npm test` at most 60 builds). In the same clone and the same
// run: one `npm run build`, the whole `npm test` as CI runs it (CI=true), one `npm run build` again;
// the ratio of the suite's wall clock to the mean of the two builds' is the answer. A build on each
// side keeps a change in the machine's load from skewing the ratio one way. Reads nothing from the
// test runner's output: its exit code says pass or fail, and the output goes to
// bench-results/test-suite-<time>.log (each run kept, so a failure in one of several runs in a row can
// still be read) and bench-results/test-suite-latest.log.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { timed } from './build.mjs';

/** The goal: `npm test` costs at most this many builds. */
const SUITE_BUDGET_IN_BUILDS = 60;

/** @param {import('./report.mjs').BenchContext} context */
export async function benchTestSuite({ root }) {
  const loadBefore = os.loadavg()[0] ?? 0;
  // npm's own CLI under `npm run`, run by this Node; without it, astro build directly.
  const npmCli = process.env.npm_execpath;
  const build = () => timed(root, process.execPath, npmCli ? [npmCli, 'run', 'build'] : [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
  const before = build();
  const suite = timed(root, process.execPath, [join(root, 'scripts', 'test.mjs')], { CI: process.env.CI ?? 'true' });
  const after = build();
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const log = `test-suite-${new Date().toISOString().replace(/[:.]/g, '-')}.log`;
  writeFileSync(join(root, 'bench-results', log), suite.output);
  writeFileSync(join(root, 'bench-results', 'test-suite-latest.log'), suite.output);
  const buildSeconds = (before.seconds + after.seconds) / 2;
  const figures = {
    build: { seconds: buildSeconds, before: before.seconds, after: after.seconds, exitCode: before.exitCode || after.exitCode },
    suite: { seconds: suite.seconds, cpuSeconds: suite.cpuSeconds, exitCode: suite.exitCode },
    ratio: suite.seconds / buildSeconds,
    budget: SUITE_BUDGET_IN_BUILDS,
    loadAverage: { before: loadBefore, after: os.loadavg()[0] ?? 0 },
  };
  const report = [
    `npm run build: ${buildSeconds.toFixed(1)} s, the mean of ${before.seconds.toFixed(1)} s before and ${after.seconds.toFixed(1)} s after the suite (exit code ${figures.build.exitCode})`,
    `npm test: ${suite.seconds.toFixed(1)} s wall, CPU ${suite.cpuSeconds === null ? 'not measured' : `${suite.cpuSeconds.toFixed(0)} s`} (exit code ${suite.exitCode}; output in bench-results/${log})`,
    `load average (1 min): ${figures.loadAverage.before.toFixed(2)} before, ${figures.loadAverage.after.toFixed(2)} after`,
    `ratio: npm test = ${figures.ratio.toFixed(1)} builds (goal: at most ${SUITE_BUDGET_IN_BUILDS})`,
  ].join('\n');
  return { figures, report, failed: suite.exitCode !== 0 || figures.build.exitCode !== 0 };
}
