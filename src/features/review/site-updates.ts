/** The site's updates as the Updates page and the feed read them, from the collections. */
import { getCollection } from 'astro:content';
import { getPages, pagePath } from '../chrome/navigation';
import { siteUpdates, type SiteUpdate } from './updates';

export async function readSiteUpdates(): Promise<SiteUpdate[]> {
  const pages = (await getPages()).map((page) => ({ path: pagePath(page), title: page.data.title, corrections: page.data.corrections }));
  return siteUpdates(
    (await getCollection('updates')).map((entry) => entry.data),
    pages,
  );
}
