import { describe, expect, it } from 'vitest';
import { TAB_TITLE_MAX, tabTitle, tabTitleProblem } from './site';

const SITE = 'Lupus y terapia con células estromales';
const long = 'Clínicas de células madre no probadas: las señales de alerta';

describe('the browser tab title', () => {
  it('is the page title and the site name when they fit', () => {
    expect(tabTitle('Seguridad', SITE, 'Corto')).toBe(`Seguridad – ${SITE}`);
  });

  it("uses the page's short name when the title and the site name are longer than the limit", () => {
    expect(`${long} – ${SITE}`.length).toBeGreaterThan(TAB_TITLE_MAX);
    expect(tabTitle(long, SITE, 'Clínicas no probadas')).toBe(`Clínicas no probadas – ${SITE}`);
  });

  it('makes the build ask for a shortTitle, with the characters allowed, when the title is too long without one', () => {
    expect(tabTitleProblem('Seguridad', SITE, undefined)).toBeUndefined();
    expect(tabTitleProblem(long, SITE, undefined)).toMatch(/^"title" is 60 characters: .*Add a "shortTitle" of at most 49 characters/);
    expect(tabTitleProblem(long, SITE, 'x'.repeat(50))).toMatch(/^"shortTitle" is 50 characters.*at most 49 characters/);
    expect(tabTitleProblem(long, SITE, 'Clínicas no probadas')).toBeUndefined();
  });
});
