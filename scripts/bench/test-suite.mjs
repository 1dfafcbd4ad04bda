// `npm run bench -- --test-suite`: what `npm test` costs in site builds (issue 18's goal: at most 60).
// In the same clone and the same run, one `npm run build`, the whole `npm test` as CI runs it
// (CI=true), and one `npm run build` again; the ratio of the suite's wall clock to the mean of the
// two builds' is the answer. A build on each side of the suite keeps a change in the machine's
// load during the run from skewing the ratio one way. Reads nothing from the test runner's output: its exit code says pass or fail,
// and the output goes to bench-results/test-suite-latest.log.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { childrenCpuSeconds } from './build.mjs';

/** The goal: `npm test` costs at most this many builds. */
export const SUITE_BUDGET_IN_BUILDS = 60;

/** Runs a command in `root` and times it: wall and CPU seconds (every process it started), exit code, output. */
function timed(root, args, env = {}) {
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const cpuAfter = childrenCpuSeconds();
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    exitCode: result.status,
    output: `${result.stdout}\n${result.stderr}`,
  };
}

/** A build, `npm test`, and a build again, in `root`. @param {string} root */
export function benchTestSuite(root) {
  const loadBefore = os.loadavg()[0];
  const npmCli = process.env.npm_execpath; // npm's own CLI under `npm run`; Node runs it
  const npm = (script) => (npmCli ? [npmCli, 'run', script] : [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
  const before = timed(root, npm('build'));
  const suite = timed(root, [join(root, 'scripts', 'test.mjs')], { CI: process.env.CI ?? 'true' });
  const after = timed(root, npm('build'));
  const build = { seconds: (before.seconds + after.seconds) / 2, before: before.seconds, after: after.seconds, exitCode: before.exitCode || after.exitCode };
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'test-suite-latest.log'), suite.output);
  return {
    build,
    suite: { seconds: suite.seconds, cpuSeconds: suite.cpuSeconds, exitCode: suite.exitCode },
    ratio: suite.seconds / build.seconds,
    loadAverage: { before: loadBefore, after: os.loadavg()[0] },
  };
}
