#!/usr/bin/env node
// readability: Flesch–Kincaid grade level of every built page's running text.
//
// Usage (from the project root, after `npm run build`):
//   node scripts/readability.mjs [DIST_DIR]        (default: dist)
//
// For each page in dist/page-manifest.json it takes the running text of <main>:
// paragraphs, list items and definition-list descriptions, callouts included.
// Left out: headings and labels that act as headings (callout labels, box titles, timeline dates),
// tables, the reference list (section.references), navigation (nav, .screen-only), the page meta line (.page-meta),
// citation markers (sup, .citation), visually hidden text, scripts, styles, forms and code.
// Grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59 (the flesch-kincaid package),
// with sentences, words and syllables counted by parse-english and syllable (see "counting").
// Limit: 7 for overview pages, 9 for all others; some pages are reported but not limited.
// The limits were 8 and 10 with the hand-written counter this replaced, which read numbers and
// abbreviations aloud ("2018" as four syllables, "MSC" as three); the libraries count them as one,
// so the same pages score 0.3 to 2.3 grades lower (0.9 on average for overviews, 1.3 for the
// others, measured on all 18 limited pages in November 2026). Each limit is lowered by that
// shift, so it asks as much of a page as before.
// Spanish pages (lang "es" in the manifest) are measured with INFLESZ, the Szigriszt-Pazos
// perspicuity index on the INFLESZ scale (Barrio-Cantalejo et al. 2008, used for Spanish patient
// information): 206.835 − 62.3 × syllables/words − words/sentences, higher is easier; 55–65 is
// "normal", 65–80 "fairly easy". Syllables by silabea (Spanish syllable rules, a number or code
// one syllable), sentences and words by the same parser as English. Limits: at least
// 60 for overviews, 55 for others ("normal" or easier), set on the first
// translated pages (December 2026), which scored 67 to 75 (home 74, urgent help 67, questions 75).
// Exits 1 when any limited page is over its limit, 2 when there is nothing to read.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fleschKincaid } from 'flesch-kincaid';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import { syllable } from 'syllable';
import silabea from 'silabea';
import { visit } from 'unist-util-visit';
import { readManifest } from '../src/features/chrome/built-site.mjs';

export const OVERVIEW_PAGES = new Set(['/', '/stromal-cell-therapy/', '/trial-history/', '/lupus-nephritis/']);
// Registers of entries are reported, not limited: the corrections page repeats each page's own
// corrections, whose words count (and are limited) on the page they correct.
export const UNLIMITED_PAGES = new Set(['/glossary/', '/sources/', '/about/corrections/', '/search/', '/404.html']);
export const OVERVIEW_LIMIT = 7;
export const DEFAULT_LIMIT = 9;
/** Spanish pages: the lowest INFLESZ score allowed (higher is easier). */
export const SPANISH_OVERVIEW_MIN = 60;
export const SPANISH_DEFAULT_MIN = 55;

/**
 * The limit of a manifest page: a translation has its English page's kind of limit (the manifest's
 * alternates name the English path), on its language's scale.
 */
export function limitFor(page) {
  const path = page.alternates?.en ?? page.path;
  if (UNLIMITED_PAGES.has(path)) return null;
  if (page.lang === 'es') return OVERVIEW_PAGES.has(path) ? SPANISH_OVERVIEW_MIN : SPANISH_DEFAULT_MIN;
  return OVERVIEW_PAGES.has(path) ? OVERVIEW_LIMIT : DEFAULT_LIMIT;
}

/** Whether a score is within a limit: a grade at most the limit (English), an INFLESZ score at least it (Spanish). */
export const withinLimit = (page, score, limit) => (page.lang === 'es' ? score >= limit : score <= limit);

// ---------------------------------------------------------------- text extraction

const BLOCKS = new Set(['p', 'li', 'dd', 'dt', 'blockquote', 'figcaption']);
const SKIP_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'nav',
  'script',
  'style',
  'template',
  'noscript',
  'sup',
  'svg',
  'pre',
  'code',
  'button',
  'form',
  'input',
  'select',
  'textarea',
  'label',
]);
const SKIP_CLASSES = ['references', 'page-meta', 'cite', 'citation', 'citation-group', 'visually-hidden', 'sr-only'];
// Parts that need a screen carry .screen-only (src/styles/utilities.css): navigation and back links
// are not running text. One exception: a glossary definition that opens in place is screen-only
// (on paper it is in the word list instead), but it is plain-language text read where the term is,
// and the limits above were set with it counted.
const isScreenOnlyChrome = (cls) => cls.includes('screen-only') && !cls.includes('glossary-definition');
// Labels that work as headings (a callout's label, a box's title, a timeline entry's date) are left out like headings.
const LABEL_CLASS = /(^|__)(label|title|date)$/;

