/**
 * Site structure derived from the pages' frontmatter: topic hubs, breadcrumbs and previous/next
 * links. Nothing here is written by hand, so a new MDX file takes its place automatically.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, linkInLocale, localizedPath, pagePathFromId, type Locale } from '../../shared/paths.ts';
import { DICTIONARIES, localeOf, topicLabel } from '../i18n/dictionary';
import { localizedPages } from '../i18n/translations';
import { TOPICS, type TopicId } from './site';

/**
 * A page as the layout and navigation see it. An English page is the collection entry; a
 * translation is its English page's entry with the translated words (title, summary, dates…), the
 * translation's body and file, and `locale` (src/features/i18n/translations.ts). The id stays the
 * English one: the pair is found by path.
 */
export type Page = CollectionEntry<'pages'> & {
  /** The page's language; English when absent. */
  locale?: Locale;
  /** A translation only: the English page's lastReviewed it translates. */
  translatedFrom?: Date;
  /** A translation only: the English page. */
  english?: CollectionEntry<'pages'>;
};

export interface NavLink {
  label: string;
  href: string;
  /** The language of the page linked to, when it is not the page's own (an English page in the Spanish guide). */
  locale?: Locale | undefined;
}

export const localeOfPage = (page: Page): Locale => page.locale ?? DEFAULT_LOCALE;
/** The page's English site path: the same for a page and its translations. */
export const englishPath = (page: Page): string => pagePathFromId(page.id);
export const pagePath = (page: Page): string => localizedPath(englishPath(page), localeOfPage(page));
const isHome = (page: Page) => englishPath(page) === '/';
const isTopicOverview = (page: Page) => englishPath(page) === TOPICS[page.data.topic].overview;

/**
 * The label of a page in breadcrumbs and previous/next links. A topic's overview is named after
 * its topic, so the link still makes sense out of context ("History of the US trials", not "Overview").
 */
export const navLabel = (page: Page): string =>
  isTopicOverview(page) ? topicLabel(page.data.topic, localeOfPage(page)) : (page.data.shortTitle ?? page.data.title);
const navLink = (page: Page): NavLink => ({ label: navLabel(page), href: pagePath(page), locale: localeOfPage(page) });

/**
 * The pages in site order, sorted again only when the collection changes. Every page of a build
 * asks for them, so they are sorted once per build rather than once per page; in `astro dev` an
 * added, removed or edited page changes the entries Astro hands out (an edit gives the entry new
 * data and a new digest), so the order is worked out again and never goes stale.
 */
let siteOrder: { entries: readonly Page[]; pages: readonly Page[] } | undefined;
const localeOrder = new Map<Locale, { english: readonly Page[]; pages: readonly Page[] }>();

const sameEntries = (a: readonly Page[], b: readonly Page[]) =>
  a.length === b.length && a.every((entry, index) => entry.id === b[index]!.id && entry.data === b[index]!.data && entry.digest === b[index]!.digest);

/**
 * All pages, in site order: by topic (in navigation order), then by `order`, then by title. Shared
 * between callers: not to be changed. A build's pages cannot change while it runs, so once sorted
 * they are not asked of Astro again (each getCollection() copies every entry, and every page of a
 * build asks several times); `astro dev` asks every time and compares.
 */
export async function getPages(locale: Locale = DEFAULT_LOCALE): Promise<readonly Page[]> {
  if (locale !== DEFAULT_LOCALE) {
    // A language's navigation: each English page in site order, as its translation where there is
    // one, else as the English page (marked "in English" where it is linked).
    const english = await getPages();
    const cached = localeOrder.get(locale);
    if (cached && cached.english === english && !import.meta.env.DEV) return cached.pages;
    const pages = await localizedPages(english, locale);
    localeOrder.set(locale, { english, pages });
    return pages;
  }
  if (siteOrder && !import.meta.env.DEV) return siteOrder.pages;
  const entries = await getCollection('pages');
  if (!siteOrder || !sameEntries(siteOrder.entries, entries)) siteOrder = { entries, pages: inSiteOrder(entries) };
  return siteOrder.pages;
}

function inSiteOrder(pages: readonly Page[]): Page[] {
  const topicOrder = Object.keys(TOPICS);
  return pages.toSorted(
    (a, b) => topicOrder.indexOf(a.data.topic) - topicOrder.indexOf(b.data.topic) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
  );
}

export interface GuideEntry extends NavLink {
  current: boolean;
}

/** What every page's navigation needs from the list of pages, worked out once per list. */
interface SiteStructure {
  /** Each topic's pages in order, without the home page. */
  topics: Map<TopicId, readonly Page[]>;
  /** Where each page stands among its topic's pages, by topic and id. */
  positions: Map<TopicId, Map<string, number>>;
  overviews: Map<TopicId, Page>;
  /** Each topic's guide contents, with no page marked current. */
  guides: Map<TopicId, readonly GuideLink[]>;
  home: Page | undefined;
}

const structures = new WeakMap<readonly Page[], SiteStructure>();

