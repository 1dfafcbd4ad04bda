/**
 * The items of a topic's guide contents (GuideContents.astro) as HTML. Every page of a topic lists
 * all of the topic's pages, so rendering each item as components on each page grows with the square
 * of the pages (a thousand-page topic: a million link renders). Each item's HTML is written once
 * per guide and language, then each page joins them with its own item marked current.
 */
import { addAttribute } from 'astro/runtime/server/index.js';
import { hreflangOf } from '../i18n/dictionary';
import { linkLabelHtml } from '../i18n/link-label';
import { unbrokenHtml } from '../typography/unbroken-html';
import type { Guide, GuideLink } from './navigation';
import { withBase } from './urls';

/** The class of the guide contents' <nav>, which the search index's input leaves out (search/search-index-input.ts). */
export const GUIDE_CONTENTS_CLASS = 'guide-contents';

/** Each item as a link, joined, and where each item starts in the joined text. */
interface Written {
  html: string;
  starts: number[];
}

/** Per guide (the list navigation.ts keeps for the build), per page language. */
const written = new WeakMap<readonly GuideLink[], Map<string, Written>>();

/** An item that leads to another page of the guide, its words marked when that page is in another language. */
function linkItem(entry: GuideLink, current: string | undefined): string {
  const hreflang = hreflangOf(entry.locale, current);
  return `<li><a${addAttribute(withBase(entry.href), 'href')}${addAttribute(hreflang, 'hreflang')}>${linkLabelHtml(unbrokenHtml(entry.label), entry.locale, current)}</a></li>`;
}

/** The current page's item: marked, and not a link, since the reader is already there. */
const currentItem = (entry: GuideLink) => `<li aria-current="page"><span class="guide-contents__current">${unbrokenHtml(entry.label)}</span></li>`;

function writtenFor(entries: readonly GuideLink[], current: string | undefined): Written {
  let byLanguage = written.get(entries);
  if (!byLanguage) written.set(entries, (byLanguage = new Map()));
  let list = byLanguage.get(current ?? '');
  if (!list) {
    const items = entries.map((entry) => linkItem(entry, current));
    const starts: number[] = [];
    let html = '';
    for (const item of items) {
      starts.push(html.length);
      html += item;
    }
    starts.push(html.length);
    byLanguage.set(current ?? '', (list = { html, starts }));
  }
  return list;
}

/** The `<li>` items of the guide for a page in `current` language (Astro.currentLocale). */
export function guideListHtml(guide: Guide, current: string | undefined): string {
  const { html, starts } = writtenFor(guide.entries, current);
  const entry = guide.entries[guide.current];
  if (!entry) return html;
  return html.slice(0, starts[guide.current]) + currentItem(entry) + html.slice(starts[guide.current + 1]);
}
