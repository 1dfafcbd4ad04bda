// Builds a throwaway copy of the project with extra or replaced content files, for Node-only tests
// that prove what the build does with a given input (fails and names the problem, or warns).
import { expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, readFileSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from './pages.ts';

export const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures');
/** Top-level entries not copied: heavy, generated, or the tests themselves. */
const NOT_COPIED = new Set(['node_modules', 'dist', 'dist-root', '.git', 'tests', 'test-results', '.astro', 'playwright-report', '.tmp']);
const ASTRO_BIN = join('node_modules', 'astro', 'bin', 'astro.mjs'); // package.json "bin".astro
// A build of the whole site takes ~15 s on an idle machine but over 80 s was seen on a busy one.
export const BUILD_TIMEOUT_MS = 170_000;

/** A fixture file with this ending holds source entries, appended to content/sources.yaml. */
export const SOURCES_FIXTURE = '.sources.yaml';

export interface BuildResult {
  code: number | null;
  output: string;
  dir: string;
  /** The fixture's file names, in directory order. */
  files: string[];
}

/**
 * The copy's node_modules: a link to each installed package, but not Astro's and Vite's caches
 * (node_modules/.astro holds the content layer's data store). Linking the whole folder made
 * fixture builds running side by side share one data store, so one build rendered another's
 * fixture page (seen in CI: the valid control failed on /unknown-citation/).
 */
function linkPackages(dir: string): void {
  const source = join(PROJECT_ROOT, 'node_modules');
  const target = join(dir, 'node_modules');
  mkdirSync(target);
  for (const entry of readdirSync(source)) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(source, entry), join(target, entry));
  }
}

/**
 * Copies the project to a temp dir, adds the fixture folders' files and builds once. An `.mdx` file
 * becomes a page in content/pages/; a `*.sources.yaml` file is appended to content/sources.yaml
 * (so the real sources stay valid); any other `.yaml` file replaces the content file of that name
 * in content/ (for example studies.yaml). Fixtures that must all build can share one build.
 */
export async function buildWithFixture(fixtureDirs: string | string[]): Promise<BuildResult> {
  const dir = mkdtempSync(join(tmpdir(), 'fixture-build-'));
  cpSync(PROJECT_ROOT, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(PROJECT_ROOT, src);
      return !NOT_COPIED.has(rel.split(/[\\/]/)[0]!);
    },
  });
  linkPackages(dir);
  const files: string[] = [];
  for (const fixtureDir of [fixtureDirs].flat()) {
    const inDir = readdirSync(fixtureDir).filter((f) => statSync(join(fixtureDir, f)).isFile());
    expect(inDir.length, `fixture files in ${fixtureDir}`).toBeGreaterThan(0);
    for (const f of inDir) {
      if (f.endsWith(SOURCES_FIXTURE)) appendFileSync(join(dir, 'content', 'sources.yaml'), `\n${readFileSync(join(fixtureDir, f), 'utf8')}`);
      // "es.<name>.mdx" is a translation (content/es/pages/<name>.mdx), "es.<name>.yaml" a language's data (content/es/<name>.yaml).
      else if (/^[a-z]{2}\.[^.]+\.(mdx|yaml)$/.test(f)) {
        const [locale, ...name] = f.split('.');
        const folder = join(dir, 'content', locale!, ...(f.endsWith('.mdx') ? ['pages'] : []));
        mkdirSync(folder, { recursive: true });
        copyFileSync(join(fixtureDir, f), join(folder, name.join('.')));
      } else copyFileSync(join(fixtureDir, f), join(dir, 'content', ...(f.endsWith('.yaml') ? [] : ['pages']), f));
    }
    files.push(...inDir);
  }

  const result = await new Promise<Omit<BuildResult, 'files'>>((resolve, reject) => {
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
      reject(new Error(`astro build with ${[fixtureDirs].flat().join(', ')} took longer than ${BUILD_TIMEOUT_MS / 1000} s:\n${output}`));
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