function structureOf(pages: readonly Page[]): SiteStructure {
  let structure = structures.get(pages);
  if (structure) return structure;
  structure = { topics: new Map(), positions: new Map(), overviews: new Map(), guides: new Map(), home: pages.find(isHome) };
  for (const topic of Object.keys(TOPICS) as TopicId[]) {
    const ofTopic = pages.filter((page) => page.data.topic === topic && !isHome(page));
    structure.topics.set(topic, ofTopic);
    structure.positions.set(topic, new Map(ofTopic.map((page, index) => [page.id, index])));
    structure.guides.set(
      topic,
      ofTopic.map((entry) => ({ id: entry.id, label: entry.data.title, href: pagePath(entry), locale: localeOfPage(entry) })),
    );
    const overview = pages.find((candidate) => candidate.data.topic === topic && isTopicOverview(candidate));
    if (overview) structure.overviews.set(topic, overview);
  }
  structures.set(pages, structure);
  return structure;
}

/** The pages of one topic, in order, without the home page. */
export function topicPages(pages: readonly Page[], topic: TopicId): readonly Page[] {
  return structureOf(pages).topics.get(topic) ?? [];
}

/** Home › topic overview › page. The current page is the last link. */
export function breadcrumbs(pages: readonly Page[], page: Page): NavLink[] {
  if (isHome(page)) return [];
  const locale = localeOfPage(page);
  const home = structureOf(pages).home;
  const trail: NavLink[] = [
    { label: DICTIONARIES[locale].home, href: home ? pagePath(home) : localizedPath('/', locale), locale: home ? localeOfPage(home) : locale },
  ];
  const overview = structureOf(pages).overviews.get(page.data.topic);
  if (overview && overview.id !== page.id) trail.push(navLink(overview));
  trail.push(navLink(page));
  return trail;
}

/**
 * The neighbours of a page within its topic, so a topic reads as a guide. No page is a dead end:
 * after a topic's last page, "next" leads to the next topic's overview (after the last topic, the
 * first), marked `nextTopic` so the link can say that the reader is moving on to another guide.
 */
export function previousAndNext(pages: readonly Page[], page: Page): { previous: NavLink | undefined; next: (NavLink & { nextTopic: boolean }) | undefined } {
  const structure = structureOf(pages);
  const siblings = structure.topics.get(page.data.topic) ?? [];
  const index = structure.positions.get(page.data.topic)?.get(page.id) ?? -1;
  if (index < 0) return { previous: undefined, next: undefined };
  const link = (neighbour: Page | undefined) => (neighbour ? navLink(neighbour) : undefined);
  const following = siblings[index + 1];
  if (following) return { previous: link(siblings[index - 1]), next: { ...link(following)!, nextTopic: false } };
  const topics = Object.keys(TOPICS) as TopicId[];
  const nextTopic = topics[(topics.indexOf(page.data.topic) + 1) % topics.length]!;
  const overview = structure.overviews.get(nextTopic);
  return { previous: link(siblings[index - 1]), next: overview && overview.id !== page.id ? { ...link(overview)!, nextTopic: true } : undefined };
}

/** A topic's guide: its pages' links in reading order, and where the current page stands in it. */
export interface Guide {
  /** The same list for every page of the topic (and language): its HTML is written once (guide-list.ts). */
  entries: readonly GuideLink[];
  /** The current page's index in `entries`; -1 when it is not listed. */
  current: number;
}

export type GuideLink = NavLink & { id: string };

/**
 * The pages of the current page's topic, in reading order, as a multi-page guide's contents list
 * (as NHS guides show at the top of each page). Pages are listed by their full titles: a short
 * title such as "Safety" would read the same as a section of the overview page ("On this page")
 * while leading somewhere else (WCAG 2.4.9).
 */
export function guideOf(pages: readonly Page[], page: Page): Guide {
  if (isHome(page)) return { entries: [], current: -1 };
  const structure = structureOf(pages);
  return { entries: structure.guides.get(page.data.topic) ?? [], current: structure.positions.get(page.data.topic)?.get(page.id) ?? -1 };
}

/** The guide as a list of links with the current page marked. */
export function guideContents(pages: readonly Page[], page: Page): GuideEntry[] {
  const { entries, current } = guideOf(pages, page);
  return entries.map(({ label, href, locale }, index) => ({ label, href, locale, current: index === current }));
}

/**
 * Links written with English site paths, for a page in `current` language (Astro.currentLocale):
 * each to the page's translation where there is one, else to the English page (`locale` says
 * which, so the link can say "(en inglés)"). The search page exists in every language.
 */
export async function linksIn<Link extends { href: string }>(links: readonly Link[], current: string | undefined): Promise<(Link & { locale: Locale })[]> {
  const locale = localeOf(current);
  if (locale === DEFAULT_LOCALE) return links.map((link) => ({ ...link, locale }));
  // The one mapping (paths.ts linkInLocale), as Markdown links use it, over the language's translations.
  const translated = new Set((await getPages(locale)).filter((page) => localeOfPage(page) === locale).map(englishPath));
  return links.map((link) => {
    const target = linkInLocale(link.href, locale, translated);
    return { ...link, href: target.path, locale: target.locale };
  });
}

/**
 * One link a component writes from an English site path ("/about/corrections/"), on a page in
 * `current` language: its translation, or the English page with `locale` "en" (give it hreflang
 * and wrap its words in LinkLabel). Components never write withBase('/…') for a page directly.
 */
export async function linkIn(href: string, current: string | undefined): Promise<{ href: string; locale: Locale }> {
  const [link] = await linksIn([{ href }], current);
  return { href: link!.href, locale: link!.locale };
}
