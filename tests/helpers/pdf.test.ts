// The PDF reading the print test relies on, proven once here instead of on every printed page.
import { describe, expect, it } from 'vitest';
import { parseBboxLayout, sheetFill, squash } from './pdf.ts';

// A Letter sheet (792 pt high: printable from 51.02 to 735.31 pt) as `pdftotext -bbox-layout` writes it.
const line = (top: number, words: string[]) =>
  `<line xMin="45" yMin="${top}" xMax="500" yMax="${top + 12}">${words.map((w) => `<word xMin="45" yMin="${top}" xMax="90" yMax="${top + 12}">${w}</word>`).join('')}</line>`;
const sheet = (blocks: string[][]) =>
  `<page width="612.0" height="792.0"><flow>${blocks.map((lines) => `<block xMin="45" yMin="0" xMax="500" yMax="0">${lines.join('')}</block>`).join('')}</flow></page>`;
const doc = (...pages: string[]) => `<!DOCTYPE html><html><body><doc>${pages.join('')}</doc></body></html>`;

describe('parseBboxLayout', () => {
  it('reads each sheet’s lines in order, blocks apart, and the margin boxes’ lines separately', () => {
    const [first, second] = parseBboxLayout(
      doc(
        sheet([
          [line(60, ['Treatment', 'of', 'lupus']), line(75, ['nephritis'])],
          [line(100, ['Key', 'facts'])],
          [line(760, ['This', 'site', 'gives', 'information.', 'Page', '1', 'of', '2'])],
        ]),
        sheet([[line(60, ['R&amp;D', '&lt;3&gt;', '&#233;'])], [line(760, ['Page', '2', 'of', '2'])]]),
      ),
    );
    expect(first!.text).toBe('Treatment of lupus\nnephritis\n\nKey facts');
    expect(first!.lines.map((l) => l.text)).toEqual(['Treatment of lupus', 'nephritis', 'Key facts']);
    expect(first!.margin).toEqual(['This site gives information. Page 1 of 2']);
    expect(second!.text).toBe('R&D <3> é');
    expect(second!.margin).toEqual(['Page 2 of 2']);
  });

  it('counts a sheet with only margin text as holding no text', () => {
    const [only] = parseBboxLayout(doc(sheet([[line(760, ['Page', '3', 'of', '3'])]])));
    expect(only!.text).toBe('');
    expect(only!.lines).toEqual([]);
  });
});

describe('sheetFill', () => {
  it('is the share of the printable height down to the lowest line inside the margins', () => {
    const [half] = parseBboxLayout(doc(sheet([[line(60, ['a'])], [line(381.2, ['b'])], [line(760, ['Page', '1', 'of', '1'])]])));
    expect(sheetFill(half!)).toBeCloseTo(0.5, 2);
  });

  it('is 0 for a sheet whose only text is in the margins', () => {
    const [empty] = parseBboxLayout(doc(sheet([[line(760, ['Page', '2', 'of', '2'])]])));
    expect(sheetFill(empty!)).toBe(0);
  });
});

describe('squash', () => {
  it('drops whitespace, hyphens, soft hyphens and word joiners, as a PDF breaks lines anywhere', () => {
    expect(squash('https://lupus-\nmsc.test/ a\u00adb c\u2060[1]')).toBe('https://lupusmsc.test/abc[1]');
  });
});
