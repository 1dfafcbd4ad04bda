/**
 * /sitemap.xml: every content page at its canonical URL, with the date it was last reviewed.
 * Derived from the pages collection, so a new page is listed the moment it exists.
 */
import type { APIRoute } from 'astro';
import { isoDate } from '../lib/dates';
import { getPages, pagePath } from '../lib/navigation';
import { withBase } from '../lib/urls';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml needs `site` in astro.config.mjs (SITE_URL) to write absolute URLs');
  const urls = (await getPages()).map((page) => {
    const loc = new URL(withBase(pagePath(page)), site).href;
    const lastmod = isoDate(page.data.lastReviewed);
    return `  <url><loc>${escapeXml(loc)}</loc><lastmod>${lastmod}</lastmod></url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
