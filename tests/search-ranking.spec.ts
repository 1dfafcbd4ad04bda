// Readers' own words must put the page they need first. Each query is typed into the search page's
// box in the browser, against the built index, exactly as a reader would search. (That the page
// also searches a query given in its address, /search/?q=…, is proven by the keyword test below and
// by search-page-url-and-no-js.spec.ts.)
import { expect } from './helpers/test.ts';
import { withBase } from './helpers/site.ts';
import { firstResultLink, indexedPaths, rankedPaths, rankingTest, SEARCH_TIMEOUT, sitePathOf } from './search-helpers.ts';

const test = rankingTest('/search/');

// The first search fetches the UI, WebAssembly and index; allow for a busy machine.
test.describe.configure({ timeout: 60_000 });

interface Case {
  query: string;
  first: string;
  /** What the query tests. */
  kind: string;
}

const RANKING: Case[] = [
  { query: 'stem cell', first: '/stromal-cell-therapy/what-are-stromal-cells/', kind: 'synonym (keyword)' },
  { query: 'stem cells', first: '/stromal-cell-therapy/what-are-stromal-cells/', kind: 'plural' },
  { query: 'mesenchymal stem cels', first: '/stromal-cell-therapy/what-are-stromal-cells/', kind: 'misspelling' },
  { query: 'umbilical cord', first: '/stromal-cell-therapy/what-are-stromal-cells/', kind: 'plain words' },
  { query: 'side effects', first: '/stromal-cell-therapy/safety/', kind: 'synonym' },
  { query: 'is it safe', first: '/stromal-cell-therapy/safety/', kind: 'question' },
  { query: 'join a trial', first: '/stromal-cell-therapy/taking-part-in-a-trial/', kind: 'synonym (keyword)' },
  { query: 'Nanjing', first: '/stromal-cell-therapy/research-so-far/', kind: 'place name' },
  { query: 'Charleston', first: '/trial-history/', kind: 'place name (keyword)' },
  { query: 'Oklahoma', first: '/trial-history/phase-2-misle-trial/', kind: 'place name' },
  { query: 'Atlanta', first: '/trial-history/phase-2-misle-trial/', kind: 'place name (keyword)' },
  { query: 'phase II', first: '/trial-history/phase-2-misle-trial/', kind: 'trial phase' },
  { query: 'six women', first: '/trial-history/phase-1-trial/', kind: 'number in words' },
  { query: 'SRI-4', first: '/trial-history/phase-1-trial/', kind: 'number (outcome measure)' },
  { query: '2015', first: '/trial-history/funding/', kind: 'number (year)' },
  { query: 'who paid', first: '/trial-history/funding/', kind: 'question' },
  { query: 'lupus kidney disease', first: '/lupus-nephritis/', kind: 'synonym (keyword)' },
  { query: 'kidney biopsy', first: '/lupus-nephritis/symptoms-and-diagnosis/', kind: 'plain words' },
  { query: 'foamy urine', first: '/lupus-nephritis/symptoms-and-diagnosis/', kind: 'symptom' },
  { query: 'class IV', first: '/lupus-nephritis/symptoms-and-diagnosis/', kind: 'number (roman)' },
  { query: 'CellCept', first: '/lupus-nephritis/treatment/', kind: 'brand drug name (keyword)' },
  { query: 'mycophenolate', first: '/lupus-nephritis/treatment/', kind: 'generic drug name' },
  { query: 'Benlysta', first: '/lupus-nephritis/treatment/', kind: 'brand drug name' },
  { query: 'voclosporine', first: '/lupus-nephritis/treatment/', kind: 'misspelt drug name' },
  { query: 'treatments', first: '/lupus-nephritis/treatment/', kind: 'plural' },
  { query: 'kidney failure', first: '/lupus-nephritis/outlook-and-living-with-it/', kind: 'plain words' },
  { query: 'dialysis', first: '/lupus-nephritis/outlook-and-living-with-it/', kind: 'plain words' },
  { query: 'lupis nefritis', first: '/lupus-nephritis/', kind: 'misspelling' },
  { query: 'phase 1', first: '/trial-history/phase-1-trial/', kind: 'trial phase (digit)' },
  { query: 'NCT02633163', first: '/trial-history/phase-2-misle-trial/', kind: 'trial registry number' },
  { query: 'FDAAA', first: '/trial-history/misle-results-and-details/', kind: 'law name (keyword)' },
  { query: 'celcept', first: '/lupus-nephritis/treatment/', kind: 'misspelt brand name' },
  { query: 'cookies', first: '/about/privacy/', kind: 'plain words' },
  { query: 'screen reader', first: '/about/accessibility/', kind: 'plain words' },
  { query: 'kidney', first: '/lupus-nephritis/', kind: 'everyday word (keyword)' },
  { query: 'kidneys', first: '/lupus-nephritis/', kind: 'everyday word, plural (keyword)' },
  { query: 'renal', first: '/lupus-nephritis/', kind: 'medical synonym (keyword)' },
  { query: 'how common', first: '/lupus-nephritis/', kind: 'question (keyword)' },
  { query: 'how many people', first: '/', kind: 'question (keyword)' },
  { query: 'MSC', first: '/stromal-cell-therapy/', kind: 'abbreviation (keyword)' },
  { query: 'MSCs', first: '/stromal-cell-therapy/', kind: 'abbreviation, plural (keyword)' },
  { query: 'phase 2', first: '/trial-history/phase-2-misle-trial/', kind: 'trial phase (digit)' },
  { query: 'MiSLE', first: '/trial-history/phase-2-misle-trial/', kind: 'trial name' },
  { query: 'CAR-T', first: '/stromal-cell-therapy/other-cell-therapies/', kind: 'treatment name (keyword)' },
  { query: 'HSCT', first: '/stromal-cell-therapy/other-cell-therapies/', kind: 'abbreviation (keyword)' },
  { query: 'cytokine release syndrome', first: '/stromal-cell-therapy/car-t-and-transplants/', kind: 'medical term (keyword)' },
  { query: 'clinics', first: '/stromal-cell-therapy/unproven-clinics/', kind: 'plain words (keyword)' },
  { query: 'is it legal', first: '/stromal-cell-therapy/unproven-clinics/', kind: 'question (keyword)' },
  { query: 'stem cell clinic', first: '/stromal-cell-therapy/unproven-clinics/', kind: 'safety question (best bet)' },
  { query: 'clinic in Mexico', first: '/stromal-cell-therapy/unproven-clinics/', kind: 'safety question (best bet)' },
  { query: 'unapproved', first: '/stromal-cell-therapy/unproven-clinics/', kind: 'plain words (keyword)' },
  { query: 'Ryoncil', first: '/stromal-cell-therapy/unproven-clinics/', kind: 'brand name (keyword)' },
  { query: 'MedWatch', first: '/stromal-cell-therapy/unproven-clinics/', kind: 'reporting system (keyword)' },
  { query: 'anifrolumab', first: '/stromal-cell-therapy/hard-to-control-lupus/', kind: 'generic drug name (keyword)' },
  { query: 'Saphnelo', first: '/stromal-cell-therapy/hard-to-control-lupus/', kind: 'brand drug name (keyword)' },
  { query: 'EULAR', first: '/stromal-cell-therapy/lupus-guidelines/', kind: 'guideline body (keyword)' },
  { query: 'KDIGO', first: '/stromal-cell-therapy/lupus-guidelines/', kind: 'guideline body (keyword)' },
  { query: 'guidelines', first: '/stromal-cell-therapy/lupus-guidelines/', kind: 'plain words (keyword)' },
  { query: 'recruiting', first: '/stromal-cell-therapy/trials-open-now/', kind: 'trial status (keyword)' },
  { query: 'NCT06839976', first: '/stromal-cell-therapy/trials-open-now/', kind: 'trial registry number (keyword)' },
  { query: 'pregnancy', first: '/lupus-nephritis/pregnancy-infections-and-urgent-help/', kind: 'plain words (keyword)' },
  { query: 'vaccines', first: '/lupus-nephritis/infections-vaccines-and-transplants/', kind: 'plain words, plural (keyword)' },
  { query: 'emergency', first: '/urgent-help/', kind: 'urgency (keyword)' },
  { query: 'urgent help', first: '/urgent-help/', kind: 'urgency (keyword)' },
];

