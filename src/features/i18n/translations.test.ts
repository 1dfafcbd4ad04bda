// Which translations a build refuses, lists as behind or as missing, and when a reader sees the notice.
import { describe, expect, it, vi } from 'vitest';
import { isBehind, orphanTranslations, translationReport, warnAboutTranslations } from './translations';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));

const english = [
  { id: 'index', data: { lastReviewed: new Date('2026-12-03') } },
  { id: 'urgent-help', data: { lastReviewed: new Date('2026-12-04') } },
  { id: 'lupus-nephritis/treatment', data: { lastReviewed: new Date('2026-12-03') } },
];

describe('translations', () => {
  it('refuses a translation without an English page of the same path, naming the file and the fix', () => {
    expect(orphanTranslations(new Set(['index']), [{ id: 'index' }, { id: 'lupus-nephritis/treatmnt' }], 'es')).toEqual([
      'content/es/pages/lupus-nephritis/treatmnt.mdx has no English page content/pages/lupus-nephritis/treatmnt.mdx: a translation must have the same path as the English page it translates (rename the file to match, or add the English page first).',
    ]);
  });

  it('is behind when the English page was reviewed after the version it translates, and not on the same day', () => {
    expect(isBehind(new Date('2026-11-30'), new Date('2026-12-03'))).toBe(true);
    expect(isBehind(new Date('2026-12-03'), new Date('2026-12-03'))).toBe(false);
  });

  it('lists English pages without a translation and translations older than their English page', () => {
    const report = translationReport(
      english,
      [
        { id: 'index', data: { translatedFrom: new Date('2026-12-03') } },
        { id: 'urgent-help', filePath: 'content/es/pages/urgent-help.mdx', data: { translatedFrom: new Date('2026-11-30') } },
      ],
      'es',
    );
    expect(report).toEqual({
      untranslated: ['lupus-nephritis/treatment'],
      behind: [{ id: 'urgent-help', file: 'content/es/pages/urgent-help.mdx', translatedFrom: '2026-11-30', englishReviewed: '2026-12-04' }],
    });
  });

  it('warns through the content-warnings logger, once per behind page and once for the untranslated list', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnAboutTranslations(
      {
        untranslated: ['lupus-nephritis/treatment'],
        behind: [{ id: 'urgent-help', file: 'content/es/pages/urgent-help.mdx', translatedFrom: '2026-11-30', englishReviewed: '2026-12-04' }],
      },
      'es',
    );
    expect(warn.mock.calls.map(([line]) => line)).toEqual([
      '[site-content] content/es/pages/urgent-help.mdx: translates the English page as reviewed on 2026-11-30, but content/pages/urgent-help.mdx was reviewed again on 2026-12-04: update the translation, then set "translatedFrom: 2026-12-04". Readers see a notice until then.',
      '[site-content] content/es/pages: 1 English page(s) have no translation yet (readers of this language see them in English, marked as such): /lupus-nephritis/treatment/',
    ]);
    warn.mockRestore();
  });
});
