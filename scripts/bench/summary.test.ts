import { describe, expect, it } from 'vitest';
import { formatSummary, summaryRows } from './summary.mjs';

const page = (kind: string, brotli: number, domElements: number, domWithoutCitationsAndDefinitions?: number) => ({
  kind,
  path: '/',
  brotli,
  domElements,
  ...(domWithoutCitationsAndDefinitions === undefined ? {} : { domWithoutCitationsAndDefinitions }),
});
const lighthouse = (tbtMs: number, score = 100) => ({ performance: score, accessibility: 100, bestPractices: 100, seo: 100, tbtMs });
const run = (extraPages: number, seconds: number, cpuSeconds: number, marginalCpuMsPerPage: number | null) => ({
  extraPages,
  seconds,
  cpuSeconds,
  marginalCpuMsPerPage,
});
const result = {
  pages: [
    page('content', 10 * 1024, 400, 200),
    page('content', 12 * 1024, 600, 300),
    page('content', 14 * 1024, 800, 350),
    page('search', 50 * 1024, 9000, 9000),
  ],
  lighthouse: [lighthouse(0), lighthouse(20, 98), lighthouse(0), lighthouse(0)],
  search: [
    { lang: 'en', requests: 8, brotli: 114 * 1024, lastKeystrokeToResultMs: 110 },
    { lang: 'es', requests: 9, brotli: 100 * 1024, lastKeystrokeToResultMs: 100 },
  ],
  scale: {
    runs: [run(0, 5, 6, null), run(250, 10, 12, 20), run(1000, 30, 36, 20), run(2000, 60, 70, 20)],
    starlight: {
      runs: [run(0, 5, 5, null), run(250, 15, 15, 30), run(1000, 40, 40, 25)],
      pages: [page('content', 40 * 1024, 500), page('content', 44 * 1024, 700)],
    },
  },
  'test-suite': { ratio: 61.5, budget: 60, suite: { exitCode: 0 }, build: { exitCode: 0 } },
};
const byFigure = (rows: ReturnType<typeof summaryRows>) => Object.fromEntries(rows.map((row) => [row.figure, row]));

describe("the bench's table of issue 22's goals", () => {
  it('gives build wall and CPU time beside Starlight’s at the largest scale run both made, with the ratio and whether it meets 0.8', () => {
    const rows = byFigure(summaryRows(result));
    expect(rows['Build wall time, +1000 pages']).toMatchObject({ ours: 30, starlight: 40, ratio: 0.75, met: true });
    expect(rows['Build CPU time, +1000 pages']).toMatchObject({ ours: 36, starlight: 40, ratio: 0.9, met: false });
    expect(rows['Build CPU per added page, +1000 pages']).toMatchObject({ ours: 20, starlight: 25, ratio: 0.8 });
  });

  it('takes the median of reading pages only, beside Starlight’s, and the worst page for blocking time and scores', () => {
    const rows = byFigure(summaryRows(result));
    expect(rows['Reading page, median (HTML + CSS + JS, brotli)']).toMatchObject({ ours: 12, starlight: 42, met: false });
    expect(rows['DOM elements, median reading page']).toMatchObject({ ours: 600, starlight: 600, ratio: 1, met: true });
    expect(rows['Lighthouse mobile total blocking time, worst page']).toMatchObject({ ours: 20, met: false });
    expect(rows['Lighthouse lowest score, any category, any page']).toMatchObject({ ours: 98, met: false });
  });

  it('shows the DOM median without citations and definitions beside Starlight’s pages, which have neither, as a comparison and not a goal', () => {
    const rows = byFigure(summaryRows(result));
    expect(rows['DOM elements, median reading page, without citations and definitions']).toMatchObject({ ours: 300, starlight: 600, ratio: 0.5, met: null });
    // A run from before the bench counted it says "-", not 0.
    const older = byFigure(summaryRows({ pages: [page('content', 1024, 10)] }));
    expect(older['DOM elements, median reading page, without citations and definitions']).toMatchObject({ ours: null, met: null });
  });

  it('gives each language’s first search, the Spanish one against the English one of the same run', () => {
    const rows = byFigure(summaryRows(result));
    expect(rows['First search (en), brotli bytes']).toMatchObject({ ours: 114, met: null });
    expect(rows['First search (es), requests']).toMatchObject({ ours: 9, met: false });
    expect(rows['First search (es), brotli bytes']).toMatchObject({ ours: 100, met: true });
    expect(rows['First search (es), last keystroke to first result']).toMatchObject({ ours: 100, met: true });
  });

  it('gives npm test in site builds against its budget, and meets it only when every check passed', () => {
    expect(byFigure(summaryRows(result))['npm test, in site builds']).toMatchObject({ ours: 61.5, met: false });
    const within = { ...result['test-suite'], ratio: 40 };
    expect(byFigure(summaryRows({ 'test-suite': within }))['npm test, in site builds']).toMatchObject({ ours: 40, met: true });
    // A suite that stopped at its first failing stage is quick, and proves nothing.
    const stopped = { ...within, ratio: 2.2, suite: { exitCode: 1 } };
    expect(byFigure(summaryRows({ 'test-suite': stopped }))['npm test, in site builds']).toMatchObject({ ours: 2.2, met: false });
  });

  it('says "-" for what the run did not measure (no Starlight, no Lighthouse, no test suite), never 0', () => {
    const text = formatSummary(summaryRows({ pages: [page('content', 1024, 10)], scale: { starlight: null } }));
    expect(text).toMatch(/\| Build wall time, largest scale run +\| - +\| - +\| - +\| ≤ 0\.8× Starlight +\| - +\|/);
    expect(text).toMatch(/\| DOM elements, median reading page +\| 10 +\| - +\| - +\| ≤ Starlight +\| - +\|/);
    expect(text).toMatch(/\| Lighthouse mobile total blocking time, worst page +\| - +\| - +\| - +\| 0 ms +\| - +\|/);
    expect(text).toMatch(/\| npm test, in site builds +\| - +\| - +\| - +\| ≤ 60, every check passing +\| - +\|/);
    expect(text).toMatch(/\| Reading page, median \(HTML \+ CSS \+ JS, brotli\) +\| 1\.0 kB +\| - +\| - +\| ≤ 11 kB +\| yes +\|/);
  });
});
