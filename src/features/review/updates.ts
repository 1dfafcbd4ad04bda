/**
 * What changed on the site, for the Updates page and its feed: the entries of content/updates.yaml
 * (new pages, trial status changes, results checks) and every page's corrections, newest first.
 * One list, so the page and the feed never disagree.
 *
 * A feed item's address is its entry on the Updates page (`#` and an anchor made from its date and
 * title), which is also the item's id in feed readers: a results check whose line changes ("not yet
 * published, last checked …" with a new date, or "published") gets a new id, so the feed announces
 * it as news.
 */
import { parseContentYaml } from '../../shared/content-files';
import { ContentError, readmeHint } from '../../shared/content-errors';
import { DEFAULT_LOCALE, localizedPath, SITE_URL_CONFIGURED, type Locale } from '../../shared/paths.ts';
import { DICTIONARIES } from '../i18n/dictionary';
import type { Correction } from './corrections';
import { formatDate, isoDate } from './dates';
import type { Update, UpdateKind } from './schema';

/** The Updates page and its feed (written only when SITE_URL is set: a feed needs the real address). */
export const UPDATES_PATH = '/about/updates/';
export const FEED_PATH = '/updates.xml';
/** Where every correction is told in full. */
export const CORRECTIONS_PATH = '/about/corrections/';
export const feedIsWritten = (): boolean => SITE_URL_CONFIGURED;
/** Each language's feed, through the one locale mapping: /updates.xml, /es/updates.xml. */
export const feedPath = (locale: Locale = DEFAULT_LOCALE): string => localizedPath(FEED_PATH, locale);

/** How each kind is named to readers, in a language (the words are in the dictionaries). */
export const kindLabels = (locale: Locale = DEFAULT_LOCALE): Record<UpdateKind | 'correction', string> => {
  const words = DICTIONARIES[locale];
  return {
    'new-page': words.updateNewPage,
    'trial-status': words.updateTrialStatus,
    'results-check': words.updateResultsCheck,
    change: words.updateChange,
    correction: words.updateCorrection,
  };
};

export interface SiteUpdate {
  /** The anchor of the entry on the Updates page, and so the feed item's id. */
  anchor: string;
  date: Date;
  kind: UpdateKind | 'correction';
  title: string;
  text: string;
  /** "en" when a page in another language shows the title and text in English, for want of a current translation. */
  lang?: 'en';
  /** Site path of the page it concerns. */
  page: string;
  /** That page's title. */
  pageTitle: string;
}

/**
 * content/updates.yaml's parser for the collection's file() loader: editors write no ids, so each
 * entry gets one from its place in the file, which also names it in an error ("entry 3").
 */
