// "As of" months and review dates (src/lib/review.ts), every date fixed here, none from the calendar.
// (Moved from tests/evidence-table-and-dated-claims.spec.ts, which ran these in Playwright.)
import { describe, expect, it } from 'vitest';
import { formatAsOf, isAsOfDate, isAsOfInFuture, isAsOfStale, isReviewOverdue, startOfToday } from './review';

describe('review dates', () => {
  it('reads an "as of" month as words, and calls it stale only when older than the last review', () => {
    expect(formatAsOf('2026-11')).toBe('November 2026');
    const lastReviewed = new Date('2026-11-22T00:00:00Z');
    expect(isAsOfStale('2026-10', lastReviewed)).toBe(true);
    expect(isAsOfStale('2026-11', lastReviewed)).toBe(false);
    expect(isAsOfStale('2026-12', lastReviewed)).toBe(false);
  });

  it('accepts only a real month, and never one that has not come yet', () => {
    expect(['2026-11', '2026-13', '2026-1', 'November 2026'].map(isAsOfDate)).toEqual([true, false, false, false]);
    const today = new Date('2026-11-30T00:00:00Z');
    expect(isAsOfInFuture('2026-12', today)).toBe(true);
    expect(isAsOfInFuture('2026-11', today)).toBe(false);
  });

  it('counts a review as overdue from the day after its next review date', () => {
    const today = new Date('2026-11-30T00:00:00Z');
    expect(isReviewOverdue(new Date('2026-11-29T00:00:00Z'), today)).toBe(true);
    expect(isReviewOverdue(new Date('2026-11-30T00:00:00Z'), today)).toBe(false);
    expect(isReviewOverdue(new Date('2027-05-22T00:00:00Z'), today)).toBe(false);
  });

  it('starts "today" at midnight UTC of the given moment', () => {
    expect(startOfToday(new Date('2026-11-30T17:45:00Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});
