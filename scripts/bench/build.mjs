// Build cost: `npm run build` timed, and what it built. Wall seconds, and CPU seconds of every process
// it started (user + system, every core) from the kernel's count of waited-for children: on a shared
// machine the CPU figure varies far less than the wall clock.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixed, kB } from './report.mjs';

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** CPU seconds used so far by this process's finished children (Linux), or null elsewhere. */
function childrenCpuSeconds() {
  if (!existsSync('/proc/self/stat')) return null;
  // After the command name (which may hold spaces), cutime and cstime are the 14th and 15th fields.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}

/** Runs a command in `cwd`, timed. @param {string} cwd @param {string} command @param {string[]} args @param {Record<string, string>} [env] */
export function timed(cwd, command, args, env = {}) {
  const [cpuBefore, started] = [childrenCpuSeconds(), performance.now()];
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const cpuAfter = childrenCpuSeconds();
  const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return { seconds: (performance.now() - started) / 1000, cpuSeconds, exitCode: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * The build script of `cwd`'s package.json (ours, a scale copy's, Starlight's), timed, with what it built
 * and our search index step's seconds (the line search-index.ts logs). Throws when it fails. @param {string} cwd
 */
export function measureBuild(cwd) {
  const script = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).scripts.build;
  const run = timed(cwd, 'sh', ['-c', script], { PATH: `${join(cwd, 'node_modules', '.bin')}:${dirname(process.execPath)}:${process.env.PATH}` });
  if (run.exitCode !== 0) throw new Error(`"${script}" failed in ${cwd}:\n${run.output}`);
  const dist = join(cwd, 'dist');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  // The search index proper (it grows with the site), without Pagefind's engine files.
  const index = files.filter((file) => /^pagefind\/(index\/|fragment\/|filter\/|pagefind-entry\.json$)/.test(file));
  const indexBytes = index.reduce((total, file) => total + statSync(join(dist, file)).size, 0);
  const step = /\[search-index\][^\n]* in ([\d.]+) s/.exec(run.output);
  const pages = files.filter((file) => file.endsWith('.html')).length;
  return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, indexSeconds: step ? Number(step[1]) : null, pages, indexBytes };
}

/** `npm run build` of this project, measured, leaving dist/ for the entries after it. @param {import('./report.mjs').BenchContext} context */
export async function benchBuild({ root }) {
  const f = measureBuild(root);
  const report = `npm run build: ${fixed(f.seconds, 1)} s wall, ${fixed(f.cpuSeconds, 1)} s CPU, of which search indexing ${fixed(f.indexSeconds, 1)} s; ${f.pages} pages; index data ${kB(f.indexBytes)} kB`;
  return { figures: f, report };
}
