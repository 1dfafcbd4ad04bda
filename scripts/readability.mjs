#!/usr/bin/env node
// readability: Flesch–Kincaid grade level of every built page's running text.
//
// Usage (from the project root, after `npm run build`):
//   node scripts/readability.mjs [DIST_DIR]        (default: dist)
//
// For each dist/**/index.html (and dist/404.html) it takes the running text of <main>:
// paragraphs, list items and definition-list descriptions, callouts included.
// Left out: headings and labels that act as headings (callout labels, box titles, timeline dates),
// tables, the reference list (section.references), navigation (nav), the page meta line (.page-meta),
// citation markers (sup, .citation), visually hidden text, scripts, styles, forms and code.
// Numbers count as words, with the syllables they have when read aloud ("2018": twenty eighteen).
// Grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
// Limit: 8 for overview pages, 10 for all others; some pages are reported but not limited.
// Exits 1 when any limited page is over its limit, 2 when there is nothing to read.

import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';

export const OVERVIEW_PAGES = new Set(['/', '/stromal-cell-therapy/', '/trial-history/', '/lupus-nephritis/']);
export const UNLIMITED_PAGES = new Set(['/glossary/', '/sources/', '/search/', '/404.html']);
export const OVERVIEW_LIMIT = 8;
export const DEFAULT_LIMIT = 10;

export function limitFor(url) {
  if (UNLIMITED_PAGES.has(url)) return null;
  return OVERVIEW_PAGES.has(url) ? OVERVIEW_LIMIT : DEFAULT_LIMIT;
}

// ---------------------------------------------------------------- text extraction

const BLOCKS = new Set(['p', 'li', 'dd', 'dt', 'blockquote', 'figcaption']);
const SKIP_TAGS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'nav', 'script', 'style', 'template', 'noscript',
  'sup', 'svg', 'pre', 'code', 'button', 'form', 'input', 'select', 'textarea', 'label',
]);
const SKIP_CLASSES = ['references', 'page-meta', 'cite', 'citation', 'citation-group', 'visually-hidden', 'sr-only', 'breadcrumbs', 'pagination'];
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
  return SKIP_CLASSES.some((s) => cls.includes(s)) || cls.some((c) => LABEL_CLASS.test(c) && !c.startsWith('source'));
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

// Abbreviations whose full stop does not end a sentence.
const NO_END = /(?:^|\s)(?:e\.g|i\.e|etc|vs|Dr|Drs|Mr|Mrs|Ms|Prof|St|U\.S|U\.K|No|approx|al|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$/;

export function sentencesOf(block) {
  // A block always counts as at least one sentence: a list item without a full stop is one.
  const parts = [];
  let start = 0;
  const re = /[.!?]+["'’”)\]]*(?=\s+|$)/g;
  let m;
  while ((m = re.exec(block))) {
    const end = m.index + m[0].length;
    const candidate = block.slice(start, end).trim();
    if (m[0].startsWith('.') && m[0].length === 1 && NO_END.test(block.slice(start, m.index + 1))) continue;
    if (candidate) parts.push(candidate);
    start = end;
  }
  const rest = block.slice(start).trim();
  if (/[\p{L}\p{N}]/u.test(rest)) parts.push(rest);
  return parts.filter((p) => /[\p{L}\p{N}]/u.test(p));
}

export function wordsOf(text) {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%/\-–]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu) ?? [];
}

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function intWords(n) {
  if (n === 0) return 'zero';
  if (n < 20) return ONES[n];
  if (n < 100) return `${TENS[Math.floor(n / 10)]} ${ONES[n % 10]}`.trim();
  if (n < 1000) return `${ONES[Math.floor(n / 100)]} hundred ${n % 100 ? intWords(n % 100) : ''}`.trim();
  if (n < 1_000_000) return `${intWords(Math.floor(n / 1000))} thousand ${n % 1000 ? intWords(n % 1000) : ''}`.trim();
  return `${intWords(Math.floor(n / 1_000_000))} million ${n % 1_000_000 ? intWords(n % 1_000_000) : ''}`.trim();
}

// How a number is said: years as two pairs ("twenty eighteen"), decimals digit by digit.
function numberWords(token) {
  const clean = token.replace(/[$,]/g, '');
  const pct = clean.endsWith('%') ? ' percent' : '';
  const body = clean.replace(/%$/, '');
  const [whole, frac] = body.split('.');
  if (!/^\d+$/.test(whole)) return null;
  const n = Number(whole);
  let said;
  if (!frac && whole.length === 4 && n >= 1100 && n < 2100 && !pct) {
    said = n % 100 === 0 ? intWords(n) : `${intWords(Math.floor(n / 100))} ${n % 100 < 10 ? 'oh ' : ''}${intWords(n % 100)}`;
  } else said = intWords(n);
  if (frac && /^\d+$/.test(frac)) said += ` point ${[...frac].map((d) => intWords(Number(d))).join(' ')}`;
  return said + pct;
}

const LETTER_SYLLABLES = { w: 3 };

