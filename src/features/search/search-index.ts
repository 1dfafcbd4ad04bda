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
 * keywords, as the pages collection has them, reached the index (search-index-check.ts reads the
 * written index, so the check covers what ships).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { SEARCH_KEYWORDS_FIELD, SEARCH_TOPIC_FIELD } from './search';
import { readBuiltManifest } from '../chrome/page-manifest';
import { indexProblems, readIndexedPages } from './search-index-check';
import { writeIndexInputCopy } from './search-index-input';

/** Words a screen reader needs but an excerpt does not: citation markers ("[reference 4]") and callout icons. (A glossary term's "(definition)" is an aria-label, which Pagefind does not read.) */
const EXCLUDE_SELECTORS = ['.citation-group', '.callout__icon'];

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

        // Pagefind reads a copy of the pages without their guide contents (search-index-input.ts):
        // the same pages and fragments, from a quarter of the HTML at a thousand pages in one topic.
        const input = writeIndexInputCopy(dist);
        const bundle = join(dist, 'pagefind');
        try {
          // No forced language: Pagefind reads each page's <html lang> and writes one index per language
          // (Spanish with Spanish stemming); the search code in the browser loads the index of its page's lang.
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
          if (errors.length || !index) throw new AstroError(`Search index: ${errors.join('\n') || 'Pagefind did not start.'}`);
          // One call for the whole folder, as Starlight does: Pagefind reads and parses the pages
          // in parallel. Only pages with data-pagefind-body (the content pages) are indexed.
          const added = await index.addDirectory({ path: input });
          // Pagefind names the copy's files; the editor looks in dist/.
          if (added.errors.length) throw new AstroError(`Search index: ${added.errors.join('\n').replaceAll(input, dist)}`);
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length) throw new AstroError(`Search index: ${written.errors.join('\n')}`);
        } finally {
          await pagefind.close();
          rmSync(input, { recursive: true, force: true });
        }
        const problems = indexProblems(contentPages, readIndexedPages(bundle), SEARCH_KEYWORDS_FIELD, SEARCH_TOPIC_FIELD);
        if (problems.length) {
          rmSync(bundle, { recursive: true, force: true }); // nothing half-built ships
          throw new AstroError(
            `Search index:\n  - ${problems.join('\n  - ')}`,
            'Each line names the page and what to fix; docs/ARCHITECTURE.md ("The way of one page", step 5) says how pages reach the index.',
          );
        }
        const keywordPages = contentPages.filter((page) => page.keywords?.length).length;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${contentPages.length} pages indexed (${keywordPages} with search keywords) into dist/pagefind in ${seconds} s`);
      },
    },
  };
}
