/**
 * Keeping pages and time-sensitive claims current: when a page's review is overdue, and when an
 * "as of" date in its text is older than its last review.
 */
import type { Locale } from '../../shared/paths.ts';
import { warnContent } from '../../shared/content-warnings';
import { formatPartialDate, isoDate } from './dates';

/** "YYYY-MM": dated claims name the month they were last checked. */
const AS_OF_DATE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isAsOfDate(value: string): boolean {
  return AS_OF_DATE.test(value);
}

/** "November 2026" for "2026-11". */
export function formatAsOf(value: string, locale: Locale = 'en'): string {
  return formatPartialDate(value, locale);
}

/**
 * Whether an "as of" claim was left undated at the page's last review.
 *
 * The issue asks for a warning when the "as of" date is older than the page's next review allows.
 * Read literally (as of < next review) every fresh claim would warn, so we read it as: the claim
 * must be at least as recent as the page's review cycle. A page is reviewed every
 * (nextReview − lastReviewed); an "as of" date plus that interval passes nextReview exactly when
 * the "as of" date is before lastReviewed. So the rule is simply: a review re-checks every dated
 * claim and moves its date forward; a claim dated before the month of the last review was missed.
 * Compared by month, because claims are dated to the month.
 */
export function isAsOfStale(asOf: string, lastReviewed: Date): boolean {
  return asOf < isoDate(lastReviewed).slice(0, 7);
}

/** Whether an "as of" month is after the current one: a claim cannot have been checked in the future. */
export function isAsOfInFuture(asOf: string, today: Date = startOfToday()): boolean {
  return asOf > isoDate(today).slice(0, 7);
}

/** Midnight UTC today: the build's notion of "today", so a review due today is not yet overdue. */
export function startOfToday(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** A page is overdue from the day after its next review date. */
export function isReviewOverdue(nextReview: Date, today: Date = startOfToday()): boolean {
  return nextReview < today;
}

/**
 * Logs one warning listing every page whose review is overdue. A warning, not an error: an old
 * commit must still build, and the pages themselves tell readers (ReviewOverdueNotice).
 */
export function warnAboutOverdueReviews(
  pages: readonly { id: string; filePath?: string | undefined; data: { nextReview: Date } }[],
  today: Date = startOfToday(),
): string[] {
  const overdue = pages
    .filter((page) => isReviewOverdue(page.data.nextReview, today))
    .map((page) => `${page.filePath ?? `content/pages/${page.id}.mdx`} (next review was due ${isoDate(page.data.nextReview)})`);
  if (overdue.length) {
    warnContent(
      'content/pages',
      `${overdue.length} page(s) are overdue for review. Review them against their sources and update "lastReviewed" and "nextReview":\n${overdue.map((line) => `  - ${line}`).join('\n')}`,
    );
  }
  return overdue;
}
