// Node-only tests: each drops one faulty page into a throwaway copy of the project and proves that
// `astro build` refuses it, naming the file and the problem in words an editor can act on.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, copyFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
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
async function buildWithFixture(caseName: string): Promise<BuildResult & { files: string[] }> {
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
  return { ...result, files };
}

const CASES: { name: string; problem: string; mustSay: string[] }[] = [
  { name: 'missing-title', problem: 'frontmatter without a title', mustSay: ['title'] },
  { name: 'description-too-long', problem: 'a 200-character description', mustSay: ['description', '160'] },
  { name: 'summary-missing', problem: 'frontmatter without a summary', mustSay: ['summary', 'one or two plain sentences'] },
  { name: 'summary-too-long', problem: 'a summary over 220 characters', mustSay: ['summary', '220'] },
  { name: 'summary-three-sentences', problem: 'a summary of three sentences', mustSay: ['summary', '3 sentences', 'one or two'] },
  { name: 'review-dates-reversed', problem: 'nextReview before lastReviewed', mustSay: ['nextReview', 'after'] },
  { name: 'unknown-citation', problem: 'a citation of a source not in the list', mustSay: ['no-such-source', 'content/sources.yaml'] },
  { name: 'image-without-alt', problem: 'an image without alt text', mustSay: ['alt text'] },
  { name: 'broken-internal-link', problem: 'a link to a page that does not exist', mustSay: ['/no-such-page/', 'does not match any page'] },
  { name: 'table-without-caption', problem: 'a table without a caption', mustSay: ['caption'] },
];

// One build at a time: the copies share node_modules (and with it any cache kept there).
test.describe.configure({ mode: 'default', timeout: 180_000 });

test.describe('bad input fails the build', () => {
  let dirs: string[] = [];
  test.afterEach(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    dirs = [];
  });

  test('a valid fixture page builds (control for the cases below)', async () => {
    const { code, output, dir } = await buildWithFixture('valid-control');
    dirs.push(dir);
    expect(code, `astro build with a valid page should succeed:\n${output}`).toBe(0);
    const built = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .some((f) => readFileSync(join(dir, 'dist', f), 'utf8').includes('Valid control page'));
    expect(built, 'the valid fixture page was built').toBe(true);
  });

  for (const c of CASES) {
    test(`${c.name}: ${c.problem} stops the build and is named`, async () => {
      const { code, output, dir, files } = await buildWithFixture(c.name);
      dirs.push(dir);
      expect(code, `astro build should fail for ${c.name}; output:\n${output}`).not.toBe(0);
      const lower = output.toLowerCase();
      for (const phrase of [basename(files[0]!), ...c.mustSay]) {
        expect(lower.includes(phrase.toLowerCase()), `build output should contain "${phrase}"; output:\n${output}`).toBe(true);
      }
    });
  }
});
