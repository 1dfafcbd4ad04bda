/**
 * The open-trials list (content/trials.yaml): the cell types it covers, which pages show it, and the
 * check that its "as of" dates are not older than the page's own review.
 */
import type { CollectionEntry } from 'astro:content';
import { isoDate } from '../review/dates';
import type { TrialData } from '../chrome/schema';

export type Trial = CollectionEntry<'trials'>;

/** The kinds of cell therapy the list covers, and how the table names each. */
export const TRIAL_KINDS = {
  MSC: 'Mesenchymal stromal cells (MSCs)',
  'CAR-T': 'CAR-T cells',
  'CAR-NK': 'CAR-NK cells',
  other: 'Other cell therapy',
} as const;
export type TrialKind = keyof typeof TRIAL_KINDS;
export const TRIAL_KIND_IDS = Object.keys(TRIAL_KINDS) as [TrialKind, ...TrialKind[]];

/** The component an MDX page writes to show the list; the page then also carries the trials' structured data. */
const TRIALS_TABLE_TAG = /<TrialsTable[\s/>]/;

export function showsTrialsTable(body: string | undefined): boolean {
  return TRIALS_TABLE_TAG.test(body ?? '');
}

/** The same facts the table shows, in the shape the page's JSON-LD takes. */
export function trialStructuredData(trial: Trial): TrialData {
  const { title, phase, sponsor, status } = trial.data;
  return { identifier: trial.id, name: title, phase, sponsor, status: [status] };
}

/**
 * Trials checked before the page was last reviewed. A page's review date promises that what it says
 * was true then; a trial whose record was read earlier may have changed status since. (Comparing
 * with lastReviewed is simpler than "nextReview minus the review interval" and means the same when
 * the page is reviewed on schedule.)
 */
export function trialsCheckedBeforeReview(trials: readonly Trial[], lastReviewed: Date): string[] {
  return trials
    .filter((trial) => trial.data.checked < lastReviewed)
    .map((trial) => `${trial.id} was checked on ${isoDate(trial.data.checked)}, before the page's lastReviewed (${isoDate(lastReviewed)})`);
}
