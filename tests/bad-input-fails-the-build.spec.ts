// A Node-only test: it drops one faulty page into a throwaway copy of the project and proves that
// `astro build` refuses it, naming the file, the line and the problem in words an editor can act on.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, copyFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from './helpers/pages.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'bad-input');
/** Top-level entries not copied: heavy, generated, or the tests themselves. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', 'tests', 'test-results', '.astro', 'playwright-report', '.tmp']);
const ASTRO_BIN = join('node_modules', 'astro', 'bin', 'astro.mjs'); // package.json "bin".astro
// A build of the whole site takes ~15 s on an idle machine but over 80 s was seen on a busy one.
const BUILD_TIMEOUT_MS = 170_000;

interface BuildResult {
  code: number | null;
  output: string;
  dir: string;
}

/** Copies the project to a temp dir, adds the case's fixture files to content/pages/, builds. */
async function buildWithFixture(caseName: string): Promise<BuildResult> {
  const dir = mkdtempSync(join(tmpdir(), `bad-input-${caseName}-`));
  cpSync(PROJECT_ROOT, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(PROJECT_ROOT, src);
      return !NOT_COPIED.has(rel.split(/[\\/]/)[0]!);
    },
  });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const caseDir = join(FIXTURES, caseName);
  const files = readdirSync(caseDir).filter((f) => statSync(join(caseDir, f)).isFile());
  expect(files.length, `fixture files in ${caseDir}`).toBeGreaterThan(0);
  for (const f of files) copyFileSync(join(caseDir, f), join(dir, 'content', 'pages', f));

  const result = await new Promise<BuildResult>((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`astro build with ${caseName} took longer than ${BUILD_TIMEOUT_MS / 1000} s:\n${output}`));
    }, BUILD_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      // eslint-disable-next-line no-control-regex
      resolve({ code, output: output.replace(/\x1b\[[0-9;]*m/g, ''), dir });
    });
  });
  return result;
}

// Each bad-input fixture is checked against the schema and the plugins, with its full message, in
// tests/unit/bad-input.test.ts. What only a real build can show is that such a refusal stops
// `astro build` and that Astro passes the message on with the file and the line: one case proves it.
const CASE = { name: 'unknown-citation', mustSay: ['unknown-citation.mdx', 'line 10', '"no-such-source"', 'content/sources.yaml'] };

test.describe.configure({ timeout: 180_000 });

test('a page citing an unknown source stops astro build, which names the file, the line and the fix', async () => {
  const { code, output, dir } = await buildWithFixture(CASE.name);
  try {
    expect(code, `astro build should fail for ${CASE.name}; output:\n${output}`).not.toBe(0);
    for (const phrase of CASE.mustSay) {
      expect(output.includes(phrase), `build output should contain ${phrase}; output:\n${output}`).toBe(true);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
