// The figures issues 18 and 22 set goals for, in one table at the end of `npm run bench`, so the next
// change that costs one of them shows it: ours, Starlight's where the same run measured it, the
// ratio, the goal and whether it is met; "-" for what the run did not measure, never 0.
import { fixed, median, table } from './report.mjs';

/** @typedef {{ figure: string, unit: string, ours: number | null, starlight: number | null, ratio: number | null, goal: string, met: boolean | null }} SummaryRow */
/** @typedef {{ kind?: string, path: string, brotli: number, domElements: number }} PageWeight */

/**
 * @param {{
 *   pages?: PageWeight[],
 *   lighthouse?: { performance: number, accessibility: number, bestPractices: number, seo: number, tbtMs: number | null }[],
 *   search?: { lang: string, requests: number, brotli: number, lastKeystrokeToResultMs: number }[],
 *   scale?: { starlight?: { pages?: PageWeight[] | null, largest?: Record<string, number | null> | null } | { skipped: string } | null },
 *   'test-suite'?: { ratio: number, budget: number },
 * }} result what bench.mjs writes to bench-results/latest.json: one key per entry that ran
 * @returns {SummaryRow[]}
 */
export function summaryRows(result) {
  /**
   * @param {string} figure @param {string} unit @param {number | null | undefined} ours @param {number | null | undefined} starlight
   * @param {string} goal @param {(ours: number, ratio: number | null) => boolean | null} [meets]
   * @returns {SummaryRow}
   */
  const row = (figure, unit, ours, starlight, goal, meets) => {
    const ratio = ours === null || ours === undefined || !starlight ? null : ours / starlight;
    return {
      figure,
      unit,
      ours: ours ?? null,
      starlight: starlight ?? null,
      ratio,
      goal,
      met: ours === null || ours === undefined || !meets ? null : meets(ours, ratio),
    };
  };
  const compared = result.scale?.starlight && 'largest' in result.scale.starlight ? result.scale.starlight : null;
  const largest = compared?.largest ?? null;
  const at = largest ? `+${largest.extraPages} pages` : 'largest scale run';
  const atMost = (/** @type {number} */ limit) => (/** @type {number} */ _, /** @type {number | null} */ ratio) => (ratio === null ? null : ratio <= limit);
  const reading = (result.pages ?? []).filter((page) => page.kind === 'content');
  const weight = (/** @type {PageWeight[] | null | undefined} */ pages) => (pages?.length ? (median(pages.map((p) => p.brotli)) ?? 0) / 1024 : null);
  const dom = (/** @type {PageWeight[] | null | undefined} */ pages) => (pages?.length ? median(pages.map((p) => p.domElements)) : null);
  const lighthouse = result.lighthouse ?? [];
  const english = result.search?.find((s) => s.lang === 'en');
  const suite = result['test-suite'] ?? null;
  return [
    row(`Build wall time, ${at}`, 's', largest?.seconds, largest?.starlightSeconds, '≤ 0.8× Starlight', atMost(0.8)),
    row(`Build CPU time, ${at}`, 's', largest?.cpuSeconds, largest?.starlightCpuSeconds, '≤ 0.8× Starlight', atMost(0.8)),
    row(`Build CPU per added page, ${at}`, 'ms', largest?.marginalCpuMsPerPage, largest?.starlightMarginalCpuMsPerPage, 'not growing with a second language'),
    row('Reading page, median (HTML + CSS + JS, brotli)', 'kB', weight(reading), weight(compared?.pages), '≤ 11 kB', (kB) => kB <= 11),
    row('DOM elements, median reading page', '', dom(reading), dom(compared?.pages), '≤ Starlight', atMost(1)),
    row(
      'Lighthouse mobile total blocking time, worst page',
      'ms',
      lighthouse.length ? Math.max(...lighthouse.map((l) => l.tbtMs ?? 0)) : null,
      null,
      '0 ms',
      (ms) => ms === 0,
    ),
    row(
      'Lighthouse lowest score, any category, any page',
      '',
      lighthouse.length ? Math.min(...lighthouse.flatMap((l) => [l.performance, l.accessibility, l.bestPractices, l.seo])) : null,
      null,
      '100',
      (s) => s === 100,
    ),
    ...(result.search ?? []).flatMap((s) => {
      const goal = s.lang === 'en' ? 'no more than today’s' : `≤ English (this run)`;
      /** @param {number | undefined} en */
      const notAbove = (en) => (s.lang === 'en' || en === undefined ? undefined : (/** @type {number} */ ours) => ours <= en);
      return [
        row(`First search (${s.lang}), requests`, '', s.requests, null, goal, notAbove(english?.requests)),
        row(`First search (${s.lang}), brotli bytes`, 'kB', s.brotli / 1024, null, goal, notAbove(english ? english.brotli / 1024 : undefined)),
        row(
          `First search (${s.lang}), last keystroke to first result`,
          'ms',
          s.lastKeystrokeToResultMs,
          null,
          goal,
          notAbove(english?.lastKeystrokeToResultMs),
        ),
      ];
    }),
    row('npm test, in site builds', 'builds', suite?.ratio, null, `≤ ${suite?.budget ?? 60}`, (ratio) => ratio <= (suite?.budget ?? 60)),
  ];
}

/** The rows as one Markdown table. @param {SummaryRow[]} rows */
export function formatSummary(rows) {
  const number = (/** @type {number | null} */ value, /** @type {string} */ unit) =>
    value === null ? '-' : `${fixed(value, ['kB', 's', 'builds'].includes(unit) ? 1 : 0)}${unit ? ` ${unit}` : ''}`;
  const yesNo = (/** @type {boolean | null} */ met) => (met === null ? '-' : met ? 'yes' : 'no');
  const cells = rows.map((r) => [r.figure, number(r.ours, r.unit), number(r.starlight, r.unit), fixed(r.ratio, 2), r.goal, yesNo(r.met)]);
  return table(['Figure', 'Ours', 'Starlight', 'Ours ÷ Starlight', 'Goal', 'Met'], cells);
}
