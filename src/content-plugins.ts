/**
 * The site's own Markdown plugins, in the order they run, for Astro's Sätteri processor
 * (astro.config.mjs) and for the unit tests (src/shared/testing/mdx.ts), so both run the same list.
 *
 * Astro adds plugins of its own around these: after the mdast plugins, one that collects images;
 * after the hast plugins, the ones that turn images into components, give headings their ids and
 * record the page's metadata. So the headings these plugins see have no ids yet.
 */
import { rehypeTables } from './features/tables/rehype-tables';
import { remarkComponentsUsed } from './features/chrome/remark-components-used';
import { remarkCitations } from './features/citations/remark-citations';
import { remarkDatedClaims } from './features/review/remark-dated-claims';
import { remarkGlossary } from './features/glossary/remark-glossary';
import { remarkLinksAndImages } from './features/chrome/remark-links-and-images';
import { remarkStudyFacts } from './features/evidence/remark-study-facts';
import { rehypeUnbrokenNames } from './features/typography/rehype-unbroken-names';

export function contentPlugins(base: string) {
  return {
    // Order matters: links are checked before glossary terms add links of their own, and citations
    // are numbered before the glossary keeps a term and the marker after it together.
    mdastPlugins: [remarkLinksAndImages({ base }), remarkCitations(), remarkStudyFacts(), remarkDatedClaims(), remarkGlossary(), remarkComponentsUsed()],
    hastPlugins: [rehypeTables(), rehypeUnbrokenNames()],
  };
}
