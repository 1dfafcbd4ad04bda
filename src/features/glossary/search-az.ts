/**
 * A to Z lists: the search page's list of every page and every glossary term, built at build time,
 * so a reader without JavaScript (or whose search failed to load) can still find everything; and
 * the grouping by first letter that it shares with the glossary page (groupByLetter), whose
 * letter links are drawn by the same component (src/features/glossary/AzLetters.astro).
 */
import { getCollection } from 'astro:content';
import { getPages, pagePath } from '../chrome/navigation';
import { TOPICS } from '../chrome/site';

export interface AzEntry {
  label: string;
  href: string;
  /** What the link leads to, e.g. "Page in Lupus nephritis" or "Glossary term". */
  kind: string;
}

export interface LetterGroup<Entry> {
  /** "A" to "Z", or "#" for entries that start with a digit or symbol. */
  letter: string;
  /** The section's anchor: the prefix and the letter ("az-A", "az-numbers"). */
  id: string;
  /** The section's heading ("A", "0–9"). */
  heading: string;
  entries: Entry[];
}

export type AzLetter = LetterGroup<AzEntry>;

/** "The Phase I trial" files under P, not T; digits and symbols under "#". */
function sortKey(label: string): string {
  return label.replace(/^(the|a|an)\s+/i, '');
}

function letterOf(label: string): string {
  const first = sortKey(label).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/**
 * Entries sorted by label and grouped under their first letter ("The Phase I trial" under P),
 * letters in order with "0–9" first. Each group's id is idPrefix and the letter.
 */
export function groupByLetter<Entry>(entries: Entry[], labelOf: (entry: Entry) => string, idPrefix: string): LetterGroup<Entry>[] {
  const sorted = [...entries].sort((a, b) => sortKey(labelOf(a)).localeCompare(sortKey(labelOf(b)), 'en', { sensitivity: 'base' }));
  const letters = new Map<string, Entry[]>();
  for (const entry of sorted) {
    const letter = letterOf(labelOf(entry));
    letters.set(letter, [...(letters.get(letter) ?? []), entry]);
  }
  return [...letters]
    .map(([letter, grouped]) => ({
      letter,
      id: `${idPrefix}${letter === '#' ? 'numbers' : letter}`,
      heading: letter === '#' ? '0–9' : letter,
      entries: grouped,
    }))
    .sort((a, b) => (a.letter === '#' ? -1 : b.letter === '#' ? 1 : a.letter.localeCompare(b.letter)));
}

export async function azEntries(): Promise<AzLetter[]> {
  const pages = (await getPages()).map<AzEntry>((page) => ({
    label: page.data.title,
    href: pagePath(page),
    kind: pagePath(page) === '/' ? 'Home page' : `Page in ${TOPICS[page.data.topic].label}`,
  }));
  const terms = (await getCollection('glossary')).map<AzEntry>(({ data }) => ({
    label: data.abbr ? `${data.term} (${data.abbr})` : data.term,
    href: `/glossary/#${data.id}`,
    kind: 'Glossary term',
  }));
  return groupByLetter([...pages, ...terms], (entry) => entry.label, 'az-');
}
