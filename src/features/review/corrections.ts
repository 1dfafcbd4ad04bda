/**
 * Corrections in the open: each page lists the factual corrections made to it (the `corrections`
 * field of its frontmatter, validated by the pages schema), and the Corrections page gathers them
 * all, newest first.
 */

export interface Correction {
  date: Date;
  text: string;
}

export interface SiteCorrection extends Correction {
  /** The corrected page's title and site path (without the base). */
  title: string;
  path: string;
}

/** Every page's corrections, newest first; corrections of one day keep the order of the pages given. */
export function siteCorrections<P>(
  pages: readonly P[],
  describe: (page: P) => { title: string; path: string; corrections: readonly Correction[] },
): SiteCorrection[] {
  return pages
    .flatMap((page) => {
      const { title, path, corrections } = describe(page);
      return corrections.map((correction) => ({ ...correction, title, path }));
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** A page's own corrections, newest first. */
export function newestFirst(corrections: readonly Correction[]): Correction[] {
  return corrections.toSorted((a, b) => b.date.getTime() - a.date.getTime());
}
