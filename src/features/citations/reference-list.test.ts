import { describe, expect, it } from 'vitest';
import { backLinkLetter, placesCited } from './reference-list';

describe('reference list labels', () => {
  it('letters the citations of one source a to z, then aa, ab', () => {
    expect([1, 2, 26, 27, 28, 52, 53].map(backLinkLetter)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba']);
  });

  it('names the place of a source cited once without a letter', () => {
    expect(placesCited(['Table 2'])).toBe('Table 2');
    expect(placesCited([''])).toBe('');
  });

  it('groups the letters of citations that point to the same place, and leaves out citations without one', () => {
    expect(placesCited(['Table 2', 'Results', 'Table 2', ''])).toBe('Table 2 (a, c); Results (b)');
    expect(placesCited(['', ''])).toBe('');
  });
});
