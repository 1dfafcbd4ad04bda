// The Spanish ranking table: a Spanish reader's words, typed into the Spanish search page (/es/search/),
// must put the right Spanish page first, with and without accents. Pagefind keeps one index per
// language (each page's <html lang>), so this also proves that a Spanish page searches Spanish pages
// only. Every page is translated (December 2026): a row for each page's likeliest words, with and without accents.
import { expect } from './helpers/test.ts';
import { builtPages } from './helpers/pages.ts';
import { rankedPaths, rankingTest } from './search-helpers.ts';

/** One Spanish search page per worker, shared by the cases, as in search-ranking.spec.ts. */
const test = rankingTest('/es/search/');

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
  // A symptom and a pregnancy complication are explained on their own pages (as "foamy urine" and
  // "pre-eclampsia" in English), which link to urgent help: written when only urgent help was translated.
  { query: 'orina espumosa', first: '/es/lupus-nephritis/symptoms-and-diagnosis/', kind: 'symptom (keyword)' },
  { query: 'preeclampsia', first: '/es/lupus-nephritis/pregnancy-infections-and-urgent-help/', kind: 'medical term (keyword)' },
  { query: 'señales de alarma', first: '/es/urgent-help/', kind: 'plain words (keyword)' },
  { query: 'preguntas para el medico', first: '/es/questions-to-ask-your-doctor/', kind: 'without accent (keyword)' },
  { query: 'imprimir', first: '/es/questions-to-ask-your-doctor/', kind: 'plain words (keyword)' },
  { query: 'cuántas personas', first: '/es/', kind: 'question (keyword)' },
  { query: 'lupus eritematoso sistémico', first: '/es/', kind: 'medical term (keyword)' },
  { query: 'glosario', first: '/es/glossary/', kind: 'plain words (keyword)' },
  // Every page translated (December 2026): the questions a Spanish-speaking reader would type.
  { query: 'riñón', first: '/es/lupus-nephritis/', kind: 'plain words, with accent (keyword)' },
  { query: 'rinon', first: '/es/lupus-nephritis/', kind: 'plain words, without accent (keyword)' },
  { query: 'nefritis lúpica', first: '/es/lupus-nephritis/', kind: 'medical term, with accent (keyword)' },
  { query: 'nefritis lupica', first: '/es/lupus-nephritis/', kind: 'medical term, without accent (keyword)' },
  { query: 'células madre', first: '/es/stromal-cell-therapy/what-are-stromal-cells/', kind: 'plain words, with accent (keyword)' },
  { query: 'celulas madre', first: '/es/stromal-cell-therapy/what-are-stromal-cells/', kind: 'plain words, without accent (keyword)' },
  { query: 'células estromales', first: '/es/stromal-cell-therapy/what-are-stromal-cells/', kind: 'medical term (keyword)' },
  { query: 'participar en un ensayo', first: '/es/stromal-cell-therapy/taking-part-in-a-trial/', kind: 'plain words (keyword)' },
  { query: 'ensayos abiertos', first: '/es/stromal-cell-therapy/trials-open-now/', kind: 'plain words (keyword)' },
  { query: 'embarazo', first: '/es/lupus-nephritis/pregnancy-infections-and-urgent-help/', kind: 'plain words (keyword)' },
  { query: 'embarazada', first: '/es/lupus-nephritis/pregnancy-infections-and-urgent-help/', kind: 'plain words (keyword)' },
  { query: 'anticonceptivos', first: '/es/lupus-nephritis/birth-control-and-fertility/', kind: 'plain words (keyword)' },
  { query: 'CAR-T', first: '/es/stromal-cell-therapy/other-cell-therapies/', kind: 'therapy name with hyphen (keyword)' },
  { query: 'Benlysta', first: '/es/lupus-nephritis/treatment/', kind: 'brand name (keyword)' },
  { query: 'Lupkynis', first: '/es/lupus-nephritis/treatment/', kind: 'brand name (keyword)' },
  { query: 'Saphnelo', first: '/es/stromal-cell-therapy/hard-to-control-lupus/', kind: 'brand name (keyword)' },
  { query: 'micofenolato', first: '/es/lupus-nephritis/treatment/', kind: 'drug name, Spanish (keyword)' },
  { query: 'clínica en México', first: '/es/stromal-cell-therapy/unproven-clinics/', kind: 'safety question, with accents (best bet)' },
  { query: 'clinica en mexico', first: '/es/stromal-cell-therapy/unproven-clinics/', kind: 'safety question, without accents (best bet)' },
  { query: 'efectos secundarios', first: '/es/stromal-cell-therapy/safety/', kind: 'plain words (keyword)' },
  { query: 'síntomas', first: '/es/lupus-nephritis/symptoms-and-diagnosis/', kind: 'plain words, with accent (keyword)' },
  { query: 'sintomas', first: '/es/lupus-nephritis/symptoms-and-diagnosis/', kind: 'plain words, without accent (keyword)' },
  { query: 'biopsia de riñón', first: '/es/lupus-nephritis/symptoms-and-diagnosis/', kind: 'medical term (keyword)' },
  { query: 'diálisis', first: '/es/lupus-nephritis/outlook-and-living-with-it/', kind: 'medical term, with accent (keyword)' },
  { query: 'vacunas', first: '/es/lupus-nephritis/infections-vaccines-and-transplants/', kind: 'plain words (keyword)' },
  { query: 'MiSLE', first: '/es/trial-history/phase-2-misle-trial/', kind: 'trial name (keyword)' },
  { query: 'fase 1', first: '/es/trial-history/phase-1-trial/', kind: 'trial phase (keyword)' },
  { query: 'guías', first: '/es/lupus-nephritis/treatment-guidelines/', kind: 'plain words, with accent (keyword)' },
  { query: 'financiamiento', first: '/es/trial-history/funding/', kind: 'plain words (keyword)' },
  { query: 'correcciones', first: '/es/about/corrections/', kind: 'plain words (keyword)' },
  { query: 'privacidad', first: '/es/about/privacy/', kind: 'plain words (keyword)' },
  { query: 'novedades', first: '/es/about/updates/', kind: 'plain words (keyword)' },
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
    const paths = await rankedPaths(page, query);
    expect(paths[0], `top results for "${query}": ${paths.slice(0, 3).join(', ')}`).toBe(first);
    // Only Spanish pages: the Spanish index holds no English page.
    expect(
      paths.filter((path) => path !== '(loading)' && !path.startsWith('/es/')),
      'English pages in the Spanish results',
    ).toEqual([]);
  });
}
