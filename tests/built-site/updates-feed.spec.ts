// The Updates page and its feed, read from the build (which `npm run build:test` makes with
// SITE_URL set, so the feed is written): the feed is valid RSS whose items are the page's entries,
// newest first, each dated and linking under the base path to its entry; every page names the feed
// of its language in its head; the MiSLE results check is announced with its date. Each language has
// its feed (/updates.xml, /es/updates.xml), from the updates in that language, proven the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { FEED_PATH, feedChannel, feedPath, parseUpdatesYaml, UPDATES_PATH } from '../../src/features/review/updates.ts';
import { DEFAULT_LOCALE, LOCALES, localizedPath, type Locale } from '../../src/shared/paths.ts';
import { readManifest } from '../../src/features/chrome/built-site.mjs';
import { test, expect, URL_ROOT } from '../helpers/test.ts';
import { builtPages, distDir, PROJECT_ROOT } from '../helpers/pages.ts';
import { attr, elements, text } from '../helpers/html.ts';
import { hasClass, parsed, parsedAt } from '../helpers/built-page.ts';
import { publicUrl, withBase } from '../helpers/site.ts';

interface FeedItem {
  title: string;
  link: string;
  guid: string | { '#text': string };
  pubDate: string;
  description: string;
}

/** A language's feed as written (/updates.xml, /es/updates.xml), parsed; throws unless it is RSS 2.0 with the elements RSS requires. */
function feed(locale: Locale = DEFAULT_LOCALE): { title: string; description: string; link: string; language: string; items: FeedItem[] } {
  const { rss } = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(distDir(), feedPath(locale)), 'utf8'));
  const channel = rss?.channel;
  if (rss?.['@_version'] !== '2.0' || !channel?.title || !channel.link || !channel.description) {
    throw new Error(`${feedPath(locale)} is not an RSS 2.0 document whose channel has a title, link and description`);
  }
  return { title: channel.title, description: channel.description, link: channel.link, language: channel.language, items: [channel.item].flat() };
}

/** The entries of a language's Updates page's full list (the second list; the first is the results being watched). */
function pageEntries(locale: Locale = DEFAULT_LOCALE) {
  const doc = parsedAt(localizedPath(UPDATES_PATH, locale));
  const lists = doc.all.filter((el) => el.tagName === 'ol' && hasClass(el, 'updates-list'));
  const all = lists.find((list) => !hasClass(list, 'updates-list--watching'))!;
  return elements(all)
    .filter((el) => el.tagName === 'li')
    .map((li) => ({ id: attr(li, 'id')!, title: text(elements(li).find((el) => hasClass(el, 'updates-list__title'))!) }));
}

test('the build with SITE_URL writes the updates feed of each language and lists them in the page manifest', () => {
  const manifest = readManifest(distDir());
  expect(manifest.feed).toBe(FEED_PATH);
  expect(manifest.feeds).toEqual({ en: '/updates.xml', es: '/es/updates.xml' });
});

for (const locale of LOCALES) {
  test(
    `the ${locale} feed is RSS in its language and lists every entry of its Updates page, newest first, each dated and linking to its entry under the base path`,
    { tag: URL_ROOT },
    () => {
      const { items, link, title, description, language } = feed(locale);
      expect({ title, description, language }).toEqual(feedChannel(locale));
      expect(link).toBe(publicUrl(localizedPath('/', locale)));
      const entries = pageEntries(locale);
      expect(items.map((item) => item.title)).toEqual(entries.map((entry) => entry.title));
      expect(items.map((item) => item.link)).toEqual(entries.map((entry) => `${publicUrl(localizedPath(UPDATES_PATH, locale))}#${entry.id}`));
      const guids = items.map((item) => (typeof item.guid === 'string' ? item.guid : item.guid['#text']));
      expect(new Set(guids).size, 'every item has its own id').toBe(items.length);
      const dates = items.map((item) => Date.parse(item.pubDate));
      expect(
        dates.every((d) => !Number.isNaN(d)),
        `dates: ${items.map((i) => i.pubDate).join(', ')}`,
      ).toBe(true);
      expect(dates).toEqual(dates.toSorted((a, b) => b - a));
      for (const item of items) expect(item.description.length, `${item.title} has a description`).toBeGreaterThan(20);
    },
  );
}

test('the feed holds every entry of content/updates.yaml and the pages’ corrections', () => {
  const fromFile = parseUpdatesYaml(readFileSync(join(PROJECT_ROOT, 'content', 'updates.yaml'), 'utf8'));
  const titles = feed().items.map((item) => item.title);
  for (const entry of fromFile) expect(titles).toContain(entry['title']);
  expect(
    titles.some((title) => / corrections? on \d+ \w+ \d{4}$/.test(title)),
    'the pages’ corrections are in the feed, a line a day',
  ).toBe(true);
});

test('the Spanish feed holds every entry of content/es/updates.yaml in Spanish and the Spanish pages’ corrections, every address under /es/', () => {
  const fromFile = parseUpdatesYaml(readFileSync(join(PROJECT_ROOT, 'content', 'es', 'updates.yaml'), 'utf8'));
  const { items } = feed('es');
  const titles = items.map((item) => item.title);
  for (const entry of fromFile) expect(titles).toContain(entry['title']);
  expect(
    titles.some((title) => /^(Una corrección|\d+ correcciones) el \d+ de \w+ de \d{4}$/.test(title)),
    'the pages’ corrections are in the feed, a line a day, dated the Spanish way',
  ).toBe(true);
  const spanishSite = publicUrl('/es/');
  for (const item of items) {
    expect(item.link.startsWith(spanishSite), `${item.title}: ${item.link}`).toBe(true);
    const addresses = item.description.match(/https?:\/\/[^\s)]+/g) ?? [];
    expect(addresses.length, `${item.title} names the page it is about`).toBe(1);
    expect(addresses[0]!.startsWith(spanishSite), `${item.title}: ${addresses[0]}`).toBe(true);
  }
});

test('the MiSLE results check is the first line under "Results we are waiting for", dated, and the feed announces it', () => {
  const doc = parsedAt(UPDATES_PATH);
  const watching = doc.all.find((el) => el.tagName === 'ol' && hasClass(el, 'updates-list--watching'))!;
  const line = text(elements(watching).find((el) => hasClass(el, 'updates-list__title'))!);
  expect(line).toMatch(/^MiSLE results: .+, last checked \d{4}-\d{2}-\d{2}$/);
  expect(feed().items.map((item) => item.title)).toContain(line);
});

test('every page names the updates feed of its language in its head, under the base path', { tag: URL_ROOT }, () => {
  const missing = builtPages()
    .map((page) => parsed(page))
    .filter((doc) => {
      const alternates = doc.all.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'type') === 'application/rss+xml');
      return (
        alternates.length !== 1 ||
        attr(alternates[0]!, 'href') !== withBase(feedPath(doc.page.lang)) ||
        attr(alternates[0]!, 'title') !== feedChannel(doc.page.lang).title
      );
    })
    .map((doc) => doc.page.path);
  expect(missing).toEqual([]);
});

for (const locale of LOCALES) {
  test(`the ${locale} Updates page links to the feed in its own language`, () => {
    const doc = parsedAt(localizedPath(UPDATES_PATH, locale));
    const links = doc.all.filter((el) => el.tagName === 'a' && attr(el, 'href') === withBase(feedPath(locale)));
    expect(links.length).toBe(1);
    expect(attr(links[0]!, 'hreflang'), 'a link to a feed in the page’s own language is not marked as another language').toBeUndefined();
  });
}
