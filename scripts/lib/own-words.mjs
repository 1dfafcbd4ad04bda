// Own words in any language: finds passages of the site's text that repeat a reference text word for
// word, in runs of SHINGLE_WORDS words or more. Unlike ../shared/tools/seed-overlap.mjs, which splits
// words on [a-z0-9] (so "lúpica" becomes "l" and "pica"), a word here is any run of Unicode letters
// and digits, lowercased, compared twice: with its accents, and folded ("riñón" → "rinon"), so a copy
// that lost its accents is found too. A reference is either a text file (read at check time) or the
// fingerprints of its shingles (SHA-256 of each run of words, truncated): the site commits only
// those, never a source's text. Plain Node, no dependencies: scripts/own-words.mjs and the unit test
// (scripts/own-words.test.ts) both use it.
import { createHash } from 'node:crypto';

/** How many words in a row make a copy: the length seed-overlap uses. */
export const SHINGLE_WORDS = 8;
/** Hex digits kept of each fingerprint: 48 bits, so a chance match between thousands of shingles is negligible. */
export const FINGERPRINT_HEX = 12;

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** A word without its accents or tilde: "lúpica" → "lupica", "riñón" → "rinon". */
export const fold = (word) => word.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The words of a text, in order, each with where it stands in the text (so a hit can quote the
 * passage and name its line): `word` lowercased with its accents, `folded` without them.
 */
export function tokens(text) {
  const out = [];
  for (const match of text.normalize('NFC').matchAll(WORD)) {
    const word = match[0].toLowerCase().replace(/['’]/g, '');
    out.push({ word, folded: fold(word), start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** The words of a text, lowercased, accents kept. */
export const words = (text) => tokens(text).map((token) => token.word);

/** A shingle's fingerprint: the first FINGERPRINT_HEX hex digits of its SHA-256. */
export const fingerprint = (shingle) => createHash('sha256').update(shingle).digest('hex').slice(0, FINGERPRINT_HEX);

const shingleAt = (list, i, key) =>
  list
    .slice(i, i + SHINGLE_WORDS)
    .map((token) => token[key])
    .join(' ');

/** The fingerprints of every shingle of a text, accents kept and folded, as two sorted lists without repeats. */
export function fingerprintText(text) {
  const list = tokens(text);
  const kept = new Set();
  const folded = new Set();
  for (let i = 0; i + SHINGLE_WORDS <= list.length; i++) {
    kept.add(fingerprint(shingleAt(list, i, 'word')));
    folded.add(fingerprint(shingleAt(list, i, 'folded')));
  }
  return { words: list.length, kept: [...kept].sort(), folded: [...folded].sort() };
}

/**
 * What of an MDX or YAML file a reader sees, at the same offsets (every other character becomes a
 * space, line breaks stay, so lines and passages still point into the file): the words of
 * components' tags are taken out, except the values of their text attributes (a box's title, a
 * citation's place); so are link addresses. A tag in the middle of a copied sentence would
 * otherwise break the run of words.
 */
export function readerText(text) {
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  // A citation's place ("at") is read as the marker's name, not as part of the sentence around it.
  const NOT_WORDS = new Set(['id', 'at', 'href', 'src', 'date', 'kind', 'level', 'variant', 'class']);
  return text
    .replace(/<\/?[A-Za-z][^<>]*>/g, (tag) => {
      let kept = blank(tag);
      for (const m of tag.matchAll(/([A-Za-z]+)=(?:"([^"]*)"|'([^']*)')/g)) {
        if (NOT_WORDS.has(m[1])) continue;
        const value = m[2] ?? m[3] ?? '';
        const at = m.index + m[1].length + 2;
        kept = kept.slice(0, at) + value + kept.slice(at + value.length);
      }
      return kept;
    })
    .replace(/\]\([^)\s]*\)/g, (link) => `]${blank(link.slice(1))}`);
}

/**
 * A reference to compare with: its name (title and address, as a hit names it) and the fingerprint
 * sets, from fingerprintText() or from the committed data file.
 */
export const referenceOf = (name, { kept, folded }) => ({ name, kept: new Set(kept), folded: new Set(folded) });

/**
 * Which words of a list belong to one of the set phrases (an agency's official name, "por sus siglas
 * en inglés"): names every text writes the same way, not sentences. A run of words that takes in
 * one of them is not a copy; compared without accents or case.
 */
function inSetPhrases(list, setPhrases) {
  const marked = list.map(() => false);
  for (const phrase of setPhrases.map((p) => tokens(p).map((token) => token.folded))) {
    for (let i = 0; i + phrase.length <= list.length; i++) {
      if (phrase.every((word, k) => list[i + k].folded === word)) for (let k = 0; k < phrase.length; k++) marked[i + k] = true;
    }
  }
  return marked;
}

/**
 * The passages of a file's text that repeat a reference: runs of SHINGLE_WORDS or more words whose
 * every shingle is among one reference's fingerprints, accents kept, or else folded (a shingle that
 * takes in a word of `setPhrases` is never a copy). Each hit names the line, the number of words,
 * the reference and the passage as written in the file.
 */
export function findCopies(text, references, setPhrases = []) {
  const visible = readerText(text);
  const list = tokens(visible);
  const lineOf = (offset) => visible.slice(0, offset).split('\n').length;
  const marked = inSetPhrases(list, setPhrases);
  const checked = (i) => i + SHINGLE_WORDS <= list.length && !marked.slice(i, i + SHINGLE_WORDS).includes(true);
  const kept = list.map((_, i) => (checked(i) ? fingerprint(shingleAt(list, i, 'word')) : ''));
  const folded = list.map((_, i) => (checked(i) ? fingerprint(shingleAt(list, i, 'folded')) : ''));
  const hits = [];
  let i = 0;
  while (i + SHINGLE_WORDS <= list.length) {
    const reference = references.find((ref) => ref.kept.has(kept[i]) || ref.folded.has(folded[i]));
    if (!reference) {
      i++;
      continue;
    }
    let exact = reference.kept.has(kept[i]);
    let j = i + 1;
    while (j + SHINGLE_WORDS <= list.length && (reference.kept.has(kept[j]) || reference.folded.has(folded[j]))) {
      exact &&= reference.kept.has(kept[j]);
      j++;
    }
    const last = list[j + SHINGLE_WORDS - 2];
    hits.push({
      line: lineOf(list[i].start),
      words: j - i + SHINGLE_WORDS - 1,
      reference: reference.name,
      accents: exact ? 'kept' : 'folded',
      passage: text.slice(list[i].start, last.end).replace(/\s+/g, ' '),
    });
    i = j + SHINGLE_WORDS - 1;
  }
  return hits;
}

/** A hit as one line for the editor: file, line, how many words, from where, and the passage. */
export const describeHit = (file, hit) =>
  `${file}:${hit.line}: ${hit.words} words as in ${hit.reference}${hit.accents === 'folded' ? ' (apart from accents)' : ''}: "${hit.passage}"`;

/** What an editor does about hits. */
export const ADVICE = 'keep the facts, write the sentence anew';
