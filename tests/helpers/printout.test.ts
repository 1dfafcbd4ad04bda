// The decisions the print test makes on every printed page, proven once here.
import { describe, expect, it } from 'vitest';
import { addressFollows, strandedHeading } from './printout.ts';
import { squash } from './pdf.ts';

const lines = (...rows: [string, number][]) => ({ lines: rows.map(([text, top]) => ({ text, top, bottom: top + 12 })) });

describe('addressFollows', () => {
  const flat = squash('See when to get help urgently (https://lupus.test/urgent-help/). Then call when to get help (https://lupus.test/x/).');

  it('finds the address printed right after the link text, wherever the line broke', () => {
    expect(addressFollows(flat, 'when to get help urgently', 'https://lupus.test/urgent-help/')).toBe(true);
  });

  it('tries each place the words occur', () => {
    expect(addressFollows(flat, 'when to get help', 'https://lupus.test/x/')).toBe(true);
  });

  it('fails when the address is missing or far from the text', () => {
    expect(addressFollows(flat, 'when to get help urgently', 'https://lupus.test/elsewhere/')).toBe(false);
    expect(addressFollows(squash(`Read this ${'word '.repeat(20)} (https://a.test/)`), 'Read this', 'https://a.test/')).toBe(false);
  });
});

describe('strandedHeading', () => {
  const headings = ['Pregnancy', 'Medicines approved today', 'What the guidelines say about cell therapy'];

  it('finds a heading that is the lowest line of a sheet', () => {
    expect(strandedHeading(lines(['Some text.', 100], ['Medicines approved today', 700]), headings)).toBe(squash('Medicines approved today'));
  });

  it('finds a heading that wrapped onto the two lowest lines', () => {
    expect(strandedHeading(lines(['Some text.', 100], ['What the guidelines say about', 688], ['cell therapy', 700]), headings)).toBe(
      squash('What the guidelines say about cell therapy'),
    );
  });

  it('goes by position: a table header cell read after its row is not the end of the sheet', () => {
    expect(strandedHeading(lines(['live vaccines', 600], ['Pregnancy', 300]), headings)).toBeUndefined();
  });

  it('ignores a very short last line and a sheet ending in text', () => {
    expect(strandedHeading(lines(['Some text.', 100], ['a', 700]), ['a'])).toBeUndefined();
    expect(strandedHeading(lines(['Medicines approved today', 100], ['Some text ends here.', 700]), headings)).toBeUndefined();
  });
});
