/**
 * The figures issue 22 set goals for, in one table at the end of `npm run bench`, so the next change
 * that costs one of them shows it: each row the figure, ours, Starlight's where the same run measured
 * it, the ratio, the goal and whether it is met. A figure the run did not measure says so ("-"), never 0.
 */

/** @param {number[]} values */
const median = (values) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * @typedef {{ figure: string, ours: number | null, starlight: number | null, ratio: number | null, goal: string, met: boolean | null, unit: string }} SummaryRow
 */

/**
 * @param {{
 *   pages: { kind: string, html: { brotli: number }, css: { brotli: number }, js: { brotli: number }, domElements?: number, lighthouse?: { performance: number, accessibility: number, bestPractices: number, seo: number, tbtMs?: number } | null }[],
 *   search: { queries: { firstSearch: { requests: number, brotli: number } } | null },
 *   starlight?: { comparison?: { largest: { extraPages: number, seconds: number, starlightSeconds: number, cpuSeconds: number, starlightCpuSeconds: number } | null } },
 * }} result the object bench.mjs writes to bench-results/latest.json
 * @returns {SummaryRow[]}
 */
export function summaryRows(result) {
  const ratio = (ours, theirs) => (ours === null || theirs === null || theirs <= 0 ? null : ours / theirs);
  const rows = [];
  const largest = result.starlight?.comparison?.largest ?? null;
  const at = largest ? `+${largest.extraPages} pages` : 'largest scale run';
  /** A build figure beside Starlight's at the largest scale run; the goal is at most 0.8 of it. */
  const buildRow = (what, ours, theirs) => {
    const r = ratio(ours, theirs);
    return { figure: `Build ${what}, ${at}`, ours, starlight: theirs, ratio: r, goal: '≤ 0.8× Starlight', met: r === null ? null : r <= 0.8, unit: 's' };
  };
  rows.push(buildRow('wall time', largest?.seconds ?? null, largest?.starlightSeconds ?? null));
  rows.push(buildRow('CPU time', largest?.cpuSeconds ?? null, largest?.starlightCpuSeconds ?? null));

  const reading = result.pages.filter((page) => page.kind === 'content');
  const weight = median(reading.map((page) => page.html.brotli + page.css.brotli + page.js.brotli));
  const kB = weight === null ? null : weight / 1024;
  rows.push({
    figure: 'Reading page, median (HTML + CSS + JS, brotli)',
    ours: kB,
    starlight: null,
    ratio: null,
    goal: '≤ 11 kB',
    met: kB === null ? null : kB <= 11,
    unit: 'kB',
  });
  const dom = median(reading.flatMap((page) => (page.domElements === undefined ? [] : [page.domElements])));
  rows.push({
    figure: 'DOM elements, median reading page',
    ours: dom,
    starlight: null,
    ratio: null,
    goal: '≤ Starlight (not measured by this bench)',
    met: null,
    unit: '',
  });

  const lighthouse = result.pages.flatMap((page) => (page.lighthouse ? [page.lighthouse] : []));
  const tbt = lighthouse.length ? Math.max(...lighthouse.map((l) => l.tbtMs ?? 0)) : null;
  rows.push({
    figure: 'Lighthouse mobile total blocking time, worst page',
    ours: tbt,
    starlight: null,
    ratio: null,
    goal: '0 ms',
    met: tbt === null ? null : tbt === 0,
    unit: 'ms',
  });
  const lowest = lighthouse.length ? Math.min(...lighthouse.flatMap((l) => [l.performance, l.accessibility, l.bestPractices, l.seo])) : null;
  rows.push({
    figure: 'Lighthouse lowest score, any category, any page',
    ours: lowest,
    starlight: null,
    ratio: null,
    goal: '100',
    met: lowest === null ? null : lowest === 100,
    unit: '',
  });

  const first = result.search.queries?.firstSearch ?? null;
  rows.push({
    figure: 'First search, brotli bytes',
    ours: first ? first.brotli / 1024 : null,
    starlight: null,
    ratio: null,
    goal: 'no more than today’s English one',
    met: null,
    unit: 'kB',
  });
  return rows;
}

/** @param {SummaryRow[]} rows @param {(headers: string[], rows: unknown[][]) => string} table */
export function formatSummary(rows, table) {
  const number = (value, unit) => (value === null ? '-' : `${value.toFixed(unit === 'kB' || unit === 's' ? 1 : 0)}${unit ? ` ${unit}` : ''}`);
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
