const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-22" for a `datetime` attribute. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "22 November 2026": spelled-out months read unambiguously in every country. */
export function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Formats a partial date as sources and timelines give it: "2018", "2018-10" or "2018-10-26". */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) throw new Error(`"${value}" is not a valid date: the month must be 01 to 12`);
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
