// Build cost: `npm run build` timed, and what it built. Timing a command gives wall seconds and CPU
// seconds of every process it started (user + system, on every core), read from the kernel's count
// of waited-for children: on a shared machine the CPU figure varies far less than the wall clock.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readManifest } from '../../src/features/chrome/built-site.mjs';
import { indexDataSize, kB } from './report.mjs';

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** CPU seconds used so far by this process's finished children (Linux), or null elsewhere. */
function childrenCpuSeconds() {
  if (!existsSync('/proc/self/stat')) return null;
  // Fields after the command name (which may hold spaces): cutime and cstime are the 14th and 15th.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}

/** Runs a command in `cwd`, timed. @param {string} cwd @param {string} command @param {string[]} args @param {Record<string, string>} [env] */
export function timed(cwd, command, args, env = {}) {
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const cpuAfter = childrenCpuSeconds();
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    exitCode: result.status,
    output: `${result.stdout}\n${result.stderr}`,
  };
}

/**
 * Runs the build script of the package.json in `cwd` (ours, a scale copy's, Starlight's) with that
 * project's node_modules/.bin, then this Node, first on PATH, and measures it: wall and CPU seconds,
 * pages built, index bytes, and our search index step's seconds (the line search-index.ts logs).
 * Throws with the build's output when it fails.
 * @param {string} cwd @param {(dist: string) => number} [countPages] pages built (default: our page manifest)
 */
export function measureBuild(cwd, countPages = (dist) => readManifest(dist).pages.length) {
  const script = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).scripts.build;
  const run = timed(cwd, 'sh', ['-c', script], { PATH: `${join(cwd, 'node_modules', '.bin')}:${dirname(process.execPath)}:${process.env.PATH}` });
  if (run.exitCode !== 0) throw new Error(`"${script}" failed in ${cwd}:\n${run.output}`);
  const index = /\[search-index\][^\n]* in ([\d.]+) s/.exec(run.output);
  const dist = join(cwd, 'dist');
  return {
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    indexSeconds: index ? Number(index[1]) : null,
    pages: countPages(dist),
    indexBytes: indexDataSize(join(dist, 'pagefind')),
  };
}

/** Build cost: `npm run build` of this project, measured, leaving dist/ for the entries after it. @param {import('./report.mjs').BenchContext} context */
export async function benchBuild({ root }) {
  const figures = measureBuild(root);
  const report = [
    `npm run build: ${figures.seconds.toFixed(1)} s wall, ${figures.cpuSeconds?.toFixed(1) ?? '-'} s CPU`,
    `of which search indexing: ${figures.indexSeconds?.toFixed(1) ?? '-'} s; pages: ${figures.pages}; index data (index/, fragment/, filter/, entry): ${kB(figures.indexBytes)} kB`,
  ].join('\n');
  return { figures, report };
}
