// Runs `npm run build` step by step (the `&&` steps of package.json's build script), timing each,
// so the bench follows the build whatever steps it gains.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} cwd @param {Record<string, string>} [env] @returns {{ step: string, seconds: number }[]} */
export function timedBuild(cwd, env = {}) {
  const script = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).scripts.build;
  return script.split('&&').map((raw) => {
    const step = raw.trim();
    const started = performance.now();
    const result = spawnSync('sh', ['-c', step], {
      cwd,
      env: { ...process.env, PATH: `${join(cwd, 'node_modules', '.bin')}:${process.env.PATH}`, ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`"${step}" failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
    return { step, seconds: (performance.now() - started) / 1000 };
  });
}
