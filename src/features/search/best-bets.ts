/**
 * Best bets: for a few safety questions, the page a reader must see first, whatever the ranking
 * says (issue 20: "stem cell clinic" and "clinic in Mexico" must find the unproven clinics page
 * first). Pagefind stems "clinical" to "clinic", so every page about clinical trials matches
 * "clinic" too, and a page whose keywords hold "stem cell" outranks the clinics page; raising the
 * clinics page's own keywords made it outrank the stromal cell page for "stem cell" instead. A best
 * bet only reorders the first batch of results, which are loaded anyway: it costs no request, and a
 * query it does not name keeps Pagefind's order. Add a bet only for a question where the wrong first
 * result could harm a reader, and add its queries to the ranking table (tests/search-ranking.spec.ts).
 */
export interface BestBet {
  /** Site path of the page to put first. */
  path: string;
  /** Word sequences that, found whole in a query (any case, accents and punctuation ignored), make it a bet. */
  phrases: readonly string[];
}

export const BEST_BETS: readonly BestBet[] = [
  {
    path: '/stromal-cell-therapy/unproven-clinics/',
    phrases: ['stem cell clinic', 'stem cell clinics', 'clinic in mexico', 'clinics in mexico', 'stem cell mexico', 'clinic abroad', 'clinics abroad'],
  },
  // The Spanish index holds only Spanish pages: the same bet for the page's translation (a bet
  // whose page is not among the results changes nothing, so it waits harmlessly for the translation).
  {
    path: '/es/stromal-cell-therapy/unproven-clinics/',
    phrases: [
      'clinica de celulas madre',
      'clinicas de celulas madre',
      'clinica en mexico',
      'clinicas en mexico',
      'celulas madre mexico',
      'clinica en el extranjero',
    ],
  },
];

/** A query or phrase as words: lower case, without accents or punctuation, single spaces. */
function words(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** The site path a query's best bet puts first, or undefined when no bet names the query. */
export function bestBetFor(query: string, bets: readonly BestBet[] = BEST_BETS): string | undefined {
  const asWords = words(query);
  return bets.find((bet) => bet.phrases.some((phrase) => asWords.includes(words(phrase))))?.path;
}

/**
 * The results with the bet's page moved to the front, when it is among them; otherwise unchanged.
 * `pathOf` gives a result's site path (its URL without the base path).
 */
export function withBestBetFirst<T>(query: string, results: readonly T[], pathOf: (result: T) => string, bets: readonly BestBet[] = BEST_BETS): T[] {
  const path = bestBetFor(query, bets);
  const at = path === undefined ? -1 : results.findIndex((result) => pathOf(result) === path);
  if (at <= 0) return [...results];
  return [results[at]!, ...results.slice(0, at), ...results.slice(at + 1)];
}
