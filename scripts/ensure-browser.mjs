#!/usr/bin/env node
// Finds (and, on Debian/Ubuntu as root, installs) the Chromium that Playwright drives, plus
// pdftotext (poppler-utils) for the print tests.
//
//   node scripts/ensure-browser.mjs   -> installs what is missing if it can, prints one line naming
//                                        the browser, exits 1 with what to install if it cannot.
//   import { findChromium } from './scripts/ensure-browser.mjs'
//                                     -> the same lookup without installing anything (used by
//                                        playwright.config.ts, so there is one definition of "which
//                                        browser").
//
// Lookup order: $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, Playwright's own
// download (chromium.executablePath() from @playwright/test), then apt-get as a last resort.
import { existsSync, accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
/**
 * Flags every Chromium launch here needs (tests, bench, Lighthouse). As root, Debian's Chromium
 * refuses to start without --no-sandbox; on a closed network it stalls on background updates and
 * sync unless they are off.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];
const APT_PACKAGES = ['chromium', 'poppler-utils'];

/** @param {string} p */
function isExecutable(p) {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Absolute path of the first command called `name` on PATH, or null.
 * @param {string} name
 * @returns {string | null}
 */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    if (isExecutable(p)) return p;
  }
  return null;
}

/**
 * The Chromium to use, without installing anything.
 * Throws if CHROMIUM_PATH is set but does not point to an executable (a typo should not silently
 * fall through to another browser).
 * @returns {{ path: string, source: string } | null}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no executable is there.`);
    }
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  for (const p of SYSTEM_CHROMIUM_PATHS) {
    if (isExecutable(p)) return { path: p, source: 'system package' };
  }
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return { path: bundled, source: "Playwright's own download" };
  return null;
}

/** The executable path for playwright.config.ts; undefined lets Playwright report its own error. */
export function chromiumExecutablePath() {
  return findChromium()?.path;
}

function canUseApt() {
  return typeof process.getuid === 'function' && process.getuid() === 0 && which('apt-get') !== null;
}

/** @param {string[]} args */
function apt(args) {
  console.log(`ensure-browser: apt-get ${args.join(' ')}`);
  const r = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

/** @param {string[]} packages */
function aptInstall(packages) {
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', ...packages]);
}

const HOW_TO_INSTALL =
  'Install Chromium and poppler-utils (Debian/Ubuntu: `apt-get install chromium poppler-utils` as root), ' +
  'or run `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium/Chrome executable.';

/**
 * Makes sure a Chromium and pdftotext are available, installing them with apt-get when running as
 * root on Debian/Ubuntu. Returns the browser found.
 * @returns {{ path: string, source: string }}
 */
export function ensureBrowser() {
  let found = findChromium();
  const needPdftotext = which('pdftotext') === null;
  const missing = [];
  if (!found) missing.push('chromium');
  if (needPdftotext) missing.push('poppler-utils');

  if (missing.length && canUseApt()) {
    // Install both together when the browser is missing (one apt transaction); otherwise only
    // what is missing.
    aptInstall(found ? missing : APT_PACKAGES);
    found = findChromium();
  }
  if (!found) throw new Error(`No Chromium found for Playwright. ${HOW_TO_INSTALL}`);
  if (which('pdftotext') === null) {
    console.warn(`ensure-browser: warning: pdftotext is missing; tests that read PDFs will fail. ${HOW_TO_INSTALL}`);
  }
  return found;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  try {
    const { path, source } = ensureBrowser();
    console.log(`ensure-browser: using Chromium at ${path} (${source})`);
  } catch (err) {
    console.error(`ensure-browser: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
