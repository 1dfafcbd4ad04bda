/**
 * How the reference list labels a source's citations: the back-link letters (a, b, …) and the
 * places in the source that the citations point to (their pinpoints).
 */

/** a, b, … z, aa, ab, …: the letter of the nth citation of one source (n from 1). */
export function backLinkLetter(n: number): string {
  return n <= 26 ? String.fromCharCode(96 + n) : backLinkLetter(Math.floor((n - 1) / 26)) + backLinkLetter(((n - 1) % 26) + 1);
}

/**
 * Where in the source the page's citations point, for the reader who wants to check a figure:
 * "Table 2" for a source cited once, "Table 2 (a, c); Results (b)" when several citations name
 * places (the letters are those of the back-links). '' when no citation names a place.
 */
export function placesCited(pinpoints: readonly string[]): string {
  if (pinpoints.length === 1) return pinpoints[0] ?? '';
  const letters = new Map<string, string[]>();
  pinpoints.forEach((place, index) => {
    if (place) letters.set(place, [...(letters.get(place) ?? []), backLinkLetter(index + 1)]);
  });
  return [...letters].map(([place, cited]) => `${place} (${cited.join(', ')})`).join('; ');
}
