/**
 * /robots.txt: everything may be crawled; points to the sitemap index that @astrojs/sitemap writes
 * (astro.config.mjs). Under a base path this file is
 * served at <base>/robots.txt, which crawlers do not read: see docs/DEPLOY.md.
 */
import type { APIRoute } from 'astro';
import { withBase } from '../features/chrome/urls';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs `site` in astro.config.mjs (SITE_URL) to name the sitemap');
  const sitemap = new URL(withBase('/sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
