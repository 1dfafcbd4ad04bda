// What every entry of the bench shares: its context and result types, medians, kilobytes and
// Markdown tables for its report.

/** The median, or null of nothing. @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (!sorted.length) return null;
  return sorted.length % 2 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** @param {number} bytes */
export const kB = (bytes) => (bytes / 1024).toFixed(1);

/** @param {string[]} headers @param {unknown[][]} rows */
export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (/** @type {unknown[]} */ cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  return [line(headers), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

/**
 * What every entry of the bench gets, and gives back: its figures (for bench-results/latest.json)
 * and its report (printed under its heading); `failed` makes `npm run bench` exit with 1.
 * @typedef {{ root: string, dist: string, scale: number[], compareStarlight: boolean, log: (message: string) => void }} BenchContext
 * @typedef {{ figures: unknown, report: string, failed?: boolean }} BenchEntryResult
 */
