import { describe, expect, it } from 'vitest';
import { updateSchema } from './schema';
import { feedChannel, feedItems, feedPath, latestResultsChecks, parseUpdatesYaml, siteUpdates } from './updates';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const pages = [
  { path: '/trial-history/phase-2-misle-trial/', title: 'The MiSLE Phase II trial', corrections: [{ date: day('2026-12-03'), text: 'We said X. In fact Y.' }] },
  { path: '/urgent-help/', title: 'Urgent help', corrections: [] },
];
const check = (date: string, status: string) => ({
  id: `entry ${date}`,
  date: day(date),
  kind: 'results-check' as const,
  title: `MiSLE results: ${status}, last checked ${date}`,
  text: 'We looked.',
  page: '/trial-history/phase-2-misle-trial/',
});

describe('updates', () => {
  it('joins the file’s entries and a line a day for the pages’ corrections, newest first, each with an anchor of its own', () => {
    const list = siteUpdates([check('2026-12-04', 'not yet published')], pages);
    expect(list.map((u) => [u.kind, u.anchor])).toEqual([
      ['results-check', 'results-check-2026-12-04-misle-results-not-yet-published-last-checked-2026-12-04'],
      ['correction', 'corrections-2026-12-03-1'],
    ]);
    expect(list[1]).toMatchObject({ title: 'A correction on 3 December 2026', page: '/about/corrections/' });
    expect(list[1]!.text).toBe('On the page “The MiSLE Phase II trial”. The Corrections page says what we had wrong and what is true.');
  });

  it('keeps the mark of an entry a translated page shows in English, so the list can say its words are English', () => {
    const list = siteUpdates([{ ...check('2026-12-04', 'not yet published'), lang: 'en' }, check('2026-12-01', 'not yet published')], pages, 'es');
    expect(list.filter((u) => u.kind === 'results-check').map((u) => u.lang)).toEqual(['en', undefined]);
  });

  it('gives a results check whose line changes a new anchor, so the feed announces it as a new item', () => {
    const before = siteUpdates([check('2026-12-04', 'not yet published')], pages)[0]!;
    const after = siteUpdates([check('2027-01-05', 'not yet published'), check('2026-12-04', 'not yet published')], pages);
    expect(after[0]!.anchor).not.toBe(before.anchor);
    expect(after[1]!.anchor).toBe(before.anchor);
    expect(latestResultsChecks(after).map((u) => u.title)).toEqual(['MiSLE results: not yet published, last checked 2027-01-05']);
  });

  it('refuses an entry about a page that does not exist, naming the file, the entry and the fix', () => {
    expect(() => siteUpdates([{ ...check('2026-12-04', 'x'), id: 'entry 2', page: '/no-such-page/' }], pages)).toThrow(
      'Content problem in content/updates.yaml: entry 2 (2026-12-04): "page" /no-such-page/ is not a page of the site; give the path of an existing page, for example /trial-history/phase-2-misle-trial/',
    );
  });

  it('numbers the entries of the file, so an error names "entry N"', () => {
    expect(parseUpdatesYaml('- date: 2026-12-04\n  kind: change\n- date: 2026-12-05\n').map((e) => e['id'])).toEqual(['entry 1', 'entry 2']);
    expect(() => parseUpdatesYaml('date: 2026-12-04\n')).toThrow(/must be a list of entries, each starting with "- date:"/);
  });

  it('tells the editor what to write for a wrong kind, a missing title, a page with its domain, or an unknown field', () => {
    const problems = (entry: object) =>
      updateSchema
        .safeParse({ id: 'entry 1', date: day('2026-12-04'), kind: 'change', title: 'T', text: 'X', page: '/urgent-help/', ...entry })
        .error?.issues.map((i) => i.message);
    expect(problems({ kind: 'news' })).toEqual(['"kind" must be one of: new-page, trial-status, results-check, change']);
    expect(problems({ title: ' ' })).toEqual([expect.stringMatching(/^"title" is empty: say what changed/)]);
    expect(problems({ page: 'https://example.net/urgent-help/' })).toEqual([
      expect.stringMatching(/^"page" must be a path from the site root with a final slash/),
    ]);
    expect(problems({ note: 'x' })).toEqual(['unknown field(s) "note": allowed are date, kind, title, text, page']);
    expect(problems({ date: '4 December' })).toEqual([expect.stringMatching(/^"date" must be the day of the change: write it as YYYY-MM-DD/)]);
  });

  describe('the feed of each language', () => {
    const absolute = (path: string) => new URL(`/lupus-msc${path}`, 'https://lupus-msc.test.invalid').href;

    it('is written at the language’s path: /updates.xml, /es/updates.xml', () => {
      expect([feedPath('en'), feedPath('es')]).toEqual(['/updates.xml', '/es/updates.xml']);
    });

    it('builds English items that link to their entry on the Updates page and name the page they are about, with absolute addresses', () => {
      const [item] = feedItems(siteUpdates([check('2026-12-04', 'not yet published')], pages), '/about/updates/', absolute);
      expect(item).toEqual({
        title: 'MiSLE results: not yet published, last checked 2026-12-04',
        pubDate: day('2026-12-04'),
        link: 'https://lupus-msc.test.invalid/lupus-msc/about/updates/#results-check-2026-12-04-misle-results-not-yet-published-last-checked-2026-12-04',
        description:
          'Results check, about "The MiSLE Phase II trial" (https://lupus-msc.test.invalid/lupus-msc/trial-history/phase-2-misle-trial/): We looked.',
      });
      expect(feedChannel('en')).toEqual({
        title: 'Lupus and Stromal Cell Therapy: updates',
        description: 'What changed on the site: new pages, trial status changes, results checks and corrections.',
        language: 'en',
      });
    });

    it('builds Spanish items in Spanish words, linking to the Spanish Updates page and Spanish pages, with the English anchor', () => {
      const spanishPages = [{ ...pages[0]!, title: 'El ensayo de fase II MiSLE' }];
      const spanish = { ...check('2026-12-04', 'not yet published'), title: 'Resultados de MiSLE: aún no publicados', text: 'Buscamos.' };
      const updates = siteUpdates([{ ...spanish, anchorTitle: check('2026-12-04', 'not yet published').title }], spanishPages, 'es').map((update) => ({
        ...update,
        page: `/es${update.page}`,
      }));
      const items = feedItems(updates, '/es/about/updates/', absolute, 'es');
      expect(items[0]).toEqual({
        title: 'Resultados de MiSLE: aún no publicados',
        pubDate: day('2026-12-04'),
        link: 'https://lupus-msc.test.invalid/lupus-msc/es/about/updates/#results-check-2026-12-04-misle-results-not-yet-published-last-checked-2026-12-04',
        description:
          'Revisión de resultados, sobre la página “El ensayo de fase II MiSLE” (https://lupus-msc.test.invalid/lupus-msc/es/trial-history/phase-2-misle-trial/): Buscamos.',
      });
      expect(items[1]).toMatchObject({
        title: 'Una corrección el 3 de diciembre de 2026',
        link: expect.stringMatching(/\/es\/about\/updates\/#corrections-2026-12-03-1$/),
      });
      // An entry without a current translation is shown in English, and its item says so after the title.
      const [untranslated] = feedItems([{ ...updates[0]!, title: 'MiSLE results: not yet published', lang: 'en' }], '/es/about/updates/', absolute, 'es');
      expect(untranslated!.title).toBe('MiSLE results: not yet published (en inglés)');
      expect(feedChannel('es')).toEqual({
        title: 'Lupus y terapia con células estromales: novedades',
        description: 'Lo que cambió en el sitio: páginas nuevas, cambios en el estado de los ensayos, revisiones de resultados y correcciones.',
        language: 'es',
      });
    });
  });
});
