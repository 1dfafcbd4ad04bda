// The Spanish ranking table: a Spanish reader's words, typed into the Spanish search page (/es/search/),
// must put the right Spanish page first, with and without accents. Pagefind keeps one index per
// language (each page's <html lang>), so this also proves that a Spanish page searches Spanish pages
// only. The table covers the pages translated so far; add a row with each translated page.
import { test as base, expect, type Page } from './helpers/test.ts';
import { baseUrl, withBase } from './helpers/site.ts';
import { builtPages } from './helpers/pages.ts';
import { firstResultLink, resultSlots, resultSummary, SEARCH_TIMEOUT, sitePathOf } from './search-helpers.ts';

/** One Spanish search page per worker, shared by the cases, as in search-ranking.spec.ts. */
const test = base.extend<object, { searchPage: Page }>({
  searchPage: [
    async ({ browser, siteInUse }, use) => {
      void siteInUse;
      const context = await browser.newContext({ baseURL: baseUrl(), reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(withBase('/es/search/'));
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

test.describe.configure({ timeout: 60_000 });

const RANKING_ES: { query: string; first: string; kind: string }[] = [
  { query: 'emergencia', first: '/es/urgent-help/', kind: 'urgency (keyword)' },
  { query: 'urgencia', first: '/es/urgent-help/', kind: 'urgency (keyword)' },
  { query: 'ayuda urgente', first: '/es/urgent-help/', kind: 'urgency (keyword)' },
  { query: '911', first: '/es/urgent-help/', kind: 'number (keyword)' },
  { query: 'derrame cerebral', first: '/es/urgent-help/', kind: 'plain words' },
  { query: 'convulsión', first: '/es/urgent-help/', kind: 'symptom, with accent' },
  { query: 'convulsion', first: '/es/urgent-help/', kind: 'symptom, without accent (keyword)' },
  { query: 'coagulo', first: '/es/urgent-help/', kind: 'without accent (keyword)' },
  { query: 'fiebre', first: '/es/urgent-help/', kind: 'symptom (keyword)' },
  { query: 'orina espumosa', first: '/es/urgent-help/', kind: 'symptom' },
  { query: 'preeclampsia', first: '/es/urgent-help/', kind: 'medical term' },
  { query: 'señales de alarma', first: '/es/urgent-help/', kind: 'plain words (keyword)' },
  { query: 'preguntas para el medico', first: '/es/questions-to-ask-your-doctor/', kind: 'without accent (keyword)' },
  { query: 'imprimir', first: '/es/questions-to-ask-your-doctor/', kind: 'plain words (keyword)' },
  { query: 'cuántas personas', first: '/es/', kind: 'question (keyword)' },
  { query: 'lupus eritematoso sistémico', first: '/es/', kind: 'medical term (keyword)' },
  { query: 'glosario', first: '/es/glossary/', kind: 'plain words (keyword)' },
];

test('the Spanish ranking table only names Spanish pages of the build', () => {
  const spanish = new Set(
    builtPages()
      .filter((p) => p.kind === 'content' && p.lang === 'es')
      .map((p) => p.path),
  );
  expect(RANKING_ES.filter(({ first }) => !spanish.has(first)).map(({ query, first }) => `"${query}" expects ${first}`)).toEqual([]);
});

for (const { query, first, kind } of RANKING_ES) {
  test(`Spanish: "${query}" (${kind}) puts ${first} first`, async ({ searchPage: page }) => {
    await page.locator('[data-search-page] [data-search-input]').fill(query);
    await expect(resultSummary(page)).toContainText(`“${query}”`, { timeout: SEARCH_TIMEOUT });
    await expect(firstResultLink(page)).toBeVisible({ timeout: SEARCH_TIMEOUT });
    const hrefs = await resultSlots(page).evaluateAll((slots) => slots.map((li) => li.querySelector('a.search-result__link')?.getAttribute('href') ?? null));
    const paths = hrefs.map((href) => (href === null ? '(loading)' : sitePathOf(href)));
    expect(paths[0], `top results for "${query}": ${paths.slice(0, 3).join(', ')}`).toBe(first);
    // Only Spanish pages: the Spanish index holds no English page.
    expect(
      paths.filter((path) => path !== '(loading)' && !path.startsWith('/es/')),
      'English pages in the Spanish results',
    ).toEqual([]);
  });
}
