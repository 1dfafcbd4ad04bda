/**
 * A to Z lists: the search page's list of every page and every glossary term, built at build time,
 * so a reader without JavaScript (or whose search failed to load) can still find everything; and
 * the grouping by first letter that it shares with the glossary page (groupByLetter), whose
 * letter links are drawn by the same component (src/features/glossary/AzLetters.astro).
 */
import { englishPath, getPages, localeOfPage, pagePath } from '../chrome/navigation';
import { DICTIONARIES, topicLabel } from '../i18n/dictionary';
import { glossaryIn } from './localized';
import { DEFAULT_LOCALE, localizedPath, type Locale } from '../../shared/paths.ts';

export interface AzEntry {
  label: string;
  href: string;
  /** What the link leads to, e.g. "Page in Lupus nephritis" or "Glossary term". */
  kind: string;
  /**
   * Words added, hidden, to the link's name when a glossary term is named as a page is ("Nefritis
   * lúpica", the page and the term): two links of one name must not lead to two places.
   */
  hiddenSuffix?: string;
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

/** "The Phase I trial" files under P, not T ("La biopsia" under B); digits and symbols under "#". */
function sortKey(label: string): string {
  return label.replace(/^(the|a|an|el|la|los|las|un|una)\s+/i, '');
}

/** The letter a label files under: accents dropped (Á under A, Ñ under N, as Spanish indexes on the web do). */
function letterOf(label: string): string {
  const first = sortKey(label).normalize('NFD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/**
 * Entries sorted by label and grouped under their first letter ("The Phase I trial" under P),
 * letters in order with "0–9" first. Each group's id is idPrefix and the letter.
 */
export function groupByLetter<Entry>(
  entries: Entry[],
  labelOf: (entry: Entry) => string,
  idPrefix: string,
  locale: Locale = DEFAULT_LOCALE,
): LetterGroup<Entry>[] {
  // One collator and each label's key worked out once: the search page lists every page of the site.
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const keyed = entries.map((entry) => ({ entry, key: sortKey(labelOf(entry)) }));
  const sorted = keyed.sort((a, b) => collator.compare(a.key, b.key)).map(({ entry }) => entry);
  const letters = new Map<string, Entry[]>();
  for (const entry of sorted) {
    const letter = letterOf(labelOf(entry));
    const group = letters.get(letter);
    if (group) group.push(entry);
    else letters.set(letter, [entry]);
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

/**
 * Every page and glossary term in a language: its own pages only (a page not translated yet is
 * found from the English search page), and its glossary terms, on its glossary page once it has one.
 */
export async function azEntries(locale: Locale = DEFAULT_LOCALE): Promise<AzLetter[]> {
  const words = DICTIONARIES[locale];
  const pages = (await getPages(locale))
    .filter((page) => localeOfPage(page) === locale)
    .map<AzEntry>((page) => ({
      label: page.data.title,
      href: pagePath(page),
      kind: englishPath(page) === '/' ? words.azHomePage : words.azPageIn(topicLabel(page.data.topic, locale)),
    }));
  const glossaryPage = pages.find((page) => page.href === localizedPath('/glossary/', locale));
  const entries = locale === DEFAULT_LOCALE || glossaryPage ? await glossaryIn(locale) : [];
  const pageNames = new Set(pages.map((page) => page.label.toLocaleLowerCase(locale)));
  const terms = entries.map<AzEntry>((data) => {
    const label = data.abbr ? `${data.term} (${data.abbr})` : data.term;
    return {
      label,
      href: `${localizedPath('/glossary/', locale)}#${data.id}`,
      kind: words.azGlossaryTerm,
      ...(pageNames.has(label.toLocaleLowerCase(locale)) ? { hiddenSuffix: words.glossaryHidden } : {}),
    };
  });
  return groupByLetter([...pages, ...terms], (entry) => entry.label, 'az-', locale);
}
