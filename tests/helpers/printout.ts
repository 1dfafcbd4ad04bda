// What a printout's text says, decided from pdftotext's reading (pdf.ts): pure, unit-tested in
// printout.test.ts, and used on every printed page by tests/print-every-page.spec.ts.
import { squash, type Sheet } from './pdf.ts';

/**
 * Whether a link's text is followed, within a few characters, by its printed address, in squashed
 * printout text (squash() of the pages, less raised reference numbers): pdftotext may put a raised
 * reference number or a line end between the two, and the same words may occur more than once.
 */
export function addressFollows(flatText: string, linkText: string, address: string, within = 60): boolean {
  const text = squash(linkText);
  const printed = squash(`(${address})`);
  for (let at = flatText.indexOf(text); at >= 0; at = flatText.indexOf(text, at + 1)) {
    const after = flatText.indexOf(printed, at + text.length);
    if (after >= 0 && after - (at + text.length) < within) return true;
  }
  return false;
}

/**
 * The heading a sheet ends with, if any: its lowest line is a whole heading, or its two lowest
 * lines are the end of a heading that wrapped (a single short word could be any table cell).
 * Lowest by position, not reading order: pdftotext may read a table's header cell after its row.
 */
export function strandedHeading(sheet: Pick<Sheet, 'lines'>, headings: readonly string[]): string | undefined {
  const lowest = sheet.lines
    .map((line, order) => ({ line, order }))
    .sort((a, b) => a.line.bottom - b.line.bottom || a.order - b.order)
    .map(({ line }) => line.text.trim())
    .filter(Boolean);
  const end = squash(lowest.at(-1) ?? '');
  const endTwo = squash(lowest.slice(-2).join(' '));
  if (end.length <= 2) return undefined;
  return headings.map(squash).find((h) => h === end || h.endsWith(endTwo));
}
