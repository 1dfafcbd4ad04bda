// Runs `npm run build` step by step (the `&&` steps of package.json's build script), timing each,
// so the bench follows the build whatever steps it gains. CPU time is what the step's processes
// used on every core (user + system), read from the kernel's count of waited-for children: on a
// shared machine it varies far less than the wall clock.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** CPU seconds used so far by this process's finished children (Linux), or null elsewhere. */
export function childrenCpuSeconds() {
  if (!existsSync('/proc/self/stat')) return null;
  // Fields after the command name (which may hold spaces): cutime and cstime are the 14th and 15th.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}

/** @typedef {{ step: string, seconds: number, cpuSeconds: number | null, output: string }} BuildStep */

/** @param {string} cwd @param {Record<string, string>} [env] @returns {BuildStep[]} */
export function timedBuild(cwd, env = {}) {
  const script = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).scripts.build;
  return script.split('&&').map((raw) => {
    const step = raw.trim();
    const started = performance.now();
    const cpuBefore = childrenCpuSeconds();
    const result = spawnSync('sh', ['-c', step], {
      cwd,
      env: { ...process.env, PATH: `${join(cwd, 'node_modules', '.bin')}:${process.env.PATH}`, ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const cpuAfter = childrenCpuSeconds();
    if (result.status !== 0) throw new Error(`"${step}" failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
    return {
      step,
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
      output: `${result.stdout}\n${result.stderr}`,
    };
  });
}

/** The search index step's own time, from the line it logs ("[search-index] … in 1.2 s"), or null. @param {BuildStep[]} steps */
export function indexingSeconds(steps) {
  const match = steps.map((step) => /\[search-index\][^\n]* in ([\d.]+) s/.exec(step.output)).find(Boolean);
  return match ? Number(match[1]) : null;
}
