/**
 * Builds the Pagefind search index of the content pages once Astro has written them, with
 * Pagefind's Node API (as Starlight does). Any problem fails the build with a message that names
 * the page and says what to fix; the astro-pagefind integration only logs indexing errors, so a
 * broken index would ship unnoticed.
 *
 * Search keywords: a page's frontmatter `keywords` are rendered into <meta name="keywords">, which
 * BaseLayout marks as a Pagefind metadata field (SEARCH_KEYWORDS_FIELD). Pagefind searches that
 * field and the ranking boosts it, so readers' words ("stem cell", "kidney") find the technical
 * page while the page readers see carries no hidden text. This step checks that every page's
 * keywords, as the pages collection has them, reached the index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { SEARCH_KEYWORDS_FIELD } from './search';
import { readBuiltManifest } from '../chrome/page-manifest';

/** Words a screen reader needs but an excerpt does not: citation markers ("[reference 4]"), the "(glossary)" suffix on glossary links, and callout icons. */
const EXCLUDE_SELECTORS = ['.citation-group', '.glossary-term .visually-hidden', '.callout__icon'];

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const manifest = readBuiltManifest(
          dist,
          pages.map((page) => page.pathname),
        );
        const contentPages = manifest.pages.filter((page) => page.kind === 'content');
        if (contentPages.length === 0) throw new AstroError('Search index: the build has no content pages to index.');

        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: EXCLUDE_SELECTORS });
        if (errors.length || !index) throw new AstroError(`Search index: ${errors.join('\n') || 'Pagefind did not start.'}`);
        const problems: string[] = [];
        let keywordPages = 0;
        try {
          for (const page of contentPages) {
            const html = readFileSync(join(dist, page.file), 'utf8');
            if (!/\sdata-pagefind-body[\s>=]/.test(html)) {
              problems.push(`${page.path} (${page.source}): the layout did not mark its article with data-pagefind-body, so it would not be searched.`);
              continue;
            }
            const added = await index.addHTMLFile({ sourcePath: page.file, content: html });
            if (added.errors.length) {
              problems.push(`${page.path}: ${added.errors.join('; ')}`);
              continue;
            }
            const { meta } = added.file;
            if (!meta['title']) problems.push(`${page.path}: indexed without a title (is the <h1> inside data-pagefind-body?).`);
            // Pagefind's Node API does not report a page's filters, so this one is read from the HTML.
            if (!/data-pagefind-filter="topic:/.test(html))
              problems.push(`${page.path}: no data-pagefind-filter="topic:…", so the topic filter would miss it.`);
            const keywords = page.keywords ?? [];
            if (keywords.length) {
              keywordPages++;
              const stored = (meta[SEARCH_KEYWORDS_FIELD] ?? '').toLowerCase();
              const missing = keywords.filter((keyword) => !stored.includes(keyword.toLowerCase()));
              if (missing.length) {
                problems.push(
                  `${page.path} (${page.source}) declares the keywords ${missing.map((k) => `"${k}"`).join(', ')}, but Pagefind did not store them: is data-pagefind-meta="${SEARCH_KEYWORDS_FIELD}[content]" missing from <meta name="keywords">?`,
                );
              }
            }
          }
          if (problems.length) throw new AstroError(`Search index:\n  - ${problems.join('\n  - ')}`);
          const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
          if (written.errors.length) throw new AstroError(`Search index: ${written.errors.join('\n')}`);
        } finally {
          await pagefind.close();
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${contentPages.length} pages indexed (${keywordPages} with search keywords) into dist/pagefind in ${seconds} s`);
      },
    },
  };
}
