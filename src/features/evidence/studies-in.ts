/**
 * The studies in a page's language, for the components: content/studies.yaml, and on a translated
 * page the words of content/<locale>/studies.yaml over it (i18n/data-files.ts). Apart from
 * studies.ts, which the Markdown plugins and the tests load outside Astro.
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../../shared/paths.ts';
import { dataIn } from '../i18n/data-files';
import { STUDIES_SPEC } from '../i18n/data-translations';
import type { StudyData } from './studies';

export async function studiesIn(locale: Locale): Promise<StudyData[]> {
  return dataIn(
    (await getCollection('studies')).map((entry) => entry.data),
    STUDIES_SPEC,
    locale,
  );
}
