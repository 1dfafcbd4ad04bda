#!/usr/bin/env node
// `npm test` runs this first: a lockfile that npm install or npm ci would refuse on any
// platform fails here, with the fix, before anything is built.
import { readFileSync } from 'node:fs';
import { lockfileProblems } from './lib/lockfile.mjs';

const problems = lockfileProblems(JSON.parse(readFileSync('package-lock.json', 'utf8')));
if (problems.length) {
  console.error(`package-lock.json is incomplete (${problems.length} problem(s)):`);
  for (const p of problems) console.error(`- ${p}`);
  console.error(
    'Fix: update the lockfile with npm install (never patch it by hand). If a package the registry ' +
      'lacks is the cause, pin the dependency that asks for it to the last version that does not, with "overrides" in package.json.',
  );
  process.exit(1);
}
console.log('package-lock.json: every entry has a version and every optional platform package is locked.');
