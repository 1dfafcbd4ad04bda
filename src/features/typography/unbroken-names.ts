/**
 * Names that must not break at their hyphen: "CAR-" at the end of a line and "T cells" on the next
 * reads as two words. One list for the pages' text (rehype-unbroken-names.ts) and for text from
 * data that components draw (Unbroken.astro); typography.css keeps each on one line.
 */

/** CAR-T and CAR-NK (cells made to carry a chimeric antigen receptor). */
export const UNBROKEN_NAMES = /\bCAR-(?:T|NK)\b/g;

export interface TextPart {
  text: string;
  /** A name to keep whole. */
  unbroken: boolean;
}

/** What every name of UNBROKEN_NAMES starts with: a text without it names none (most texts), found without the pattern. */
export const UNBROKEN_NAMES_START = 'CAR-';

/** The text cut into plain parts and the names to keep whole, in order; one plain part when it names none. */
export function textParts(value: string): TextPart[] {
  if (!value.includes(UNBROKEN_NAMES_START)) return [{ text: value, unbroken: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of value.matchAll(UNBROKEN_NAMES)) {
    if (match.index > last) parts.push({ text: value.slice(last, match.index), unbroken: false });
    parts.push({ text: match[0], unbroken: true });
    last = match.index + match[0].length;
  }
  if (last < value.length || !parts.length) parts.push({ text: value.slice(last), unbroken: false });
  return parts;
}
