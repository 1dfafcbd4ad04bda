// Every worker-scoped fixture of the browser suite is declared in tests/helpers/test.ts. Playwright
// gives a worker to one set of worker fixtures, so a spec declaring one of its own would get workers
// of its own, started when the run reaches it: the run then goes in phases, with cores idle between
// them (about 40 s of a 325 s run, December 2026). A spec that keeps a page takes `workerPage`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const TESTS = join(import.meta.dirname, '..');
const HOME = join(TESTS, 'helpers', 'test.ts');

function suiteFiles(): string[] {
  return readdirSync(TESTS, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('fixtures'))
    .map((file) => join(TESTS, file));
}

describe('the browser suite', () => {
  it('declares worker-scoped fixtures only in tests/helpers/test.ts, so every spec shares the same workers', () => {
    const elsewhere = suiteFiles().filter((file) => file !== HOME && /scope:\s*['"]worker['"]/.test(readFileSync(file, 'utf8')));
    expect(elsewhere.map((file) => relative(TESTS, file))).toEqual([]);
  });

  it('finds the declarations it looks for', () => {
    expect(readFileSync(HOME, 'utf8')).toMatch(/scope:\s*'worker'/);
    expect(suiteFiles()).toContain(join(TESTS, 'print-every-page.spec.ts'));
  });
});
