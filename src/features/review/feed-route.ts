/**
 * The updates feed of a language as an Astro route (`@astrojs/rss`): src/pages/[feed].xml.ts writes
 * /updates.xml, src/pages/es/[feed].xml.ts /es/updates.xml, each from the updates in its language
 * (site-updates.ts) with the channel's and items' words from its dictionary. Written only when
 * SITE_URL is set: a feed names absolute addresses, and a made-up domain would lead nowhere (the
 * build warns, src/features/chrome/built-site.mjs). A dynamic route only so that it can be left out.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { withBase } from '../chrome/urls';
import { localizedPath, SITE_URL, type Locale } from '../../shared/paths.ts';
import { readSiteUpdates, updatesPageIn } from './site-updates';
import { FEED_PATH, feedChannel, feedIsWritten, feedItems } from './updates';

export function feedRoute(locale: Locale): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    // The file name inside the language's folder: "updates" for updates.xml.
    getStaticPaths: () => (feedIsWritten() ? [{ params: { feed: FEED_PATH.replace(/^\/|\.xml$/g, '') } }] : []),
    GET: async () => {
      const absolute = (path: string) => new URL(withBase(path), SITE_URL).href;
      const { title, description, language } = feedChannel(locale);
      return rss({
        title,
        description,
        // The channel links to the language's home page.
        site: absolute(localizedPath('/', locale)),
        trailingSlash: true,
        customData: `<language>${language}</language>`,
        items: feedItems(await readSiteUpdates(locale), await updatesPageIn(locale), absolute, locale),
      });
    },
  };
}
