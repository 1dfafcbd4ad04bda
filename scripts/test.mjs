#!/usr/bin/env node
// `npm test`: every check of the project, in order, stopping at the first stage that fails.
//   (0) scripts/check-lockfile.mjs: package-lock.json is complete for every platform
//   (a) astro check: zero errors, warnings and hints
//   (b) npm run build: the site and its Pagefind index
//   (c) content checks: ../shared/tools/seed-overlap.mjs, scripts/readability.mjs (when present)
//   (d) scripts/ensure-browser.mjs: a Chromium for Playwright (installed with apt-get if need be)
//   (e) playwright test: the browser and build tests in tests/
//   (f) the URL-dependent tests again against a build served from a sub-path (BASE_PATH)
// Output streams as it comes. The last line printed is always "N passed, N failed", where each
// stage before Playwright counts as one check and Playwright contributes its own test counts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const node = process.execPath; // Node 24 under `npm run` (the pinned `node` package)
/** The sub-path the second test run builds for, as on a project site of GitHub Pages. */
const SUB_PATH = '/lupus-msc/';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let passed = 0;
let failed = 0;
const skipped = [];

/** Runs a command with output streamed through; resolves with its exit code and output. */
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    console.log(`\n$ ${[cmd, ...args].join(' ')}`);
    const child = spawn(cmd, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      output += d;
    });
    child.stderr.on('data', (d) => {
      process.stderr.write(d);
      output += d;
    });
    child.on('error', (err) => {
      output += String(err);
      console.error(`Could not start ${cmd}: ${err.message}`);
      resolve({ code: 127, output });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/**
 * Runs Playwright (all of tests/, or the given spec files) and adds its counts to the totals.
 * The summary reporter (tests/helpers/summary-reporter.ts) writes them to PW_SUMMARY_FILE;
 * `summary` is null when Playwright crashed before reporting.
 */
async function runPlaywright(specs, env = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'pw-summary-'));
  const summaryFile = join(tmp, 'summary.json');
  const { code } = await run(node, [join('node_modules', '@playwright', 'test', 'cli.js'), 'test', ...specs], {
    ...env,
    PW_SUMMARY_FILE: summaryFile,
  });
  let summary = null;
  try {
    summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    summary = null;
  }
  rmSync(tmp, { recursive: true, force: true });
  if (summary) {
    passed += summary.passed;
    failed += summary.failed;
    if (summary.skipped) skipped.push(`${summary.skipped} Playwright test(s) skipped`);
  }
  return { code, summary };
}

