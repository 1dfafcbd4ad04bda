/**
 * The A–Z list on the search page: every page and every glossary term, built at build time, so a
 * reader without JavaScript (or whose search failed to load) can still find everything.
 */
import { getCollection } from 'astro:content';
import { getPages, pagePath } from './navigation';
import { TOPICS } from './site';

export interface AzEntry {
  label: string;
  href: string;
  /** What the link leads to, e.g. "Page in Lupus nephritis" or "Glossary term". */
  kind: string;
}

export interface AzLetter {
  /** "A" to "Z", or "#" for entries that start with a digit or symbol. */
  letter: string;
  /** The section's anchor ("az-A", "az-numbers"). */
  id: string;
  /** The section's heading ("A", "0–9"). */
  heading: string;
  entries: AzEntry[];
}

/** "The Phase I trial" files under P, not T; digits and symbols under "#". */
function sortKey(label: string): string {
  return label.replace(/^(the|a|an)\s+/i, '');
}

function letterOf(label: string): string {
  const first = sortKey(label).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
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
  const all = [...pages, ...terms].sort((a, b) => sortKey(a.label).localeCompare(sortKey(b.label), 'en', { sensitivity: 'base' }));
  const letters = new Map<string, AzEntry[]>();
  for (const entry of all) {
    const letter = letterOf(entry.label);
    letters.set(letter, [...(letters.get(letter) ?? []), entry]);
  }
  return [...letters]
    .map(([letter, entries]) => ({ letter, id: `az-${letter === '#' ? 'numbers' : letter}`, heading: letter === '#' ? '0–9' : letter, entries }))
    .sort((a, b) => (a.letter === '#' ? -1 : b.letter === '#' ? 1 : a.letter.localeCompare(b.letter)));
}
