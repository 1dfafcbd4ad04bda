// What every entry of the bench shares: its context and result types, brotli bytes, medians, one
// Markdown table helper, and the merge into bench-results/latest.json.
import { brotliCompressSync, constants } from 'node:zlib';

/**
 * What every entry gets, and gives back: its figures (for bench-results/latest.json) and its report
 * (printed under its heading); `failed` makes `npm run bench` exit with 1.
 * @typedef {{ root: string, dist: string, scale: number[], compareStarlight: boolean, log: (message: string) => void }} BenchContext
 * @typedef {{ figures: unknown, report: string, failed?: boolean }} BenchEntryResult
 */

/** Brotli bytes (quality 11), as a static host serves them; issue 22 counts brotli only. @param {Buffer} bytes */
export const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The median, or null of nothing. @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (!sorted.length) return null;
  return sorted.length % 2 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A figure for a table: fixed digits, "-" for what was not measured (never 0). @param {number | null | undefined} value @param {number} [digits] */
export const fixed = (value, digits = 0) => (value === null || value === undefined ? '-' : value.toFixed(digits));

/** @param {number} bytes */
export const kB = (bytes) => fixed(bytes / 1024, 1);

/** Every report's table, in Markdown. @param {string[]} headers @param {unknown[][]} rows */
export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (/** @type {unknown[]} */ cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  return [line(headers), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

/**
 * bench-results/latest.json after a run: a partial run keeps the other entries' figures; `measured` dates each.
 * @param {Record<string, any>} latest what latest.json held ({} if nothing) @param {Record<string, any>} run @param {string[]} entries the entries that ran
 */
export function mergeLatest(latest, run, entries) {
  return { ...latest, ...run, measured: { ...latest['measured'], ...Object.fromEntries(entries.map((name) => [name, run['date']])) } };
}
