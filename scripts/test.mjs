#!/usr/bin/env node
// `npm test`: the named npm scripts below, cheapest first, stopping at the first that fails.
//   check:lockfile   package-lock.json is complete for every platform
//   lint             ESLint (TypeScript, JavaScript, Astro) and Stylelint (CSS)
//   format:check     Prettier with its Astro plugin (content excluded: see .prettierignore)
//   check:spelling   cspell, US English, on the pages and data files (cspell.config.yaml; names and
//                    terms in content/spelling-words.txt)
//   test:unit        Vitest: src/ and the content data, no build needed
//   check:strict     astro check: zero errors, warnings and hints
//   build:test       the site built twice: under /lupus-msc/ (dist/, as CI publishes it) and at the
//                    root (dist-root/)
//   content checks   ../shared/tools/seed-overlap.mjs (when present), scripts/own-words.mjs (the
//                    Spanish text against the Spanish sources' fingerprints, Unicode words) and
//                    scripts/readability.mjs
//   ensure-browser   a Chromium for Playwright (installed with apt-get if need be)
//   test:browser     Playwright, once: tests/built-site/ reads both builds without a browser,
//                    tests/*.spec.ts runs in Chromium; tests tagged @url-root run against both
//                    builds (playwright.config.ts, one preview server per build)
// Output streams as it comes. The last line printed is always "N passed, N failed": Vitest and
// Playwright add their own test counts (from their report files, not their output), every other
// stage counts as one check.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath; // Node 24 under `npm run` (the pinned `node` package)
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const reports = mkdtempSync(join(tmpdir(), 'npm-test-'));

let passed = 0;
let failed = 0;
const skipped = [];
/** Wall-clock seconds of each stage, in order, printed at the end so slow stages stand out. */
const timings = [];
const started = performance.now();

/** Runs a command with output streamed through; resolves with its exit code. */
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    console.log(`\n$ ${[cmd === node ? 'node' : cmd, ...args].join(' ')}`);
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (err) => {
      console.error(`Could not start ${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function finish() {
  rmSync(reports, { recursive: true, force: true });
  console.log('\nTime by stage (wall clock):');
  for (const [label, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${label}`);
  console.log(`  ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  in all`);
  if (skipped.length) console.log(`Skipped: ${skipped.join('; ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

/** Reads a JSON report a stage wrote, or null. */
function report(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Runs one stage and adds its outcome to the totals; stops at the first failure. `counts` reads the
 * stage's own test counts ({ passed, failed }) after it ran, when it has tests of its own.
 */
async function stage(name, cmd, args, { env = {}, counts } = {}) {
  const stageStarted = performance.now();
  const code = await run(cmd, args, env);
  timings.push([name, (performance.now() - stageStarted) / 1000]);
  const tally = counts?.();
  if (tally) {
    passed += tally.passed;
    failed += tally.failed;
    if (tally.skipped) skipped.push(`${tally.skipped} test(s) skipped in ${name}`);
  }
  if (code === 0) {
    if (!tally) passed++;
    console.log(`\nstage "${name}" passed`);
    return;
  }
  // A crash before any test result (config error, server that never started) still counts.
  if (!tally || tally.failed === 0) failed++;
  console.error(`\nFAILED at stage "${name}" (exit code ${code}). Later stages were not run.`);
  finish();
}

const npmRun = (name, extra = []) => [npm, ['run', name, ...(extra.length ? ['--', ...extra] : [])]];

await stage('check:lockfile', ...npmRun('check:lockfile'));
await stage('lint', ...npmRun('lint'));
await stage('format:check', ...npmRun('format:check'));
await stage('check:spelling', ...npmRun('check:spelling'));
{
  const file = join(reports, 'vitest.json');
  await stage('test:unit', ...npmRun('test:unit', ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`]), {
    counts: () => {
      const r = report(file);
      return r && { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
    },
  });
}
await stage('check:strict', ...npmRun('check:strict'));
await stage('build:test', ...npmRun('build:test'));
const seedOverlap = join(root, '..', 'shared', 'tools', 'seed-overlap.mjs');
if (existsSync(seedOverlap)) await stage('seed-overlap (no sentences copied from the sources)', node, [seedOverlap]);
else skipped.push('seed-overlap (../shared/tools/seed-overlap.mjs absent)');
await stage('own-words (no passage of content/es copied from a Spanish source)', node, [join('scripts', 'own-words.mjs')]);
await stage('readability', node, [join('scripts', 'readability.mjs')]);
await stage('ensure-browser', node, [join('scripts', 'ensure-browser.mjs')]);
{
  // The summary reporter (tests/helpers/summary-reporter.ts) writes Playwright's counts here.
  const file = join(reports, 'playwright.json');
  await stage('test:browser', ...npmRun('test:browser'), { env: { PW_SUMMARY_FILE: file }, counts: () => report(file) });
}
finish();
