/**
 * The figures issues 18 and 22 set goals for, in one table at the end of `npm run bench`, so the next
 * change that costs one of them shows it: each row the figure, ours, Starlight's where the same run
 * measured it, the ratio, the goal and whether it is met. A figure the run did not measure (its entry
 * left out) says so ("-"), never 0.
 */
import { median, table } from './report.mjs';

/**
 * @typedef {{ figure: string, ours: number | null, starlight: number | null, ratio: number | null, goal: string, met: boolean | null, unit: string }} SummaryRow
 */

/**
 * @param {{
 *   pages?: { kind: string, html: { brotli: number }, css: { brotli: number }, js: { brotli: number }, domElements: number }[],
 *   lighthouse?: { performance: number, accessibility: number, bestPractices: number, seo: number, tbtMs: number | null }[],
 *   search?: { firstSearch: { brotli: number }, firstKeystrokeToResultsMs: number },
 *   scale?: { starlight: { largest?: { extraPages: number, seconds: number, starlightSeconds: number, cpuSeconds: number, starlightCpuSeconds: number } | null } | null },
 *   'test-suite'?: { ratio: number, budget: number },
 * }} result the object bench.mjs writes to bench-results/latest.json: one key per entry that ran
 * @returns {SummaryRow[]}
 */
export function summaryRows(result) {
  /**
   * @param {string} figure @param {number | null} ours @param {string} goal @param {((ours: number) => boolean) | null} meets
   * @param {string} unit @param {number | null} [starlight] when given (null if not measured), the goal is on ours ÷ Starlight
   * @returns {SummaryRow}
   */
  const row = (figure, ours, goal, meets, unit, starlight) => {
    const ratio = ours === null || starlight === undefined || starlight === null || starlight <= 0 ? null : ours / starlight;
    const value = starlight === undefined ? ours : ratio;
    return { figure, ours, starlight: starlight ?? null, ratio, goal, met: value === null || !meets ? null : meets(value), unit };
  };
  const largest = result.scale?.starlight?.largest ?? null;
  const at = largest ? `+${largest.extraPages} pages` : 'largest scale run';
  const atMost08 = (/** @type {number} */ r) => r <= 0.8;
  const reading = (result.pages ?? []).filter((page) => page.kind === 'content');
  const weight = median(reading.map((page) => page.html.brotli + page.css.brotli + page.js.brotli));
  const lighthouse = result.lighthouse ?? [];
  const search = result.search ?? null;
  const today = 'no more than today’s English one';
  const suite = result['test-suite'] ?? null;
  return [
    row(`Build wall time, ${at}`, largest?.seconds ?? null, '≤ 0.8× Starlight', atMost08, 's', largest?.starlightSeconds ?? null),
    row(`Build CPU time, ${at}`, largest?.cpuSeconds ?? null, '≤ 0.8× Starlight', atMost08, 's', largest?.starlightCpuSeconds ?? null),
    row('Reading page, median (HTML + CSS + JS, brotli)', weight === null ? null : weight / 1024, '≤ 11 kB', (kB) => kB <= 11, 'kB'),
    row('DOM elements, median reading page', median(reading.map((page) => page.domElements)), '≤ Starlight (not measured by this bench)', null, ''),
    row(
      'Lighthouse mobile total blocking time, worst page',
      lighthouse.length ? Math.max(...lighthouse.map((l) => l.tbtMs ?? 0)) : null,
      '0 ms',
      (ms) => ms === 0,
      'ms',
    ),
    row(
      'Lighthouse lowest score, any category, any page',
      lighthouse.length ? Math.min(...lighthouse.flatMap((l) => [l.performance, l.accessibility, l.bestPractices, l.seo])) : null,
      '100',
      (score) => score === 100,
      '',
    ),
    row('First search, brotli bytes', search ? search.firstSearch.brotli / 1024 : null, today, null, 'kB'),
    row('First search, last keystroke to first result', search?.firstKeystrokeToResultsMs ?? null, today, null, 'ms'),
    row('npm test, in site builds', suite?.ratio ?? null, `≤ ${suite?.budget ?? 60}`, suite ? (ratio) => ratio <= suite.budget : null, 'builds'),
  ];
}

/** The rows as one Markdown table. @param {SummaryRow[]} rows */
export function formatSummary(rows) {
  /** @param {number | null} value @param {string} unit */
  const number = (value, unit) => (value === null ? '-' : `${value.toFixed(['kB', 's', 'builds'].includes(unit) ? 1 : 0)}${unit ? ` ${unit}` : ''}`);
  return table(
    ['Figure', 'Ours', 'Starlight', 'Ours ÷ Starlight', 'Goal', 'Met'],
    rows.map((row) => [
      row.figure,
      number(row.ours, row.unit),
      number(row.starlight, row.unit),
      row.ratio === null ? '-' : row.ratio.toFixed(2),
      row.goal,
      row.met === null ? '-' : row.met ? 'yes' : 'no',
    ]),
  );
}