export function syllablesOfWord(raw) {
  const token = raw.replace(/[’']s$/i, '').replace(/[’']/g, '');
  // Codes that mix letters and long digit runs (NCT02633163, R34-AI114453) are read out
  // letter by letter and digit by digit.
  if (/[A-Za-z]/.test(token) && /\d{5,}/.test(token)) {
    return [...token.replace(/[^A-Za-z0-9]/g, '')].reduce((sum, ch) => sum + (/\d/.test(ch)
      ? syllablesOfWord(intWords(Number(ch))) : LETTER_SYLLABLES[ch.toLowerCase()] ?? 1), 0);
  }
  // Numbers, ranges and fractions: count each number as it is said.
  if (/\d/.test(token)) {
    return token.split(/[–\-/]/).filter(Boolean).reduce((sum, part) => {
      const said = numberWords(part);
      if (said) return sum + said.split(/\s+/).reduce((s, w) => s + syllablesOfWord(w), 0);
      // Mixed tokens such as "SRI-4" or "CD20": letters and digits separately.
      const letters = part.replace(/[\d.,%]/g, '');
      const digits = part.match(/\d+/g) ?? [];
      return sum + (letters ? syllablesOfWord(letters) : 0)
        + digits.reduce((s, d) => s + numberWords(d).split(/\s+/).reduce((t, w) => t + syllablesOfWord(w), 0), 0);
    }, 0) || 1;
  }
  // Hyphenated words: each part.
  if (/[-–/]/.test(token)) return token.split(/[-–/]/).filter(Boolean).reduce((s, p) => s + syllablesOfWord(p), 0) || 1;
  // Short all-capital abbreviations without a vowel, or of up to three letters, are spelled out (MSC, FDA, GFR).
  if (/^[A-Z]{2,}s?$/.test(token) && (token.replace(/s$/, '').length <= 3 || !/[AEIOU]/.test(token))) {
    return [...token.replace(/s$/, '').toLowerCase()].reduce((s, ch) => s + (LETTER_SYLLABLES[ch] ?? 1), 0);
  }
  const word = token.toLowerCase().replace(/[^a-zà-ÿ]/g, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (!word) return 0;
  if (word.length <= 3) return 1;
  const groups = word.match(/[aeiouy]+/g) ?? [];
  let count = groups.length;
  // Silent final e (make, there), but not "-le" after a consonant (table) or "-ee" (agree).
  if (/[^aeiouy]e$/.test(word) && !/[^aeiouy]le$/.test(word) && count > 1) count--;
  // "-es" and "-ed" that add no syllable (makes, helped), unlike causes, places, treated.
  if (/[^aeiouysxzcg]es$/.test(word) && !/(ch|sh)es$/.test(word) && !/[^aeiouy]les$/.test(word) && count > 1) count--;
  if (/[^aeiouytd]ed$/.test(word) && !/[^aeiouy]led$/.test(word) && count > 1) count--;
  // Vowel pairs said as two syllables (trial, period, cardiac, gradual, medium), but not -tion, -sion, -cious.
  count += (word.match(/(?<![tcsx])i[aou]|[^aeiou]ua|[^aeiouq]uo|iu/g) ?? []).length;
  count += (word.match(/[^aeiou]ie[rt]/g) ?? []).length; // quiet, society, earlier
  count += (word.match(/[^aeiou]ism$/g) ?? []).length; // -ism
  return Math.max(1, count);
}

export function analyse(blocks) {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    const ws = wordsOf(block);
    if (!ws.length) continue;
    words += ws.length;
    sentences += Math.max(1, sentencesOf(block).length);
    syllables += ws.reduce((s, w) => s + syllablesOfWord(w), 0);
  }
  const grade = words && sentences ? 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59 : 0;
  return { words, sentences, syllables, grade };
}

// ---------------------------------------------------------------- the built site

function htmlFiles(dir, out = []) {
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) {
      if (entry === 'pagefind' || entry === '_astro') continue;
      htmlFiles(p, out);
    } else if (entry === 'index.html' || (entry === '404.html' && dir === root)) out.push(p);
  }
  return out;
}

function urlOf(file) {
  const rel = relative(root, file).split(sep).join('/');
  if (rel === '404.html') return '/404.html';
  return `/${rel.replace(/index\.html$/, '')}`;
}

let root = 'dist';

function main() {
  root = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(root)) {
    console.error(`readability: ${root} not found; run the build first (npm run build).`);
    process.exit(2);
  }
  const rows = htmlFiles(root)
    .map((file) => {
      const url = urlOf(file);
      const stats = analyse(runningText(readFileSync(file, 'utf8')));
      const limit = limitFor(url);
      const status = limit == null ? '-' : stats.grade <= limit ? 'OK' : 'OVER';
      return { url, ...stats, limit, status };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
  if (!rows.length) {
    console.error(`readability: no index.html under ${root}.`);
    process.exit(2);
  }

  const header = ['page', 'words', 'sentences', 'grade', 'limit', 'status'];
  const table = rows.map((r) => [r.url, String(r.words), String(r.sentences), r.grade.toFixed(1),
    r.limit == null ? 'none' : String(r.limit), r.status]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));

  const over = rows.filter((r) => r.status === 'OVER');
  console.log('');
  console.log('Flesch–Kincaid grade of the running text of <main>; limit 8 for overview pages, 10 for others.');
  if (over.length) {
    console.log(`${over.length} page(s) over the limit: ${over.map((r) => r.url).join(', ')}`);
    process.exit(1);
  }
  console.log(`all ${rows.filter((r) => r.limit != null).length} limited pages are within their limit`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
