/**
 * Data the build-time plugins compute about a page and hand to its layout, through Astro's
 * `remarkPluginFrontmatter` (what a plugin puts in `ctx.data.astro.frontmatter`).
 */

export interface CitedSource {
  id: string;
  /** Position in the page's reference list, in order of first citation. */
  number: number;
  /** How many times the page cites it: one back-link from the reference list each. */
  occurrences: number;
  /** Where in the source each citation points ("Table 2"), in citation order; '' where none is named. */
  pinpoints: string[];
}

export interface PageData {
  citations: CitedSource[];
  /** Ids of the glossary terms explained on the page, in order of first use (for the printed word list). */
  glossaryTerms: string[];
  /** The components the page's MDX uses, by name (for the stylesheets only some pages need). */
  components: string[];
}

/** The document data a Sätteri plugin sees as `ctx.data`; Astro seeds `astro.frontmatter` with the page's frontmatter. */
export interface DocumentData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function setPageData(data: DocumentData, page: Partial<PageData>): void {
  const astro = (data.astro ??= {});
  Object.assign((astro.frontmatter ??= {}), page);
}

export function readPageData(remarkPluginFrontmatter: Record<string, unknown>): PageData {
  return {
    citations: (remarkPluginFrontmatter.citations as CitedSource[] | undefined) ?? [],
    // Not "glossary": that is the frontmatter field that turns term marking off.
    glossaryTerms: (remarkPluginFrontmatter.glossaryTerms as string[] | undefined) ?? [],
    components: (remarkPluginFrontmatter.components as string[] | undefined) ?? [],
  };
}
