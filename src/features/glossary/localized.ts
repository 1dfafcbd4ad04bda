/**
 * The glossary in a language, for the components: English is content/glossary.yaml; a translation
 * (content/es/glossary.yaml) gives the term, abbreviation and definition in its language, keeps the
 * English entry's `related` (those translated too), and carries the English term, so a reader can
 * name it to an English-speaking doctor.
 */
import { existsSync } from 'node:fs';
import { getCollection, getEntry } from 'astro:content';
import { DEFAULT_LOCALE, localizedPath, type Locale } from '../../shared/paths.ts';

export interface LocalizedEntry {
  id: string;
  term: string;
  abbr?: string | undefined;
  plural?: string | undefined;
  definition: string;
  related: string[];
  /** A translation only: the English entry's term and abbreviation. */
  english?: { term: string; abbr?: string | undefined } | undefined;
}

/** The glossary page of a language: /glossary/, /es/glossary/. */
export const glossaryPath = (locale: Locale): string => localizedPath('/glossary/', locale);

export async function glossaryIn(locale: Locale): Promise<LocalizedEntry[]> {
  const english = await getCollection('glossary');
  if (locale === DEFAULT_LOCALE) return english.map(({ data }) => data);
  const byId = new Map(english.map(({ data }) => [data.id, data]));
  // Until a language's glossary file exists, its collection is empty (and Astro would warn on every read).
  if (!existsSync(`content/${locale}/glossary.yaml`)) return [];
  const translated = await getCollection('glossaryEs');
  const ids = new Set(translated.map(({ data }) => data.id));
  return translated.map(({ data }) => {
    const source = byId.get(data.id);
    return {
      ...data,
      related: (source?.related ?? []).filter((id) => ids.has(id)),
      english: source ? { term: source.term, abbr: source.abbr } : undefined,
    };
  });
}

export async function glossaryEntryIn(id: string, locale: Locale): Promise<LocalizedEntry | undefined> {
  if (locale === DEFAULT_LOCALE) return (await getEntry('glossary', id))?.data;
  return (await glossaryIn(locale)).find((entry) => entry.id === id);
}
