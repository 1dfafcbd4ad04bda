import { describe, expect, it } from 'vitest';
import { highlightPattern } from './highlight-terms';

/** The words a pattern marks in a text, in order. */
const marked = (searched: string[], text: string) => text.match(highlightPattern(searched) ?? /$^/g) ?? [];

describe('the words a page opened from a search marks', () => {
  it('marks "CAR-T" for "car t", and not "The", "that" or "carry"', () => {
    expect(marked(['car', 't'], 'The CAR-T cells that carry a receptor. CAR T cells too.')).toEqual(['CAR', 'T', 'CAR', 'T']);
  });

  it('marks a longer word where it begins a word, as Pagefind finds it', () => {
    expect(marked(['kidney'], 'Kidney and kidneys, not nonkidney.')).toEqual(['Kidney', 'kidneys']);
  });

  it('does not mark words that carry no meaning on their own', () => {
    expect(marked(['the', 'risk', 'of'], 'The risk of the risks.')).toEqual(['risk', 'risks']);
    expect(highlightPattern(['the', 'of'])).toBeNull();
  });

  it('reads words with accents, and a term with punctuation as its words', () => {
    expect(marked(['riñón'], 'El riñón y los riñones.')).toEqual(['riñón']);
    expect(marked(['lupus-nephritis'], 'Lupus nephritis.')).toEqual(['Lupus', 'nephritis']);
  });

  it('treats regular-expression characters in a search as plain text', () => {
    expect(marked(['c++', '(ln'], 'C++ and LN.')).toEqual(['C', 'LN']);
  });
});
