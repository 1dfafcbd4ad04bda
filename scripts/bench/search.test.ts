// Which first searches the search entry measures: one per language the build has.
import { describe, expect, it } from 'vitest';
import { searchStarts } from './search.mjs';

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
