#!/usr/bin/env node
// Run after `npm install` changes package-lock.json:  node scripts/fill-lockfile-gaps.mjs
//
// Why: the package registry these machines use does not carry every platform's build of some
// optional native packages (Pagefind's and Astro's compiler binaries for macOS and Windows, for
// example). npm install skips them silently, but `npm ci` (used by CI) then refuses the lockfile:
// "Missing: @pagefind/darwin-arm64@ from lock file". npm never installs another platform's
// binaries, so a placeholder entry for each missing optional package (at the location npm
// expects, with the empty version npm resolves it to) satisfies the check without changing what
// is installed. Platform packages that the registry does carry are left exactly as npm wrote them.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const LOCKFILE = 'package-lock.json';
const result = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts'], { encoding: 'utf8' });
const missing = [...`${result.stdout}${result.stderr}`.matchAll(/Missing: (\S+)@ from lock file/g)].map((m) => m[1]);
if (missing.length === 0) {
  console.log('package-lock.json: nothing missing; npm ci accepts it.');
  process.exit(0);
}

const lock = JSON.parse(readFileSync(LOCKFILE, 'utf8'));
let added = 0;
for (const name of missing) {
  // npm places an optional platform package under the package that asks for it.
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (!location || !entry.optionalDependencies?.[name]) continue;
    const key = `${location}/node_modules/${name}`;
    if (!lock.packages[key]) {
      lock.packages[key] = { version: '', optional: true };
      added++;
    }
  }
}
writeFileSync(LOCKFILE, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} placeholder(s) for optional packages the registry lacks: ${missing.join(', ')}`);