function finish() {
  if (skipped.length) console.log(`Skipped: ${skipped.join('; ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

function stageFailed(name, why) {
  failed++;
  console.error(`\nFAILED at stage "${name}": ${why}`);
  console.error('Later stages were not run.');
  finish();
}

function stagePassed(name) {
  passed++;
  console.log(`\nstage "${name}" passed`);
}

// (0) the lockfile installs on every platform (scripts/check-lockfile.mjs).
{
  const name = 'lockfile';
  const { code } = await run(node, [join('scripts', 'check-lockfile.mjs')]);
  if (code !== 0) stageFailed(name, 'package-lock.json would be refused by npm (see the list above)');
  else stagePassed(name);
}

// (a) astro check — fails on any error, warning or hint.
{
  const name = 'astro check';
  const { code, output } = await run(node, [
    join('node_modules', 'astro', 'bin', 'astro.mjs'),
    'check',
    '--minimumSeverity',
    'hint',
    '--minimumFailingSeverity',
    'hint',
  ]);
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const m = /(\d+)\s+errors?\s*\n?\s*-\s*(\d+)\s+warnings?\s*\n?\s*-\s*(\d+)\s+hints?/i.exec(plain);
  if (code !== 0) stageFailed(name, `astro check exited with ${code}`);
  else if (!m) stageFailed(name, 'could not find the "N errors - N warnings - N hints" result line');
  else if (m.slice(1).some((n) => Number(n) > 0)) {
    stageFailed(name, `${m[1]} errors, ${m[2]} warnings, ${m[3]} hints (all must be 0)`);
  } else stagePassed(name);
}

// (b) build: astro build + Pagefind index, as defined in package.json.
{
  const name = 'build';
  const { code } = await run(npm, ['run', 'build']);
  if (code !== 0) stageFailed(name, `npm run build exited with ${code}`);
  else if (!existsSync(join(root, 'dist', 'index.html'))) stageFailed(name, 'dist/index.html was not written');
  else stagePassed(name);
}

// (c) content checks.
{
  const seedOverlap = join(root, '..', 'shared', 'tools', 'seed-overlap.mjs');
  if (existsSync(seedOverlap)) {
    const name = 'seed-overlap (no sentences copied from the sources)';
    const { code } = await run(node, [seedOverlap]);
    if (code !== 0) stageFailed(name, `seed-overlap exited with ${code}: reword the passages listed above`);
    else stagePassed(name);
  } else {
    console.log('\nNote: ../shared/tools/seed-overlap.mjs is absent here; skipping the copied-sentence check.');
    skipped.push('seed-overlap (../shared absent)');
  }

  const readability = join(root, 'scripts', 'readability.mjs');
  if (existsSync(readability)) {
    const name = 'readability';
    const { code } = await run(node, [readability]);
    if (code !== 0) stageFailed(name, `scripts/readability.mjs exited with ${code}`);
    else stagePassed(name);
  } else {
    console.log('\nNote: scripts/readability.mjs does not exist yet; skipping the readability check.');
    skipped.push('readability (scripts/readability.mjs absent)');
  }
}

// (d) a browser for Playwright.
{
  const name = 'ensure-browser';
  const { code } = await run(node, [join('scripts', 'ensure-browser.mjs')]);
  if (code !== 0) stageFailed(name, 'no Chromium available (see the message above)');
  else stagePassed(name);
}

// (e) Playwright.
{
  const name = 'playwright test';
  const { code, summary } = await runPlaywright([]);
  if (code !== 0) {
    // A crash before any test result (config error, server that never started) still counts.
    if (!summary || summary.failed === 0) failed++;
    console.error(`\nFAILED at stage "${name}": playwright test exited with ${code}`);
    finish();
  }
  if (!summary) passed++;
  console.log(`\nstage "${name}" passed`);
}

// (f) the same site served from a sub-path: build with BASE_PATH and rerun every test whose
// outcome can depend on URLs. Left out, because the base path cannot change their result: axe
// (the slowest, and it checks rendering, not addresses), html-validate (the markup is the same),
// and the bad-input builds (they build their own fixtures). Then rebuild at the root, so dist/
// is left as `npm run build` makes it.
{
  const name = `sub-path (${SUB_PATH})`;
  const env = { BASE_PATH: SUB_PATH };
  const { code: buildCode } = await run(npm, ['run', 'build'], env);
  if (buildCode !== 0) stageFailed(name, `npm run build with BASE_PATH=${SUB_PATH} exited with ${buildCode}`);
  // any-size-any-setting checks reflow, text size, forced colours and motion: rendering, like axe.
  const independent = new Set([
    'every-page-is-accessible.spec.ts',
    'html-is-valid.spec.ts',
    'bad-input-fails-the-build.spec.ts',
    'any-size-any-setting.spec.ts',
  ]);
  const specs = readdirSync(join(root, 'tests'))
    .filter((f) => f.endsWith('.spec.ts') && !independent.has(f))
    .map((f) => `tests/${f}`);
  const { code, summary } = await runPlaywright(specs, env);
  const { code: rebuildCode } = await run(npm, ['run', 'build']);
  if (code !== 0) {
    if (!summary || summary.failed === 0) failed++;
    console.error(`\nFAILED at stage "${name}": playwright test exited with ${code}`);
  } else if (rebuildCode !== 0) stageFailed('rebuild at the root', `npm run build exited with ${rebuildCode}`);
  else console.log(`\nstage "${name}" passed`);
  finish();
}
