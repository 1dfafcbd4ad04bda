// Runs the site's remark and rehype plugins on an MDX string, as `astro build` does for a page in
// content/pages, and hands back the trees they produced. The plugins read content/sources.yaml,
// content/glossary.yaml and content/pages from the working directory, which Vitest sets to the
// project root.
import { createProcessor } from '@mdx-js/mdx';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import { rehypeTables } from '../../../src/lib/rehype-tables';
import { remarkCitations } from '../../../src/lib/remark-citations';
import { remarkDatedClaims } from '../../../src/lib/remark-dated-claims';
import { remarkGlossary } from '../../../src/lib/remark-glossary';
import { remarkLinksAndImages } from '../../../src/lib/remark-links-and-images';
import { remarkStudyFacts } from '../../../src/lib/remark-study-facts';

/** Where the page pretends to live; error messages name it. */
export const PAGE_FILE = 'content/pages/example.mdx';

export interface Compiled {
  /** The Markdown tree after the remark plugins. */
  mdast: MdastRoot;
  /** The HTML tree after the rehype plugins. */
  hast: HastRoot;
  file: VFile;
}

/** The plugins in the order astro.config.mjs runs them. */
export function sitePlugins(base = '/'): { remarkPlugins: PluggableList; rehypePlugins: PluggableList } {
  return {
    remarkPlugins: [[remarkLinksAndImages, { base }], remarkCitations, remarkStudyFacts, remarkDatedClaims, remarkGlossary],
    rehypePlugins: [rehypeTables],
  };
}

/**
 * Compiles `source` through the given plugins (the site's by default). `path` is the file error messages name; `frontmatter` stands in for
 * what Astro hands the plugins in `file.data.astro.frontmatter`.
 */
export async function compile(
  source: string,
  {
    plugins = sitePlugins(),
    frontmatter = {},
    path = PAGE_FILE,
  }: { plugins?: ReturnType<typeof sitePlugins>; frontmatter?: Record<string, unknown>; path?: string } = {},
): Promise<Compiled> {
  const captured: Partial<Pick<Compiled, 'mdast' | 'hast'>> = {};
  const file = new VFile({ path, value: source, data: { astro: { frontmatter } } });
  const processor = createProcessor({
    remarkPlugins: [remarkGfm, ...plugins.remarkPlugins, () => (tree: MdastRoot) => void (captured.mdast = structuredClone(tree))],
    rehypePlugins: [...plugins.rehypePlugins, () => (tree: HastRoot) => void (captured.hast = structuredClone(tree))],
  });
  await processor.process(file);
  return { mdast: captured.mdast!, hast: captured.hast!, file };
}

/** The message a plugin failed with, or a failure of the test when it did not fail. */
export async function compileError(source: string, options?: Parameters<typeof compile>[1]): Promise<string> {
  try {
    await compile(source, options);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the page to be refused, but it compiled');
}
