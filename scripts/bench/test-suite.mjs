// `npm test` in site builds (issue 18: at most 60): its wall clock (CI=true) over the mean of a build
// before and after it. Reads nothing of the runner's output but its exit code; keeps it in bench-results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timed } from './build.mjs';
import { fixed } from './report.mjs';

const BUDGET_IN_BUILDS = 60;

/** @param {import('./report.mjs').BenchContext} context */
export async function benchTestSuite({ root }) {
  // npm's own CLI under `npm run`, run by this Node; without it, astro build directly.
  const npmCli = process.env.npm_execpath;
  const runBuild = () => timed(root, process.execPath, npmCli ? [npmCli, 'run', 'build'] : [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
  const [before, suite, after] = [runBuild(), timed(root, process.execPath, [join(root, 'scripts', 'test.mjs')], { CI: process.env.CI ?? 'true' }), runBuild()];
  const { output, ...run } = suite;
  const log = `test-suite-${new Date().toISOString().replace(/[:.]/g, '-')}.log`;
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  for (const file of [log, 'test-suite-latest.log']) writeFileSync(join(root, 'bench-results', file), output);
  const build = { seconds: (before.seconds + after.seconds) / 2, before: before.seconds, after: after.seconds, exitCode: before.exitCode || after.exitCode };
  const figures = { build, suite: run, ratio: suite.seconds / build.seconds, budget: BUDGET_IN_BUILDS };
  const report = [
    `npm run build: ${fixed(build.seconds, 1)} s, the mean of ${fixed(before.seconds, 1)} s before and ${fixed(after.seconds, 1)} s after the suite (exit code ${build.exitCode})`,
    `npm test: ${fixed(suite.seconds, 1)} s wall, ${fixed(suite.cpuSeconds)} s CPU (exit code ${suite.exitCode}; output in bench-results/${log})`,
    `ratio: npm test = ${fixed(figures.ratio, 1)} builds (goal: at most ${BUDGET_IN_BUILDS})`,
  ].join('\n');
  return { figures, report, failed: suite.exitCode !== 0 || build.exitCode !== 0 };
}
