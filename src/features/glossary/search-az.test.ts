import { describe, expect, it, vi } from 'vitest';
import { azEntries, groupByLetter } from './search-az';

// Only getCollection is replaced: the rest of astro:content stays real for other test files.
vi.mock('astro:content', async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import('../../shared/testing/collections')) }));

describe('the A–Z of the search page', () => {
  it('lists every page and glossary term under its letter, with what each link leads to', async () => {
    const letters = await azEntries();
    const l = letters.find((letter) => letter.letter === 'L')!;
    expect(l).toMatchObject({ id: 'az-L', heading: 'L' });
    expect(l.entries).toHaveLength(2);
    expect(l.entries).toContainEqual({ label: 'Lupus nephritis: an overview', href: '/lupus-nephritis/', kind: 'Page in Lupus nephritis' });
    expect(l.entries).toContainEqual({ label: 'lupus nephritis (LN)', href: '/glossary/#lupus-nephritis', kind: 'Glossary term' });
    expect(letters.find((letter) => letter.letter === 'S')!.entries.map((entry) => entry.kind)).toContain('Home page');
  });

  it('files titles under the word after "The", "A" or "An"', async () => {
    const letters = await azEntries();
    expect(letters.find((letter) => letter.letter === 'P')!.entries.map((entry) => entry.label)).toEqual(['The Phase I trial']);
    expect(letters.find((letter) => letter.letter === 'H')!.entries.map((entry) => entry.label)).toEqual(['The history of the US trials']);
    expect(letters.some((letter) => letter.letter === 'T')).toBe(true); // "Treatment for lupus nephritis"
  });

  it('puts entries that start with a digit first, under "0–9"', async () => {
    const letters = await azEntries();
    expect(letters[0]).toEqual({
      letter: '#',
      id: 'az-numbers',
      heading: '0–9',
      entries: [{ label: '4-point SLE Responder Index', href: '/glossary/#sri-4', kind: 'Glossary term' }],
    });
  });

  it('orders the letters alphabetically and only lists letters that have entries', async () => {
    expect((await azEntries()).map((letter) => letter.letter)).toEqual(['#', 'A', 'B', 'H', 'L', 'P', 'S', 'T']);
  });
});

describe('the grouping by first letter that the glossary page shares', () => {
  it('groups any entries under their first letter, case-insensitively, with ids from the given prefix', () => {
    const terms = [{ term: 'lupus' }, { term: 'B cell' }, { term: 'biopsy' }, { term: 'Lymphodepletion' }];
    expect(groupByLetter(terms, (entry) => entry.term, 'letter-')).toEqual([
      { letter: 'B', id: 'letter-B', heading: 'B', entries: [{ term: 'B cell' }, { term: 'biopsy' }] },
      { letter: 'L', id: 'letter-L', heading: 'L', entries: [{ term: 'lupus' }, { term: 'Lymphodepletion' }] },
    ]);
  });

  it('leaves the entries it was given in their order', () => {
    const terms = ['b', 'a'];
    groupByLetter(terms, (term) => term, 'x-');
    expect(terms).toEqual(['b', 'a']);
  });

  it("sorts as the language's alphabet does, accents and case aside, however many entries", () => {
    const labels = [
      'Ñandú',
      'nube',
      'Árbol',
      'abeja',
      'zeta',
      'La biopsia',
      ...Array.from({ length: 300 }, (_, i) => `Generated page ${String(300 - i).padStart(4, '0')}`),
    ];
    const groups = groupByLetter(labels, (label) => label, 'az-', 'es');
    const expected = labels.toSorted((a, b) => a.replace(/^la\s+/i, '').localeCompare(b.replace(/^la\s+/i, ''), 'es', { sensitivity: 'base' }));
    expect(groups.flatMap((group) => group.entries)).toEqual(expected);
    expect(groups.map((group) => group.letter)).toEqual(['A', 'B', 'G', 'N', 'Z']);
    expect(groups.find((group) => group.letter === 'N')!.entries).toEqual(['nube', 'Ñandú']);
  });
});
