#!/usr/bin/env node
// Own words in Spanish (issue 21): no passage of content/es (MDX pages and YAML data) repeats, word
// for word, a source the translation drew on. A stage of `npm test` (scripts/test.mjs); rules in
// scripts/lib/own-words.mjs (Unicode words, accents kept and folded, runs of 8 words).
//
//   node scripts/own-words.mjs [DIR ...]
//       Checks DIR (default content/es) against the sources in SOURCES_FILE (fingerprints only:
//       their text is not ours to commit) and, when they are there, the seed sources
//       ../shared/sources/*.txt (read as text; absent in CI, which says so and goes on).
//       Exit 1 when a passage repeats a source.
//   node scripts/own-words.mjs --add FILE --title TITLE --url URL --covers WHAT [--read YYYY-MM-DD]
//       Fingerprints the text in FILE (a source you read, saved as plain text outside the repo) and
//       adds it to SOURCES_FILE, or replaces the entry with the same URL. --covers says honestly how
//       much of the source the text is ("the whole page", "the first four paragraphs").
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADVICE, describeHit, findCopies, fingerprintText, referenceOf, SHINGLE_WORDS } from './lib/own-words.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The committed fingerprints of the Spanish sources, with each source's title, address and the day it was read. */
export const SOURCES_FILE = 'content/es/source-fingerprints.json';
const SEED_SOURCES = join(root, '..', 'shared', 'sources');

const readSources = () => JSON.parse(readFileSync(join(root, SOURCES_FILE), 'utf8'));

/**
 * The MDX pages and YAML files under a folder, from the project root.
 * @param {string} dir
 * @returns {string[]}
 */
export function contentFiles(dir) {
  const full = join(root, dir);
  if (!existsSync(full)) throw new Error(`${dir} does not exist`);
  if (statSync(full).isFile()) return [dir];
  return readdirSync(full)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(join(root, path)).isDirectory()) return contentFiles(path);
      return /\.(mdx|ya?ml)$/.test(name) ? [path] : [];
    });
}

function add(args) {
  const option = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const file = option('add');
  const title = option('title');
  const url = option('url');
  const covers = option('covers');
  const read = option('read') ?? new Date().toISOString().slice(0, 10);
  if (!file || !title || !url || !covers) {
    throw new Error('Usage: node scripts/own-words.mjs --add FILE --title TITLE --url URL --covers "how much of the source FILE holds" [--read YYYY-MM-DD]');
  }
  if (!/^https?:\/\//.test(url)) throw new Error(`--url must be the source's address (https://…), not ${url}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(read)) throw new Error(`--read must be the day you read the source, YYYY-MM-DD, not ${read}`);
  const { words, kept, folded } = fingerprintText(readFileSync(file, 'utf8'));
  if (words < SHINGLE_WORDS) throw new Error(`${file} has ${words} words: a source needs at least ${SHINGLE_WORDS}`);
  const data = readSources();
  const entry = { title, url, read, covers, words, kept: kept.join(' '), folded: folded.join(' ') };
  const at = data.sources.findIndex((source) => source.url === url);
  if (at >= 0) data.sources[at] = entry;
  else data.sources.push(entry);
  writeFileSync(join(root, SOURCES_FILE), JSON.stringify(data, null, 2) + '\n');
  console.log(`${at >= 0 ? 'Replaced' : 'Added'} "${title}": ${words} words, ${kept.length} fingerprints, in ${SOURCES_FILE}`);
}

/** Every reference: the committed fingerprints, then the seed sources' text when present (with a note when not). */
export function references({ seedSources = SEED_SOURCES, log = console.log } = {}) {
  const refs = readSources().sources.map((source) =>
    referenceOf(`"${source.title}" (${source.url})`, { kept: source.kept.split(' '), folded: source.folded.split(' ') }),
  );
  if (existsSync(seedSources)) {
    for (const name of readdirSync(seedSources).filter((f) => f.endsWith('.txt'))) {
      refs.push(referenceOf(`the seed source ${name}`, fingerprintText(readFileSync(join(seedSources, name), 'utf8'))));
    }
  } else {
    log(`Note: ${relative(root, seedSources)} is not here (as in CI): checked against the ${refs.length} fingerprinted source(s) only.`);
  }
  return refs;
}

function check(dirs) {
  const refs = references();
  const files = dirs.flatMap(contentFiles);
  const { setPhrases } = readSources();
  const hits = files.flatMap((file) => findCopies(readFileSync(join(root, file), 'utf8'), refs, setPhrases).map((hit) => describeHit(file, hit)));
  for (const line of hits) console.log(line);
  if (hits.length > 0) {
    console.log(`${hits.length} passage(s) repeat a source word for word: ${ADVICE}.`);
    process.exit(1);
  }
  console.log(`own words: no passage of ${SHINGLE_WORDS}+ words in ${files.length} file(s) of ${dirs.join(', ')} repeats any of ${refs.length} source(s)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  try {
    if (args.includes('--add')) add(args);
    else check(args.length > 0 ? args : ['content/es']);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}
