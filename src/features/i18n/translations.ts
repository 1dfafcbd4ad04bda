/**
 * The translations and their English pages: which pages a language has, the page a reader of that
 * language sees (the translation over its English page's topic, order, glossary and trials), and
 * which translations are behind their English page. Pure functions first (unit-tested in
 * translations.test.ts), then the collection reads.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../../shared/content-errors';
import { warnContent } from '../../shared/content-warnings';
import { DEFAULT_LOCALE, LOCALES, localizedPath, pagePathFromId, pagesDirOf, type Locale } from '../../shared/paths.ts';
import { isoDate } from '../review/dates';
import type { Page } from '../chrome/navigation';

type EnglishEntry = CollectionEntry<'pages'>;
type SpanishEntry = CollectionEntry<'pagesEs'>;

/** A translation's file, from the project root: content/es/pages/<id>.mdx. */
const fileOf = (entry: { id: string; filePath?: string | undefined }, locale: Locale) => entry.filePath ?? `${pagesDirOf(locale)}/${entry.id}.mdx`;

/**
 * The translations whose English page does not exist (a misspelt or moved path), as editor-worded
 * problems; empty when every translation has its English page.
 */
export function orphanTranslations(
  englishIds: ReadonlySet<string>,
  translations: readonly { id: string; filePath?: string | undefined }[],
  locale: Locale,
): string[] {
  return translations
    .filter((translation) => !englishIds.has(translation.id))
    .map(
      (translation) =>
        `${fileOf(translation, locale)} has no English page content/pages/${translation.id}.mdx: a translation must have the same path as the English page it translates (rename the file to match, or add the English page first).`,
    );
}

/** What the build lists about a language: English pages not translated yet, and translations older than their English page. */
export interface TranslationReport {
  untranslated: string[];
  behind: { id: string; file: string; translatedFrom: string; englishReviewed: string }[];
}

/** A translation is behind when the English page was reviewed after the version it translates. */
export const isBehind = (translatedFrom: Date, englishReviewed: Date): boolean => translatedFrom.getTime() < englishReviewed.getTime();

export function translationReport(
  english: readonly { id: string; data: { lastReviewed: Date } }[],
  translations: readonly { id: string; filePath?: string | undefined; data: { translatedFrom: Date } }[],
  locale: Locale,
): TranslationReport {
  const byId = new Map(translations.map((translation) => [translation.id, translation]));
  const report: TranslationReport = { untranslated: [], behind: [] };
  for (const page of english) {
    const translation = byId.get(page.id);
    if (!translation) report.untranslated.push(page.id);
    else if (isBehind(translation.data.translatedFrom, page.data.lastReviewed)) {
      report.behind.push({
        id: page.id,
        file: fileOf(translation, locale),
        translatedFrom: isoDate(translation.data.translatedFrom),
        englishReviewed: isoDate(page.data.lastReviewed),
      });
    }
  }
  return report;
}

/** The build's warnings for a report, through the one content-warnings logger. */
export function warnAboutTranslations(report: TranslationReport, locale: Locale): void {
  for (const page of report.behind) {
    warnContent(
      page.file,
      `translates the English page as reviewed on ${page.translatedFrom}, but content/pages/${page.id}.mdx was reviewed again on ${page.englishReviewed}: update the translation, then set "translatedFrom: ${page.englishReviewed}". Readers see a notice until then.`,
    );
  }
  if (report.untranslated.length > 0) {
    warnContent(
      pagesDirOf(locale),
      `${report.untranslated.length} English page(s) have no translation yet (readers of this language see them in English, marked as such): ${report.untranslated.map((id) => pagePathFromId(id)).join(', ')}`,
    );
  }
}

/** A translation as a page: its English page's entry with the translated words, body and file. */
export function asTranslatedPage(english: EnglishEntry, translation: SpanishEntry, locale: Locale): Page {
  const { translatedFrom, ...words } = translation.data;
  return {
    ...english,
    data: { ...english.data, ...words, shortTitle: words.shortTitle },
    body: translation.body ?? '',
    ...(translation.filePath ? { filePath: translation.filePath } : {}),
    locale,
    translatedFrom,
    english,
  };
}

let checked: { english: readonly Page[]; translations: readonly SpanishEntry[] } | undefined;

/** The translations of a language, each checked to have its English page (else the build stops). */
export async function getTranslations(english: readonly Page[], locale: Locale): Promise<readonly SpanishEntry[]> {
  if (locale === DEFAULT_LOCALE) return [];
  if (checked?.english === english && !import.meta.env.DEV) return checked.translations;
  const translations = await getCollection('pagesEs');
  const problems = orphanTranslations(new Set(english.map((page) => page.id)), translations, locale);
  if (problems.length > 0) throw new ContentError(pagesDirOf(locale), problems, 'Translate a page');
  checked = { english, translations };
  return translations;
}

/** A language's pages in site order: each English page's translation where there is one, else the English page. */
export async function localizedPages(english: readonly Page[], locale: Locale): Promise<readonly Page[]> {
  const byId = new Map((await getTranslations(english, locale)).map((translation) => [translation.id, translation]));
  return english.map((page) => {
    const translation = byId.get(page.id);
    return translation ? asTranslatedPage(page, translation, locale) : page;
  });
}

/** Every language a page is written in, with its site path: { en: "/about/", es: "/es/about/" }. */
export async function alternatesOf(english: readonly Page[], id: string): Promise<Partial<Record<Locale, string>>> {
  const path = pagePathFromId(id);
  const alternates: Partial<Record<Locale, string>> = { [DEFAULT_LOCALE]: path };
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    if ((await getTranslations(english, locale)).some((translation) => translation.id === id)) alternates[locale] = localizedPath(path, locale);
  }
  return alternates;
}
