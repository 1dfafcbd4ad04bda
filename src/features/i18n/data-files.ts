/**
 * The data files in a page's language: English is content/<file>; another language lays the words
 * of content/<locale>/<file> over it (data-translations.ts), read with the one YAML reader. A
 * problem in a translation stops the build with the file, the entry and the fix; English entries
 * without a translation, and translations of English words that have changed since, are listed
 * once per build, through the content-warnings logger, and shown in English until translated.
 */
import { readYamlEntries } from '../../shared/content-files';
import { ContentError } from '../../shared/content-errors';
import { warnContent } from '../../shared/content-warnings';
import { DEFAULT_LOCALE, type Locale } from '../../shared/paths.ts';
import { translateData, type DataTranslationSpec } from './data-translations';

const warned = new Set<string>();

export function dataIn<T extends object>(english: readonly T[], spec: DataTranslationSpec, locale: Locale): T[] {
  if (locale === DEFAULT_LOCALE) return [...english];
  const file = `content/${locale}/${spec.file}`;
  const { entries, problems, untranslated, behind } = translateData(english, readYamlEntries(`${locale}/${spec.file}`), spec);
  if (problems.length > 0) throw new ContentError(file, problems, 'Translate a page');
  // Listed once per build: translations of English words that changed since, then the untranslated entries.
  if (warned.has(file)) return entries;
  warned.add(file);
  for (const line of behind) warnContent(file, line);
  if (untranslated.length > 0) {
    warnContent(
      file,
      `${untranslated.length} entr${untranslated.length === 1 ? 'y' : 'ies'} of ${spec.englishFile} ha${untranslated.length === 1 ? 's' : 've'} no translation yet (readers of this language see ${untranslated.length === 1 ? 'it' : 'them'} in English, marked as such): ${untranslated.join(', ')}`,
    );
  }
  return entries;
}
