/**
 * Site structure derived from the pages' frontmatter: topic hubs, breadcrumbs and previous/next
 * links. Nothing here is written by hand, so a new MDX file takes its place automatically.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pagePathFromId } from '../../shared/paths.ts';
import { TOPICS, type TopicId } from './site';

export type Page = CollectionEntry<'pages'>;

export interface NavLink {
  label: string;
  href: string;
}

export const pagePath = (page: Page): string => pagePathFromId(page.id);
const isHome = (page: Page) => pagePath(page) === '/';
const isTopicOverview = (page: Page) => pagePath(page) === TOPICS[page.data.topic].overview;

/**
 * The label of a page in breadcrumbs and previous/next links. A topic's overview is named after
 * its topic, so the link still makes sense out of context ("History of the US trials", not "Overview").
 */
export const navLabel = (page: Page): string => (isTopicOverview(page) ? TOPICS[page.data.topic].label : (page.data.shortTitle ?? page.data.title));

/**
 * The pages in site order, sorted again only when the collection changes. Every page of a build
 * asks for them, so they are sorted once per build rather than once per page; in `astro dev` an
 * added, removed or edited page changes the entries Astro hands out (an edit gives the entry new
 * data and a new digest), so the order is worked out again and never goes stale.
 */
let siteOrder: { entries: readonly Page[]; pages: readonly Page[] } | undefined;

const sameEntries = (a: readonly Page[], b: readonly Page[]) =>
  a.length === b.length && a.every((entry, index) => entry.id === b[index]!.id && entry.data === b[index]!.data && entry.digest === b[index]!.digest);

/**
 * All pages, in site order: by topic (in navigation order), then by `order`, then by title. Shared
 * between callers: not to be changed. A build's pages cannot change while it runs, so once sorted
 * they are not asked of Astro again (each getCollection() copies every entry, and every page of a
 * build asks several times); `astro dev` asks every time and compares.
 */
export async function getPages(): Promise<readonly Page[]> {
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
  guides: Map<TopicId, readonly (NavLink & { id: string })[]>;
}

const structures = new WeakMap<readonly Page[], SiteStructure>();

function structureOf(pages: readonly Page[]): SiteStructure {
  let structure = structures.get(pages);
  if (structure) return structure;
  structure = { topics: new Map(), positions: new Map(), overviews: new Map(), guides: new Map() };
  for (const topic of Object.keys(TOPICS) as TopicId[]) {
    const ofTopic = pages.filter((page) => page.data.topic === topic && !isHome(page));
    structure.topics.set(topic, ofTopic);
    structure.positions.set(topic, new Map(ofTopic.map((page, index) => [page.id, index])));
    structure.guides.set(
      topic,
      ofTopic.map((entry) => ({ id: entry.id, label: entry.data.title, href: pagePath(entry) })),
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
  const trail: NavLink[] = [{ label: 'Home', href: '/' }];
  const overview = structureOf(pages).overviews.get(page.data.topic);
  if (overview && overview.id !== page.id) trail.push({ label: navLabel(overview), href: pagePath(overview) });
  trail.push({ label: navLabel(page), href: pagePath(page) });
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
  const link = (neighbour: Page | undefined) => (neighbour ? { label: navLabel(neighbour), href: pagePath(neighbour) } : undefined);
  const following = siblings[index + 1];
  if (following) return { previous: link(siblings[index - 1]), next: { ...link(following)!, nextTopic: false } };
  const topics = Object.keys(TOPICS) as TopicId[];
  const nextTopic = topics[(topics.indexOf(page.data.topic) + 1) % topics.length]!;
  const overview = structure.overviews.get(nextTopic);
  return { previous: link(siblings[index - 1]), next: overview && overview.id !== page.id ? { ...link(overview)!, nextTopic: true } : undefined };
}

/**
 * The pages of the current page's topic, in reading order, as a multi-page guide's contents list
 * (as NHS guides show at the top of each page). Pages are listed by their full titles: a short
 * title such as "Safety" would read the same as a section of the overview page ("On this page")
 * while leading somewhere else (WCAG 2.4.9).
 */
export function guideContents(pages: readonly Page[], page: Page): GuideEntry[] {
  if (isHome(page)) return [];
  return (structureOf(pages).guides.get(page.data.topic) ?? []).map(({ label, href, id }) => ({ label, href, current: id === page.id }));
}
