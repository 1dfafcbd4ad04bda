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

/** One day's corrections, page by page (a page's title given once, however many of its facts changed). */
export interface CorrectionDay {
  date: Date;
  pages: { title: string; path: string; texts: string[] }[];
}

/**
 * The site's corrections (newest first, as siteCorrections gives them) by day, and within a day by
 * page in the order the pages first appear: the Corrections page shows the newest day and folds
 * the older ones, so it stays a page a reader can finish as corrections add up.
 */
export function correctionsByDay(corrections: readonly SiteCorrection[]): CorrectionDay[] {
  const days: CorrectionDay[] = [];
  for (const { date, text, title, path } of corrections) {
    let day = days.find((d) => d.date.getTime() === date.getTime());
    if (!day) days.push((day = { date, pages: [] }));
    let page = day.pages.find((p) => p.path === path);
    if (!page) day.pages.push((page = { title, path, texts: [] }));
    page.texts.push(text);
  }
  return days;
}
