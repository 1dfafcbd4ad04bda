import { describe, expect, it } from 'vitest';
import { correctionsByDay, newestFirst, siteCorrections } from './corrections';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const pages = [
  {
    title: 'A',
    path: '/a/',
    corrections: [
      { date: day('2026-11-30'), text: 'a1' },
      { date: day('2026-12-03'), text: 'a2' },
    ],
  },
  { title: 'B', path: '/b/', corrections: [] },
  { title: 'C', path: '/c/', corrections: [{ date: day('2026-12-03'), text: 'c1' }] },
];

describe('corrections', () => {
  it("gathers every page's corrections, newest first, each with its page", () => {
    expect(siteCorrections(pages, (page) => page).map(({ text, title, path }) => `${text} ${title} ${path}`)).toEqual(['a2 A /a/', 'c1 C /c/', 'a1 A /a/']);
  });

  it("lists one page's corrections newest first without reordering the data", () => {
    const own = pages[0]!.corrections;
    expect(newestFirst(own).map((c) => c.text)).toEqual(['a2', 'a1']);
    expect(own.map((c) => c.text)).toEqual(['a1', 'a2']);
  });

  it('groups the corrections by day, newest first, and within a day by page, naming each page once', () => {
    const days = correctionsByDay(
      siteCorrections(
        [
          ...pages,
          {
            title: 'D',
            path: '/d/',
            corrections: [
              { date: day('2026-12-03'), text: 'd1' },
              { date: day('2026-12-03'), text: 'd2' },
            ],
          },
        ],
        (page) => page,
      ),
    );
    expect(days.map((d) => [d.date.toISOString().slice(0, 10), d.pages.map((p) => `${p.title}: ${p.texts.join(', ')}`)])).toEqual([
      ['2026-12-03', ['A: a2', 'C: c1', 'D: d1, d2']],
      ['2026-11-30', ['A: a1']],
    ]);
    expect(correctionsByDay([])).toEqual([]);
  });
});