function classes(node) {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

function skipped(node) {
  if (node.type !== 'element') return false;
  if (SKIP_TAGS.has(node.tagName)) return true;
  if (node.properties?.hidden != null && node.properties.hidden !== false) return true;
  if (node.properties?.ariaHidden === 'true' || node.properties?.ariaHidden === true) return true;
  const cls = classes(node);
  return SKIP_CLASSES.some((s) => cls.includes(s)) || isScreenOnlyChrome(cls) || cls.some((c) => LABEL_CLASS.test(c) && !c.startsWith('source'));
}

function findMain(node) {
  if (node.type === 'element' && node.tagName === 'main') return node;
  for (const child of node.children ?? []) {
    const found = findMain(child);
    if (found) return found;
  }
  return null;
}

// Text of one block, without the text of blocks nested in it (they are read on their own).
function ownText(node) {
  let out = '';
  for (const child of node.children ?? []) {
    if (child.type === 'text') out += child.value;
    else if (child.type === 'element') {
      if (skipped(child)) continue;
      if (BLOCKS.has(child.tagName) || child.tagName === 'ul' || child.tagName === 'ol' || child.tagName === 'dl') {
        out += ' ';
        continue;
      }
      if (child.tagName === 'br') out += ' ';
      else out += ownText(child);
      if (/^(div|section|aside|article|header|footer)$/.test(child.tagName)) out += ' ';
    }
  }
  return out;
}

export function runningText(html) {
  const tree = fromHtml(html);
  const main = findMain(tree);
  if (!main) return [];
  const blocks = [];
  const walk = (node) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (skipped(node)) return;
    if (node.type === 'element' && BLOCKS.has(node.tagName)) {
      const text = ownText(node).replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(main);
  return blocks;
}

// ---------------------------------------------------------------- counting

// Counting is done by maintained libraries from the unified collective (the same ones
// retext-readability builds on): parse-english splits sentences and words (it knows "e.g." and
// "Dr." do not end a sentence), syllable counts syllables, flesch-kincaid applies the formula.
// A number or code ("2018", "50%") counts as a word of at least one syllable: syllable() gives
// such tokens 0, which would make figures look easier to read than words.
const english = new ParseEnglish();

/** The sentences of one block and the words of each. A block is at least one sentence (a list item without a full stop is one). */
function sentencesOf(block) {
  const sentences = [];
  visit(english.parse(block), 'SentenceNode', (sentence) => {
    const words = [];
    visit(sentence, 'WordNode', (word) => {
      words.push(toString(word));
    });
    if (words.length) sentences.push(words);
  });
  return sentences;
}

export function analyse(blocks) {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    for (const sentenceWords of sentencesOf(block)) {
      sentences++;
      words += sentenceWords.length;
      syllables += sentenceWords.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
    }
  }
  const grade = words && sentences ? fleschKincaid({ sentence: sentences, word: words, syllable: syllables }) : 0;
  return { words, sentences, syllables, grade };
}

/** Syllables of a Spanish word by silabea; a number, code or abbreviation counts as one. */
export function spanishSyllables(word) {
  if (!/^\p{L}+$/u.test(word) || word === word.toUpperCase()) return 1;
  return Math.max(1, silabea.getSilabas(word.toLowerCase()).numeroSilaba ?? 1);
}

/** INFLESZ (Szigriszt-Pazos) of Spanish running text: 206.835 − 62.3 × syllables/words − words/sentences. */
export function analyseSpanish(blocks) {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  // "EE. UU." (the United States) is one word, not the end of a sentence.
  for (const block of blocks.map((text) => text.replace(/\bEE\. ?UU\./g, 'EEUU'))) {
    for (const sentenceWords of sentencesOf(block)) {
      sentences++;
      words += sentenceWords.length;
      syllables += sentenceWords.reduce((sum, word) => sum + spanishSyllables(word), 0);
    }
  }
  const grade = words && sentences ? 206.835 - (62.3 * syllables) / words - words / sentences : 0;
  return { words, sentences, syllables, grade };
}

// ---------------------------------------------------------------- the built site

let root = 'dist';

function main() {
  root = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(root)) {
    console.error(`readability: ${root} not found; run the build first (npm run build).`);
    process.exit(2);
  }
  const rows = readManifest(root)
    .pages.map((page) => {
      const url = page.path;
      const blocks = runningText(readFileSync(join(root, page.file), 'utf8'));
      const stats = page.lang === 'es' ? analyseSpanish(blocks) : analyse(blocks);
      const limit = limitFor(page);
      const status = limit == null ? '-' : withinLimit(page, stats.grade, limit) ? 'OK' : 'OVER';
      return { url, ...stats, limit, status };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
  if (!rows.length) {
    console.error(`readability: no pages in ${root}/page-manifest.json.`);
    process.exit(2);
  }

  const header = ['page', 'words', 'sentences', 'grade', 'limit', 'status'];
  const table = rows.map((r) => [r.url, String(r.words), String(r.sentences), r.grade.toFixed(1), r.limit == null ? 'none' : String(r.limit), r.status]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));

  const over = rows.filter((r) => r.status === 'OVER');
  console.log('');
  console.log(`Flesch–Kincaid grade of the running text of <main>; limit ${OVERVIEW_LIMIT} for overview pages, ${DEFAULT_LIMIT} for others.`);
  console.log(
    `Spanish pages (/es/): INFLESZ score instead (higher is easier); at least ${SPANISH_OVERVIEW_MIN} for overview pages, ${SPANISH_DEFAULT_MIN} for others.`,
  );
  if (over.length) {
    console.log(`${over.length} page(s) over the limit: ${over.map((r) => r.url).join(', ')}`);
    process.exit(1);
  }
  console.log(`all ${rows.filter((r) => r.limit != null).length} limited pages are within their limit`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
