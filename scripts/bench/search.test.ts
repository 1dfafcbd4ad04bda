// Which first searches the search entry measures: one per language the build has.
import { describe, expect, it } from 'vitest';
import { medianSearches, searchStarts } from './search.mjs';

const page = (path: string, kind = 'content') => ({ path, kind });

describe('searchStarts', () => {
  it('measures English only while the build has no /es/ pages, from the lupus nephritis overview', () => {
    expect(searchStarts([page('/'), page('/lupus-nephritis/'), page('/search/', 'search')])).toEqual([
      { lang: 'en', prefix: '/', start: '/lupus-nephritis/', query: 'kidney' },
    ]);
  });

  it('adds the Spanish first search once /es/ pages are built, from the Spanish overview or else the first Spanish reading page', () => {
    const withOverview = searchStarts([page('/lupus-nephritis/'), page('/es/'), page('/es/lupus-nephritis/')]);
    expect(withOverview.map(({ lang, start }) => [lang, start])).toEqual([
      ['en', '/lupus-nephritis/'],
      ['es', '/es/lupus-nephritis/'],
    ]);
    expect(searchStarts([page('/lupus-nephritis/'), page('/es/buscar/', 'search'), page('/es/acerca/')])[1]?.start).toBe('/es/acerca/');
  });
});

describe('medianSearches', () => {
  it('gives each language the median of its samples, with every sample’s time, languages in the order they came', () => {
    const sample = (lang: string, ms: number, brotli = 1000) => ({ lang, page: `/${lang}/`, query: 'q', requests: 12, brotli, lastKeystrokeToResultMs: ms });
    const figures = medianSearches([sample('en', 130), sample('es', 120), sample('en', 400), sample('es', 125, 1100), sample('en', 120), sample('es', 150)]);
    expect(figures).toEqual([
      { lang: 'en', page: '/en/', query: 'q', requests: 12, brotli: 1000, lastKeystrokeToResultMs: 130, samplesMs: [130, 400, 120] },
      { lang: 'es', page: '/es/', query: 'q', requests: 12, brotli: 1000, lastKeystrokeToResultMs: 125, samplesMs: [120, 125, 150] },
    ]);
  });
});
