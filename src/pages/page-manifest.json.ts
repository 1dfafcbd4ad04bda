/**
 * /page-manifest.json: every HTML page of the build, with its kind and, for content pages, the
 * frontmatter the tools need (topic, title, review dates, search keywords). Made from the pages
 * collection, the one place Astro knows which pages are content, so the build integrations
 * (src/features/chrome/page-manifest.ts and headers.ts, src/features/search/search-index.ts), the
 * tests, the readability report and the bench read this list instead of guessing from the HTML.
 *
 * It is written into dist/ with the pages so it always describes the build beside it (Astro empties
 * dist/ at each build, so it cannot be left over from another build or another BASE_PATH). Being
 * public costs nothing: every field is already on the page it describes.
 */
import type { APIRoute } from 'astro';
import { isoDate } from '../features/review/dates';
import { getPages, localeOfPage, pagePath, type Page } from '../features/chrome/navigation';
import { alternatesOf } from '../features/i18n/translations';
import { builtFileOfPath, CODE_PAGES, basePath, LOCALES, localizedPath, SITE_URL, splitLocale, type ManifestPage, type PageManifest } from '../shared/paths.ts';
import { FEED_PATH, feedIsWritten, feedPath } from '../features/review/updates';

export const GET: APIRoute = async () => {
  const english = await getPages();
  // Every language's own pages (a language's navigation also lists English pages: those are English's).
  const all: Page[] = [];
  for (const locale of LOCALES) all.push(...(await getPages(locale)).filter((page) => localeOfPage(page) === locale));
  const content: ManifestPage[] = await Promise.all(
    all.map(async (page) => {
      const path = pagePath(page);
      const alternates = await alternatesOf(english, page.id);
      return {
        path,
        file: builtFileOfPath(path),
        kind: 'content',
        lang: localeOfPage(page),
        ...(Object.keys(alternates).length > 1 ? { alternates } : {}),
        id: page.id,
        ...(page.filePath ? { source: page.filePath } : {}),
        title: page.data.title,
        topic: page.data.topic,
        lastReviewed: isoDate(page.data.lastReviewed),
        nextReview: isoDate(page.data.nextReview),
        keywords: page.data.keywords ?? [],
      };
    }),
  );
  const code: ManifestPage[] = Object.entries(CODE_PAGES).map(([path, kind]) => {
    const { locale, path: englishPath } = splitLocale(path);
    const alternates = kind === 'search' ? Object.fromEntries(LOCALES.map((other) => [other, localizedPath(englishPath, other)])) : undefined;
    return { path, file: builtFileOfPath(path), kind, lang: locale, ...(alternates ? { alternates } : {}) };
  });
  const manifest: PageManifest = {
    base: basePath(import.meta.env.BASE_URL),
    site: SITE_URL,
    ...(feedIsWritten() ? { feed: FEED_PATH, feeds: Object.fromEntries(LOCALES.map((locale) => [locale, feedPath(locale)])) } : {}),
    pages: [...content, ...code],
  };
  return new Response(JSON.stringify(manifest, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
