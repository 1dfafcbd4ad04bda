#!/usr/bin/env node
// `npm test`: every check of the project, cheapest first, stopping at the first stage that fails.
//   (0) scripts/check-lockfile.mjs: package-lock.json is complete for every platform
//   (1) npm run lint: ESLint (TypeScript, JavaScript, Astro) and Stylelint (CSS); then
//       npm run format:check: Prettier with its Astro plugin (content excluded: see .prettierignore)
//   (2) npm run test:unit: Vitest on the *.test.ts files beside their modules in src/ and scripts/, no build needed
//   (3) astro check: zero errors, warnings and hints
//   (4) npm run build under BASE_PATH=/lupus-msc/: the site as CI publishes it, with its Pagefind index
//   (5) content checks: ../shared/tools/seed-overlap.mjs, scripts/readability.mjs (when present)
//   (6) scripts/ensure-browser.mjs: a Chromium for Playwright (installed with apt-get if need be)
//   (7) playwright test: every browser and build test in tests/, once, against that sub-path build
//   (8) npm run build at the root, and the specs whose outcome depends on the URL root (ROOT_SPECS)
// Output streams as it comes. The last line printed is always "N passed, N failed": Vitest and
// Playwright add their own test counts, every other stage counts as one check.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const node = process.execPath; // Node 24 under `npm run` (the pinned `node` package)
/** The sub-path CI publishes under (a project site of GitHub Pages); the browser tests run against it. */
const SUB_PATH = '/lupus-msc/';
/**
 * The specs run a second time against a build at the root: those whose result depends on where the
 * site's URLs start (links and fragments, canonical URLs, sitemap and robots.txt, the _headers
 * paths, search result links and the search page address). Everything else renders the same HTML
 * at either base, so one run under the sub-path proves it.
 */
const ROOT_SPECS = [
  'tests/links-resolve.spec.ts',
  'tests/links-sitemap-robots-and-canonical.spec.ts',
  'tests/security-csp-and-headers.spec.ts',
  'tests/search-page-url-and-no-js.spec.ts',
  'tests/search-keyboard-and-screen-reader.spec.ts',
];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let passed = 0;
let failed = 0;
const skipped = [];
/** Wall-clock seconds of each command run, in order, printed at the end so slow stages stand out. */
const timings = [];
const started = performance.now();

/** Runs a command with output streamed through; resolves with its exit code and output. */
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    console.log(`\n$ ${[cmd, ...args].join(' ')}`);
    const commandStarted = performance.now();
    const label = [cmd === node ? 'node' : cmd, ...args].join(' ');
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
    child.on('close', (code, signal) => {
      timings.push([label, (performance.now() - commandStarted) / 1000]);
      resolve({ code: code ?? (signal ? 128 : 1), output });
    });
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
  let summary;
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
  console.log('\nTime by command (wall clock):');
  for (const [label, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${label}`);
  console.log(`  ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  in all`);
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

// (1) lint: ESLint and Stylelint (npm run lint).
{
  const name = 'lint';
  const { code } = await run(npm, ['run', 'lint']);
  if (code !== 0) stageFailed(name, 'npm run lint found problems (listed above)');
  else stagePassed(name);
}

// (1b) format: Prettier, as configured in .prettierrc.json and .prettierignore.
{
  const name = 'format';
  const { code } = await run(npm, ['run', 'format:check']);
  if (code !== 0) stageFailed(name, 'these files are not formatted: run npx prettier --write <file> (listed above)');
  else stagePassed(name);
}

// (2) unit tests (Vitest): its counts join the totals.
{
  const name = 'unit tests';
  const { code, output } = await run(npm, ['run', 'test:unit', '--', '--reporter=default']);
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  // Vitest's summary line: "Tests  2 failed | 100 passed (102)".
  const tests = /^\s*Tests\s+(.*)$/m.exec(plain)?.[1];
  const count = (what) => Number(new RegExp(`(\\d+) ${what}`).exec(tests ?? '')?.[1] ?? 0);
  passed += count('passed');
  failed += count('failed');
  if (code !== 0) {
    if (!count('failed')) failed++;
    console.error(`\nFAILED at stage "${name}": vitest exited with ${code}`);
    console.error('Later stages were not run.');
    finish();
  }
  if (!tests) passed++;
  console.log(`\nstage "${name}" passed`);
}

// (3) astro check — fails on any error, warning or hint.
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

// (4) build under the sub-path CI publishes: astro build + Pagefind index + _headers.
{
  const name = `build (${SUB_PATH})`;
  const { code } = await run(npm, ['run', 'build'], { BASE_PATH: SUB_PATH });
  if (code !== 0) stageFailed(name, `npm run build with BASE_PATH=${SUB_PATH} exited with ${code}`);
  else if (!existsSync(join(root, 'dist', 'index.html'))) stageFailed(name, 'dist/index.html was not written');
  else stagePassed(name);
}

// (5) content checks.
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

// (6) a browser for Playwright.
{
  const name = 'ensure-browser';
  const { code } = await run(node, [join('scripts', 'ensure-browser.mjs')]);
  if (code !== 0) stageFailed(name, 'no Chromium available (see the message above)');
  else stagePassed(name);
}

/** Adds a Playwright run's outcome to the totals; stops on failure. */
function playwrightStage(name, { code, summary }) {
  if (code === 0) {
    if (!summary) passed++;
    console.log(`\nstage "${name}" passed`);
    return;
  }
  // A crash before any test result (config error, server that never started) still counts.
  if (!summary || summary.failed === 0) failed++;
  console.error(`\nFAILED at stage "${name}": playwright test exited with ${code}`);
  finish();
}

// (7) Playwright, every spec once, against the sub-path build.
playwrightStage(`playwright test (${SUB_PATH})`, await runPlaywright([], { BASE_PATH: SUB_PATH }));

// (8) the same site built at the root, and the specs whose result depends on the URL root. This
// also leaves dist/ as `npm run build` makes it.
{
  const name = 'build (/)';
  const { code } = await run(npm, ['run', 'build']);
  if (code !== 0) stageFailed(name, `npm run build exited with ${code}`);
  else stagePassed(name);
  playwrightStage('playwright test (/)', await runPlaywright(ROOT_SPECS));
  finish();
}
