/** The site's updates as the Updates page and the feed read them, from the collections, in a language. */
import { getCollection } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../../shared/paths.ts';
import { englishPath, getPages, pagePath } from '../chrome/navigation';
import { dataIn } from '../i18n/data-files';
import { langOfEntry, UPDATES_SPEC } from '../i18n/data-translations';
import { siteUpdates, UPDATES_PATH, type SiteUpdate } from './updates';

export async function readSiteUpdates(locale: Locale = DEFAULT_LOCALE): Promise<SiteUpdate[]> {
  const all = await getPages(locale);
  // Entries name pages by their English path; a reader goes to the page in their language where there is one.
  const pages = all.map((page) => ({ path: englishPath(page), title: page.data.title, corrections: page.data.corrections }));
  const inLanguage = new Map(all.map((page) => [englishPath(page), pagePath(page)]));
  const english = (await getCollection('updates')).map((entry) => entry.data);
  // A translation's words over the English entries (content/<locale>/updates.yaml); each keeps the
  // anchor its English title gives it, so the feed's links and the two pages' anchors agree.
  const updates = dataIn(english, UPDATES_SPEC, locale).map((update, index) => ({ ...update, anchorTitle: english[index]!.title, lang: langOfEntry(update) }));
  return siteUpdates(updates, pages, locale).map((update) => ({ ...update, page: inLanguage.get(update.page) ?? update.page }));
}

/** The Updates page a reader of the language sees: its translation, else the English page. */
export async function updatesPageIn(locale: Locale = DEFAULT_LOCALE): Promise<string> {
  const page = (await getPages(locale)).find((candidate) => englishPath(candidate) === UPDATES_PATH);
  return page ? pagePath(page) : UPDATES_PATH;
}
