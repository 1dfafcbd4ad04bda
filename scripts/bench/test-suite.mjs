// `npm run bench -- --test-suite`: times the whole `npm test` (scripts/test.mjs) as CI runs it, wall
// clock and CPU (user + system of every process it started), and prints its own time by command.
// The goal it is measured against (issue 9): under 7 minutes on the 2-core machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childrenCpuSeconds } from './build.mjs';

/**
 * The figures from `npm test`'s output: its final count ("994 passed, 0 failed") and its table of
 * wall-clock seconds by command.
 * @param {string} output
 */
export function testSuiteFigures(output) {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const counts = [...plain.matchAll(/^(\d+) passed, (\d+) failed$/gm)].at(-1);
  const table = plain.split('\nTime by command (wall clock):\n')[1] ?? '';
  const commands = [...table.matchAll(/^\s+([\d.]+) s {2}(.+)$/gm)].map((m) => ({ command: m[2], seconds: Number(m[1]) }));
  return {
    passed: counts ? Number(counts[1]) : null,
    failed: counts ? Number(counts[2]) : null,
    commands: commands.filter((c) => c.command !== 'in all'),
  };
}

/** Runs `npm test` once in `root`; the full output goes to bench-results/test-suite-latest.log. @param {string} root */
export function benchTestSuite(root) {
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'test.mjs')], {
    cwd: root,
    env: { ...process.env, CI: process.env.CI ?? 'true' },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = childrenCpuSeconds();
  const output = `${result.stdout}\n${result.stderr}`;
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'test-suite-latest.log'), output);
  return {
    exitCode: result.status,
    seconds,
    cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    ...testSuiteFigures(result.stdout),
  };
}
