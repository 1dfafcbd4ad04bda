/**
 * The open-trials list (content/trials.yaml): the cell types it covers, which pages show it, how old
 * each status is, what the page's structured data may say about it, and the check that its "as of"
 * dates are not older than the page's own review.
 */
import type { CollectionEntry } from 'astro:content';
import { isoDate } from '../review/dates';
import { startOfToday } from '../review/review';
import type { StructuredTrial } from '../chrome/structured-data';
import type { TrialEntry } from './schema';
import { en, type Dictionary } from '../i18n/en';
import { keysOf } from '../../shared/keys';

export type Trial = CollectionEntry<'trials'>;

/** The kinds of cell therapy the list covers, and how the table names each. */
export const TRIAL_KINDS = {
  MSC: 'Mesenchymal stromal cells (MSCs)',
  'CAR-T': 'CAR-T cells',
  'CAR-NK': 'CAR-NK cells',
  other: 'Other cell therapy',
} as const;
export type TrialKind = keyof typeof TRIAL_KINDS;
export const TRIAL_KIND_IDS = /* @__PURE__ */ keysOf(TRIAL_KINDS);

/** The component an MDX page writes to show the list; the page then also carries the trials' structured data. */
const TRIALS_TABLE_TAG = /<TrialsTable[\s/>]/;

export function showsTrialsTable(body: string | undefined): boolean {
  return TRIALS_TABLE_TAG.test(body ?? '');
}

/**
 * How old a status may be before the page calls it possibly out of date and the structured data
 * stops stating it (issue 19). Recruitment changes are meant to reach the registry within weeks, so
 * a record untouched for longer than this may no longer say what is true.
 */
export const STATUS_FRESH_MONTHS = 3;
/** The same, as the page says it. */
export const STATUS_FRESH_WORDS = 'three months';

/**
 * The date a trial's status is "as of": the registry record's last update when we know it; else the
 * day we read the record ("checked"), which is the most recent the status can be, not a date the
 * record gives.
 */
export function statusDate(data: Pick<TrialEntry, 'registryUpdated' | 'checked'>): { date: Date; from: 'registry' | 'checked' } {
  return data.registryUpdated ? { date: data.registryUpdated, from: 'registry' } : { date: data.checked, from: 'checked' };
}

/** The same calendar day `months` later, or the month's last day when it has fewer days (UTC). */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), lastDay)));
}

/**
 * Whether a status is possibly out of date: its date (statusDate) is more than three months before
 * `today`. Measured against the day the site is built, not the page's review date or the day the
 * editor checked: the build is when the page starts telling readers something, and a status that
 * was fresh at review goes stale while the page stays online, so only the build date is honest. The
 * clock is a parameter: the build passes buildDay(), the tests a fixed day, so no test fails because
 * the calendar moved. (The site is rebuilt at least at every review; a page read long after its
 * build still shows each status's own date, and the review notice, for the reader to judge.)
 */
export function isStatusStale(data: Pick<TrialEntry, 'registryUpdated' | 'checked'>, today: Date): boolean {
  return addMonths(statusDate(data).date, STATUS_FRESH_MONTHS) < today;
}

let builtOn: Date | undefined;
/** The day this build runs (midnight UTC), taken once so every page and its structured data agree. */
export function buildDay(): Date {
  builtOn ??= startOfToday();
  return builtOn;
}

/**
 * The same facts the list shows, in the shape the page's JSON-LD takes. The status is left out when
 * it is possibly out of date: structured data is read by machines that cannot see the page's
 * warning, so it must not state "Recruiting" (or any status) on the strength of an old record.
 */
export function trialStructuredData(trial: Trial | { id: string; data: TrialEntry }, today: Date): StructuredTrial {
  const { title, phase, sponsor, status } = trial.data;
  return { identifier: trial.id, name: title, phase, sponsor, ...(isStatusStale(trial.data, today) ? {} : { status: [status] }) };
}

/** "Ages 12 to 29", "Ages 18 and over", "Up to age 65", or undefined when the record gives no ages (in the words' language). */
export function agesText(who: Pick<NonNullable<TrialEntry['who']>, 'minAge' | 'maxAge'> | undefined, words: Dictionary = en): string | undefined {
  const { minAge, maxAge } = who ?? {};
  if (minAge !== undefined && maxAge !== undefined) return words.trialAgesRange(minAge, maxAge);
  if (minAge !== undefined) return words.trialAgesFrom(minAge);
  if (maxAge !== undefined) return words.trialAgesUpTo(maxAge);
  return undefined;
}

/** Words joined as a reader says them: "A", "A and B", "A, B and C" ("A, B y C"). */
function spokenList(list: readonly string[], words: Dictionary): string {
  return list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')}${words.listAnd}${list.at(-1)}`;
}

/**
 * Where a trial runs, on one line of its card: each country once, in the record's order, with its
 * cities in brackets ("United States (Iowa City and Lexington); Australia").
 */
export function placesText(locations: readonly { country: string; city?: string | undefined }[], words: Dictionary = en): string {
  const cities = new Map<string, string[]>();
  for (const { country, city } of locations) {
    const list = cities.get(country) ?? [];
    if (city && !list.includes(city)) list.push(city);
    cities.set(country, list);
  }
  return [...cities].map(([country, list]) => (list.length ? `${country} (${spokenList(list, words)})` : country)).join('; ');
}

/**
 * Who can join, in one line (ages, then the lupus nephritis rule in the few words the line has room
 * for: the dictionaries' trialNephritisShort); the full rules are in the card's folded part.
 */
export function whoCanJoinText(who: TrialEntry['who'], words: Dictionary = en): string | undefined {
  const parts = [agesText(who, words), who && words.trialNephritisShort(who.lupusNephritis)].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return undefined;
  const line = parts.join('; ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/** Trials taking people first, then the rest; by registry number within each group. */
export function listOrder(a: { id: string; data: Pick<TrialEntry, 'status'> }, b: { id: string; data: Pick<TrialEntry, 'status'> }): number {
  return Number(a.data.status !== 'Recruiting') - Number(b.data.status !== 'Recruiting') || a.id.localeCompare(b.id);
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