test('the ranking table only names pages that are in the index', () => {
  const indexed = new Set(indexedPaths());
  const missing = RANKING.filter(({ first }) => !indexed.has(first)).map(({ query, first }) => `"${query}" expects ${first}`);
  expect(missing, 'pages the ranking table expects but the build did not index').toEqual([]);
  expect(RANKING.length).toBeGreaterThanOrEqual(20);
});

for (const { query, first, kind } of RANKING) {
  test(`"${query}" (${kind}) puts ${first} first`, async ({ searchPage: page }) => {
    const top = (await rankedPaths(page, query)).slice(0, 3);
    expect(top[0], `top results for "${query}": ${top.join(', ')}`).toBe(first);
  });
}

// Keywords live only in <meta name="keywords">, which Pagefind stores as a searchable field: the
// misspelling "nefritis" is a keyword of the lupus nephritis overview and appears nowhere a reader
// sees, yet searching for it finds that page first.
test('a keyword finds its page without appearing in the text readers see', async ({ page }) => {
  await page.goto(withBase('/lupus-nephritis/'));
  await expect(page.locator('meta[name="keywords"]')).toHaveAttribute('content', /\bnefritis\b/);
  expect(await page.locator('body').innerText(), 'the keyword shows on the page').not.toMatch(/nefritis/i);
  await page.goto(withBase('/search/?q=nefritis'));
  await expect(firstResultLink(page)).toBeVisible({ timeout: SEARCH_TIMEOUT });
  expect(sitePathOf((await firstResultLink(page).getAttribute('href')) ?? '')).toBe('/lupus-nephritis/');
});
