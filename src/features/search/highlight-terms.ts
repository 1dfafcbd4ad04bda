/**
 * Which words a page opened from a search result marks. Pagefind's highlighter marks any text that
 * contains a searched word, so "car t" marked "The", "that" and "carry". Here a short word (three
 * letters or fewer: "car", "t", "ln") is marked only where it stands alone, as in "CAR-T"; a longer
 * word also where it begins a word ("kidney" in "kidneys"), as Pagefind's stemming finds those
 * pages; words that carry no meaning on their own ("the", "of", "is") are not marked at all.
 */

/** English words too common to be worth marking; a Spanish list joins it with the Spanish edition. */
const STOP_WORDS = new Set(
  'a an and are as at be but by can do does for from how i if in into is it its me my no not of on or our so than that the their them then there these they this to was we what when where which who why will with you your'.split(
    ' ',
  ),
);

/** Up to this many letters, a word is marked only where it stands alone. */
const WHOLE_WORD_MAX = 3;

const LETTER = '[\\p{L}\\p{N}]';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression that marks the searched words, or null when none is worth marking. */
export function highlightPattern(searched: readonly string[]): RegExp | null {
  const words = [...new Set(searched.flatMap((term) => term.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((word) => word && !STOP_WORDS.has(word)))];
  if (!words.length) return null;
  const alternatives = words
    .sort((a, b) => b.length - a.length) // the longest first, so "kidneys" wins over "kid"
    .map((word) => (word.length <= WHOLE_WORD_MAX ? `${escape(word)}(?!${LETTER})` : `${escape(word)}${LETTER}*`));
  return new RegExp(`(?<!${LETTER})(?:${alternatives.join('|')})`, 'giu');
}