export function parseUpdatesYaml(text: string): Record<string, unknown>[] {
  const data = parseContentYaml(text);
  if (!Array.isArray(data))
    throw new Error(`content/updates.yaml must be a list of entries, each starting with "- date:". ${readmeHint('Tell readers what changed')}`);
  return data.map((entry, index) => ({ ...entry, id: `entry ${index + 1}` }));
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');

/**
 * The updates and the pages' corrections, newest first (an entry of the file before a correction of
 * the same day). `pageTitle` names a page by its site path and throws, with the entry, for a path
 * that is not a page.
 */
export function siteUpdates(
  updates: ReadonlyArray<Update & { anchorTitle?: string; lang?: 'en' | undefined }>,
  pages: ReadonlyArray<{ path: string; title: string; corrections: readonly Correction[] }>,
  locale: Locale = DEFAULT_LOCALE,
): SiteUpdate[] {
  const words = DICTIONARIES[locale];
  const titles = new Map(pages.map((page) => [page.path, page.title]));
  const fromFile = updates.map((update): SiteUpdate => {
    const pageTitle = titles.get(update.page);
    if (!pageTitle) {
      throw new ContentError(
        'content/updates.yaml',
        [
          `${update.id} (${isoDate(update.date)}): "page" ${update.page} is not a page of the site; give the path of an existing page, for example /trial-history/phase-2-misle-trial/`,
        ],
        'Tell readers what changed',
      );
    }
    return {
      // A translation keeps the English anchor (`anchorTitle`), so a link to an entry works in both languages.
      anchor: `${update.kind}-${isoDate(update.date)}-${slug(update.anchorTitle ?? update.title)}`,
      date: update.date,
      kind: update.kind,
      title: update.title,
      text: update.text,
      // "en" when a translated page shows the entry in English (no current translation).
      ...(update.lang ? { lang: update.lang } : {}),
      page: update.page,
      pageTitle,
    };
  });
  // Corrections are told in full on the Corrections page; here, one entry per day says how many
  // and on which pages. Its anchor carries the count, so a correction added to a day is news again.
  const byDay = new Map<string, { date: Date; titles: string[] }>();
  for (const page of pages) {
    for (const correction of page.corrections) {
      const day = byDay.get(isoDate(correction.date)) ?? { date: correction.date, titles: [] };
      day.titles.push(page.title);
      byDay.set(isoDate(correction.date), day);
    }
  }
  const corrections = [...byDay].map(([day, { date, titles }]): SiteUpdate => {
    const onPages = [...new Set(titles)];
    return {
      anchor: `corrections-${day}-${titles.length}`,
      date,
      kind: 'correction',
      title: words.updateCorrectionsTitle(titles.length, formatDate(date, locale)),
      text: words.updateCorrectionsText(onPages.length, onPages[0] ?? ''),
      page: CORRECTIONS_PATH,
      pageTitle: words.updateCorrectionsPage,
    };
  });
  const all = [...fromFile, ...corrections].sort((a, b) => b.date.getTime() - a.date.getTime());
  // Two entries alike in date and words still get anchors of their own.
  const used = new Map<string, number>();
  return all.map((update) => {
    const count = (used.get(update.anchor) ?? 0) + 1;
    used.set(update.anchor, count);
    return count === 1 ? update : { ...update, anchor: `${update.anchor}-${count}` };
  });
}

/** The newest results check of each page: the dated "not yet published, last checked …" lines. */
export function latestResultsChecks(updates: readonly SiteUpdate[]): SiteUpdate[] {
  const seen = new Set<string>();
  return updates.filter((update) => update.kind === 'results-check' && !seen.has(update.page) && seen.add(update.page));
}

/** The feed's channel in a language: its title, description and RSS language code. */
export function feedChannel(locale: Locale = DEFAULT_LOCALE): { title: string; description: string; language: Locale } {
  const words = DICTIONARIES[locale];
  return { title: words.feedTitle(words.siteName), description: words.feedDescription, language: locale };
}

export interface FeedItem {
  title: string;
  pubDate: Date;
  /** The entry on the Updates page of the feed's language, absolute: also the item's id. */
  link: string;
  description: string;
}

/**
 * The feed's items in a language, from the updates in that language (site-updates.ts): each links
 * to its entry on `updatesPage` (that language's Updates page) and names the page it is about,
 * both as absolute addresses made by `absolute` (site path → URL with SITE_URL and the base).
 */
export function feedItems(
  updates: readonly SiteUpdate[],
  updatesPage: string,
  absolute: (sitePath: string) => string,
  locale: Locale = DEFAULT_LOCALE,
): FeedItem[] {
  const words = DICTIONARIES[locale];
  const labels = kindLabels(locale);
  return updates.map((update) => ({
    // An item has one language, the channel's: an entry still in English says so after its title,
    // as the Updates page marks it lang="en" (a feed reader has no voice to switch).
    title: update.lang && update.lang !== locale ? `${update.title} ${words.feedItemInEnglish}` : update.title,
    pubDate: update.date,
    link: `${absolute(updatesPage)}#${update.anchor}`,
    description: words.feedItem(labels[update.kind], update.pageTitle, absolute(update.page), update.text),
  }));
}
