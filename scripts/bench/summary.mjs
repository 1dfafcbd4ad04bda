// The figures issues 18 and 22 set goals for, in one table at the end of `npm run bench`, so the next
// change that costs one of them shows it: ours, Starlight's where the same run measured it, the
// ratio, the goal and whether it is met; "-" for what the run did not measure, never 0.
import { fixed, median, table } from './report.mjs';

/** @typedef {{ figure: string, unit: string, ours: number | null, starlight: number | null, ratio: number | null, goal: string, met: boolean | null }} SummaryRow */

/** Each language's first-search figures: label, unit, key in the search entry's figures, divisor. @type {[string, string, string, number][]} */
const SEARCH = [
  ['requests', '', 'requests', 1],
  ['brotli bytes', 'kB', 'brotli', 1024],
  ['last keystroke to first result', 'ms', 'lastKeystrokeToResultMs', 1],
];

/** @param {Record<string, any>} result what bench.mjs writes to bench-results/latest.json, one key per entry that ran @returns {SummaryRow[]} */
export function summaryRows(result) {
  /** @param {string} figure @param {string} unit @param {number | null | undefined} ours @param {number | null | undefined} starlight @param {string} goal @param {(ours: number, ratio: number | null) => boolean | null} [meets] */
  const row = (figure, unit, ours, starlight, goal, meets) => {
    const ratio = ours !== null && ours !== undefined && starlight ? ours / starlight : null;
    return {
      figure,
      unit,
      ours: ours ?? null,
      starlight: starlight ?? null,
      ratio,
      goal,
      met: ours !== null && ours !== undefined && meets ? meets(ours, ratio) : null,
    };
  };
  const atMost = (/** @type {number} */ limit) => (/** @type {number} */ _, /** @type {number | null} */ ratio) => (ratio === null ? null : ratio <= limit);
  const compared = result['scale']?.starlight?.runs ? result['scale'].starlight : null;
  // The largest run with pages added that both sites made (Starlight builds after each of ours), else ours.
  const their = compared?.runs.findLast((/** @type {any} */ run) => run.extraPages > 0);
  const runs = result['scale']?.runs ?? [];
  const our = their
    ? runs.find((/** @type {any} */ run) => run.extraPages === their.extraPages)
    : runs.findLast((/** @type {any} */ run) => run.extraPages > 0);
  const at = our ? `+${our.extraPages} pages` : 'largest scale run';
  const reading = (result['pages'] ?? []).filter((/** @type {any} */ page) => page.kind === 'content');
  /** @param {string} key @param {Record<string, number>[] | undefined} pages @param {number} [divisor] */
  const medianOf = (key, pages, divisor = 1) =>
    pages?.length && pages.every((page) => typeof page[key] === 'number') ? (median(pages.map((page) => page[key])) ?? 0) / divisor : null;
  /** @type {{ tbtMs: number | null, performance: number, accessibility: number, bestPractices: number, seo: number }[]} */
  const lighthouse = result['lighthouse'] ?? [];
  const worstTbt = lighthouse.length ? Math.max(...lighthouse.map((l) => l.tbtMs ?? 0)) : null;
  const lowestScore = lighthouse.length ? Math.min(...lighthouse.flatMap((l) => [l.performance, l.accessibility, l.bestPractices, l.seo])) : null;
  /** @type {Record<string, any>[]} */
  const searches = result['search'] ?? [];
  const english = searches.find((s) => s['lang'] === 'en');
  const budget = result['test-suite']?.budget ?? 60;
  const suitePassed = result['test-suite']?.suite?.exitCode === 0 && result['test-suite']?.build?.exitCode === 0;
  return [
    row(`Build wall time, ${at}`, 's', our?.seconds, their?.seconds, '≤ 0.8× Starlight', atMost(0.8)),
    row(`Build CPU time, ${at}`, 's', our?.cpuSeconds, their?.cpuSeconds, '≤ 0.8× Starlight', atMost(0.8)),
    row(`Build CPU per added page, ${at}`, 'ms', our?.marginalCpuMsPerPage, their?.marginalCpuMsPerPage, 'not growing with a second language'),
    row(
      'Reading page, median (HTML + CSS + JS, brotli)',
      'kB',
      medianOf('brotli', reading, 1024),
      medianOf('brotli', compared?.pages, 1024),
      '≤ 11 kB',
      (kB) => kB <= 11,
    ),
    row('DOM elements, median reading page', '', medianOf('domElements', reading), medianOf('domElements', compared?.pages), '≤ Starlight', atMost(1)),
    // Not a goal: where the difference is. Starlight's bench pages carry no citations or definitions.
    row(
      'DOM elements, median reading page, without citations and definitions',
      '',
      medianOf('domWithoutCitationsAndDefinitions', reading),
      medianOf('domElements', compared?.pages),
      'none: Starlight’s pages have neither',
    ),
    row('Lighthouse mobile total blocking time, worst page', 'ms', worstTbt, null, '0 ms', (ms) => ms === 0),
    row('Lighthouse lowest score, any category, any page', '', lowestScore, null, '100', (score) => score === 100),
    ...searches.flatMap((s) =>
      SEARCH.map(([label, unit, key, divisor]) => {
        const [goal, en] = s['lang'] === 'en' ? ['no more than today’s', null] : ['≤ English, this run', english?.[key] / divisor];
        return row(`First search (${s['lang']}), ${label}`, unit, s[key] / divisor, null, goal, en === null ? undefined : (value) => value <= en);
      }),
    ),
    // A run in which npm test (or a build around it) failed stopped early: its ratio meets nothing.
    row('npm test, in site builds', 'builds', result['test-suite']?.ratio, null, `≤ ${budget}, every check passing`, (ratio) => ratio <= budget && suitePassed),
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
