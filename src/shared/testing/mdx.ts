// Runs the site's Sätteri plugins on an MDX string, as `astro build` does for a page in
// content/pages (src/content-plugins.ts), and hands back the trees they produced. The plugins
// read content/sources.yaml, content/glossary.yaml and content/pages from the working directory,
// which Vitest sets to the project root.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { mdxToJs, type Data } from 'satteri';
import { contentPlugins } from '../../content-plugins';

/** Where the page pretends to live; error messages name it. */
export const PAGE_FILE = 'content/pages/example.mdx';

export interface Compiled {
  /** The Markdown tree after the mdast plugins. */
  mdast: MdastRoot;
  /** The HTML tree after the hast plugins. */
  hast: HastRoot;
  /** The page's file and the document data the plugins wrote to (`data.astro.frontmatter`). */
  file: { path: string; data: Data };
}

/** The plugins in the order astro.config.mjs runs them. */
export const sitePlugins = (base = '/') => contentPlugins(base);

/** A plain copy of a tree Sätteri hands a plugin (its nodes are read-only views). */
const copyOf = <T>(tree: unknown): T => JSON.parse(JSON.stringify(tree)) as T;

/**
 * Compiles `source` through the given plugins (the site's by default), with the Markdown features
 * Astro turns on. `path` is the file error messages name; `frontmatter` stands in for what Astro
 * hands the plugins in `ctx.data.astro.frontmatter`.
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
  // What Astro seeds the document data with (@astrojs/markdown-satteri).
  const data: Data = { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } };
  mdxToJs(source, {
    mdastPlugins: [...plugins.mdastPlugins, { name: 'capture-mdast', after: (tree) => void (captured.mdast = copyOf(tree)) }],
    hastPlugins: [...plugins.hastPlugins, { name: 'capture-hast', after: (tree) => void (captured.hast = copyOf(tree)) }],
    features: { gfm: true, smartPunctuation: true },
    fileURL: pathToFileURL(resolve(path)),
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    data,
  });
  return { mdast: captured.mdast!, hast: captured.hast!, file: { path, data } };
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
