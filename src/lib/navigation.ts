/**
 * Site structure derived from the pages' frontmatter: topic hubs, breadcrumbs and previous/next
 * links. Nothing here is written by hand, so a new MDX file takes its place automatically.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pagePathFromId } from './paths.ts';
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
 * its topic, so the link still makes sense out of context ("The US trials", not "Overview").
 */
export const navLabel = (page: Page): string => (isTopicOverview(page) ? TOPICS[page.data.topic].label : (page.data.shortTitle ?? page.data.title));

/** All pages, in site order: by topic (in navigation order), then by `order`, then by title. */
export async function getPages(): Promise<Page[]> {
  const topicOrder = Object.keys(TOPICS);
  const pages = await getCollection('pages');
  return pages.sort(
    (a, b) => topicOrder.indexOf(a.data.topic) - topicOrder.indexOf(b.data.topic) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
  );
}

/** The pages of one topic, in order, without the home page. */
export function topicPages(pages: Page[], topic: TopicId): Page[] {
  return pages.filter((page) => page.data.topic === topic && !isHome(page));
}

/** Home › topic overview › page. The current page is the last link. */
export function breadcrumbs(pages: Page[], page: Page): NavLink[] {
  if (isHome(page)) return [];
  const trail: NavLink[] = [{ label: 'Home', href: '/' }];
  const overview = pages.find((candidate) => isTopicOverview(candidate) && candidate.data.topic === page.data.topic);
  if (overview && overview.id !== page.id) trail.push({ label: navLabel(overview), href: pagePath(overview) });
  trail.push({ label: navLabel(page), href: pagePath(page) });
  return trail;
}

/**
 * The neighbours of a page within its topic, so a topic reads as a guide. No page is a dead end:
 * after a topic's last page, "next" leads to the next topic's overview (after the last topic, the
 * first), marked `nextTopic` so the link can say that the reader is moving on to another guide.
 */
export function previousAndNext(pages: Page[], page: Page): { previous: NavLink | undefined; next: (NavLink & { nextTopic: boolean }) | undefined } {
  const siblings = topicPages(pages, page.data.topic);
  const index = siblings.findIndex((sibling) => sibling.id === page.id);
  if (index < 0) return { previous: undefined, next: undefined };
  const link = (neighbour: Page | undefined) => (neighbour ? { label: navLabel(neighbour), href: pagePath(neighbour) } : undefined);
  const following = siblings[index + 1];
  if (following) return { previous: link(siblings[index - 1]), next: { ...link(following)!, nextTopic: false } };
  const topics = Object.keys(TOPICS) as TopicId[];
  const nextTopic = topics[(topics.indexOf(page.data.topic) + 1) % topics.length]!;
  const overview = pages.find((candidate) => candidate.data.topic === nextTopic && isTopicOverview(candidate));
  return { previous: link(siblings[index - 1]), next: overview && overview.id !== page.id ? { ...link(overview)!, nextTopic: true } : undefined };
}

export interface GuideEntry extends NavLink {
  current: boolean;
}

/**
 * The pages of the current page's topic, in reading order, as a multi-page guide's contents list
 * (as NHS guides show at the top of each page). Pages are listed by their full titles: a short
 * title such as "Safety" would read the same as a section of the overview page ("On this page")
 * while leading somewhere else (WCAG 2.4.9).
 */
export function guideContents(pages: Page[], page: Page): GuideEntry[] {
  if (isHome(page)) return [];
  return topicPages(pages, page.data.topic).map((entry) => ({
    label: entry.data.title,
    href: pagePath(entry),
    current: entry.id === page.id,
  }));
}
