// The Updates page and its feed, read from the build (which `npm run build:test` makes with
// SITE_URL set, so the feed is written): the feed is valid RSS whose items are the page's entries,
// newest first, each dated and linking under the base path to its entry; every page names the feed
// in its head; the MiSLE results check is announced with its date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { FEED_PATH, parseUpdatesYaml, UPDATES_PATH } from '../../src/features/review/updates.ts';
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

function feed(): { title: string; link: string; items: FeedItem[] } {
  const xml = readFileSync(join(distDir(), FEED_PATH), 'utf8');
  const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;
  return { title: channel.title, link: channel.link, items: [channel.item].flat() };
}

/** The entries of the Updates page's full list (the second list; the first is the results being watched). */
function pageEntries() {
  const doc = parsedAt(UPDATES_PATH);
  const lists = doc.all.filter((el) => el.tagName === 'ol' && hasClass(el, 'updates-list'));
  const all = lists.find((list) => !hasClass(list, 'updates-list--watching'))!;
  return elements(all)
    .filter((el) => el.tagName === 'li')
    .map((li) => ({ id: attr(li, 'id')!, title: text(elements(li).find((el) => hasClass(el, 'updates-list__title'))!) }));
}

test('the build with SITE_URL writes the updates feed and lists it in the page manifest', () => {
  expect(readManifest(distDir()).feed).toBe(FEED_PATH);
});

test('the feed lists every entry of the Updates page, newest first, each dated and linking to its entry under the base path', { tag: URL_ROOT }, () => {
  const { items, link } = feed();
  expect(link).toBe(publicUrl('/'));
  const entries = pageEntries();
  expect(items.map((item) => item.title)).toEqual(entries.map((entry) => entry.title));
  expect(items.map((item) => item.link)).toEqual(entries.map((entry) => `${publicUrl(UPDATES_PATH)}#${entry.id}`));
  const guids = items.map((item) => (typeof item.guid === 'string' ? item.guid : item.guid['#text']));
  expect(new Set(guids).size, 'every item has its own id').toBe(items.length);
  const dates = items.map((item) => Date.parse(item.pubDate));
  expect(
    dates.every((d) => !Number.isNaN(d)),
    `dates: ${items.map((i) => i.pubDate).join(', ')}`,
  ).toBe(true);
  expect(dates).toEqual(dates.toSorted((a, b) => b - a));
  for (const item of items) expect(item.description.length, `${item.title} has a description`).toBeGreaterThan(20);
});

test('the feed holds every entry of content/updates.yaml and the pages’ corrections', () => {
  const fromFile = parseUpdatesYaml(readFileSync(join(PROJECT_ROOT, 'content', 'updates.yaml'), 'utf8'));
  const titles = feed().items.map((item) => item.title);
  for (const entry of fromFile) expect(titles).toContain(entry['title']);
  expect(
    titles.some((title) => / corrections? on \d+ \w+ \d{4}$/.test(title)),
    'the pages’ corrections are in the feed, a line a day',
  ).toBe(true);
});

test('the MiSLE results check is the first line under "Results we are waiting for", dated, and the feed announces it', () => {
  const doc = parsedAt(UPDATES_PATH);
  const watching = doc.all.find((el) => el.tagName === 'ol' && hasClass(el, 'updates-list--watching'))!;
  const line = text(elements(watching).find((el) => hasClass(el, 'updates-list__title'))!);
  expect(line).toMatch(/^MiSLE results: .+, last checked \d{4}-\d{2}-\d{2}$/);
  expect(feed().items.map((item) => item.title)).toContain(line);
});

test('every page names the updates feed in its head, under the base path', { tag: URL_ROOT }, () => {
  const missing = builtPages()
    .map((page) => parsed(page))
    .filter((doc) => {
      const alternates = doc.all.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'type') === 'application/rss+xml');
      return alternates.length !== 1 || attr(alternates[0]!, 'href') !== withBase(FEED_PATH);
    })
    .map((doc) => doc.page.path);
  expect(missing).toEqual([]);
});

test('the Updates page links to the feed', () => {
  const doc = parsedAt(UPDATES_PATH);
  expect(doc.all.some((el) => el.tagName === 'a' && attr(el, 'href') === withBase(FEED_PATH))).toBe(true);
});
