/**
 * /updates.xml: the site's updates (src/features/review/updates.ts) as an RSS feed, so a reader can
 * hear when something important changes, MiSLE's results above all. Written only when SITE_URL is
 * set: a feed names absolute addresses, and a made-up domain would lead nowhere (the build warns,
 * src/features/chrome/built-site.mjs). A dynamic route only so that it can be left out.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_NAME } from '../features/chrome/site';
import { withBase } from '../features/chrome/urls';
import { readSiteUpdates } from '../features/review/site-updates';
import { FEED_PATH, feedIsWritten, KIND_LABELS, UPDATES_PATH } from '../features/review/updates';
import { SITE_URL } from '../shared/paths.ts';

export const getStaticPaths = (() => (feedIsWritten() ? [{ params: { feed: FEED_PATH.replace(/^\/|\.xml$/g, '') } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const absolute = (path: string) => new URL(withBase(path), SITE_URL).href;
  const updates = await readSiteUpdates();
  return rss({
    title: `${SITE_NAME}: updates`,
    description: 'What changed on the site: new pages, trial status changes, results checks and corrections.',
    site: absolute('/'),
    trailingSlash: true,
    items: updates.map((update) => ({
      title: update.title,
      pubDate: update.date,
      link: `${absolute(UPDATES_PATH)}#${update.anchor}`,
      description: `${KIND_LABELS[update.kind]}, about "${update.pageTitle}" (${absolute(update.page)}): ${update.text}`,
    })),
  });
};
