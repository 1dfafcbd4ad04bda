import type { Locale } from '../../shared/paths.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-22" for a `datetime` attribute. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Intl formatters by language and parts, made once: a new Intl.DateTimeFormat costs far more than
 * formatting a date with it, and every page of a build formats its review dates.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, parts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${Object.keys(parts).join(' ')}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' })));
  return format;
}

/**
 * "22 November 2026": spelled-out months read unambiguously in every country. Other languages
 * through Intl: "3 de diciembre de 2026" (English keeps its own order, day first, as before).
 */
export function formatDate(date: Date, locale: Locale = 'en'): string {
  if (locale !== 'en') return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Formats a partial date as sources and timelines give it: "2018", "2018-10" or "2018-10-26". */
export function formatPartialDate(value: string, locale: Locale = 'en'): string {
  const [year, month, day] = value.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) throw new Error(`"${value}" is not a valid date: the month must be 01 to 12`);
  if (locale !== 'en') {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
    const parts: Intl.DateTimeFormatOptions = day ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
    return formatter(locale, parts).format(date);
  }
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
