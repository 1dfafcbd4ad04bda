#!/usr/bin/env node
// Builds the Pagefind search index of dist/ with Pagefind's Node API, after `astro build`.
// Any problem fails the build with a message saying what to fix (the astro-pagefind integration
// only logs indexing errors, so a broken index would ship unnoticed).
//
// Search keywords: a page's frontmatter `keywords` are rendered into <meta name="keywords">, which
// BaseLayout marks as a Pagefind metadata field (src/lib/search.ts: SEARCH_KEYWORDS_FIELD). Pagefind
// searches that field and the ranking boosts it, so readers' words ("stem cell", "kidney") find the
// technical page while the page that readers see carries no hidden text. This script checks that
// every page's keywords reached the index.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { builtHtmlFiles } from './lib/built-site.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(root, 'dist');
const OUTPUT = join(DIST, 'pagefind');
/** The metadata field the keywords are stored in: SEARCH_KEYWORDS_FIELD in src/lib/search.ts. */
const KEYWORDS_FIELD = 'keywords';

const problems = [];
const fail = (message) => {
  console.error(`Search index: ${message}`);
  process.exit(1);
};

const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_, e) => {
    const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" }[e.toLowerCase()];
    if (named) return named;
    return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

/** The keywords a page declares in <meta name="keywords">, or []. */
function pageKeywords(html) {
  const meta = /<meta\s+name="keywords"\s+content="([^"]*)"/i.exec(html);
  if (!meta) return [];
  return decode(meta[1])
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
}

async function main() {
  const files = builtHtmlFiles(DIST);
  if (files.length === 0) fail('dist/ has no HTML files: run `astro build` first.');

  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'en',
    // Words a screen reader needs but an excerpt does not: citation markers ("[reference 4]"),
    // the "(glossary)" suffix on glossary links, and callout icons.
    excludeSelectors: ['.citation-group', '.glossary-term .visually-hidden', '.callout__icon'],
  });
  if (errors.length || !index) fail(errors.join('\n') || 'Pagefind did not start.');

  let expected = 0;
  let keywordPages = 0;
  for (const file of files) {
    const sourcePath = relative(DIST, file).split(sep).join('/');
    const html = readFileSync(file, 'utf8');
    const indexed = /\sdata-pagefind-body[\s>=]/.test(html);
    const keywords = pageKeywords(html);
    if (!indexed) {
      if (keywords.length) problems.push(`${sourcePath} declares keywords but has no data-pagefind-body, so they would never be searched.`);
      continue;
    }
    expected++;
    if (keywords.length) keywordPages++;
    const added = await index.addHTMLFile({ sourcePath, content: html });
    if (added.errors.length) {
      problems.push(`${sourcePath}: ${added.errors.join('; ')}`);
      continue;
    }
    if (!added.file.meta.title) problems.push(`${sourcePath}: indexed without a title (is the <h1> inside data-pagefind-body?).`);
    if (!/data-pagefind-filter="topic:/.test(html)) problems.push(`${sourcePath}: no data-pagefind-filter="topic:…", so the topic filter would miss it.`);
    if (keywords.length && !added.file.meta[KEYWORDS_FIELD]) {
      problems.push(`${sourcePath} declares keywords, but Pagefind did not store them: is data-pagefind-meta="${KEYWORDS_FIELD}[content]" missing from <meta name="keywords">?`);
    }
  }
  if (problems.length) fail(`\n  - ${problems.join('\n  - ')}`);
  if (expected === 0) fail('no pages were indexed: is data-pagefind-body missing from the layout?');

  const written = await index.writeFiles({ outputPath: OUTPUT });
  if (written.errors.length) fail(written.errors.join('\n'));
  await pagefind.close();
  console.log(`Search index: ${expected} pages indexed (${keywordPages} with search keywords) into dist/pagefind`);
}

main().catch((error) => fail(error instanceof Error ? error.stack ?? error.message : String(error)));
