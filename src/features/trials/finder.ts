/**
 * The trial finder's logic: the facts each trial is filtered on, whether a trial matches the boxes
 * a reader ticked, and the count line. Pure, with no imports that run, because the browser script
 * (trial-finder.ts) bundles it: the page renders each trial's facts as data attributes and the
 * script filters on them with the same function the unit tests prove.
 */
import type { TrialEntry } from './schema';

/** What the finder knows about one trial. A fact the record does not state counts as "no". */
export interface TrialFacts {
  /** At least one site in the United States. */
  inUS: boolean;
  /** Takes people with lupus nephritis (who.lupusNephritis is "required" or "accepted"). */
  takesNephritis: boolean;
  /** Takes people under 18 (who.minAge below 18). */
  takesUnder18: boolean;
  kind: string;
}

/** The boxes a reader ticked; kind "" means any kind. */
export interface FinderFilters {
  inUS: boolean;
  takesNephritis: boolean;
  takesUnder18: boolean;
  kind: string;
}

export const NO_FILTERS: FinderFilters = { inUS: false, takesNephritis: false, takesUnder18: false, kind: '' };

/** The checkboxes, in the order the finder shows them, with their labels' keys in the dictionaries. */
export const FINDER_CHECKBOXES = [
  { name: 'inUS', label: 'finderInUS' },
  { name: 'takesNephritis', label: 'finderNephritis' },
  { name: 'takesUnder18', label: 'finderUnder18' },
] as const satisfies readonly { name: keyof Omit<FinderFilters, 'kind'>; label: string }[];

export const UNITED_STATES = 'United States';

export function trialFacts(data: Pick<TrialEntry, 'kind' | 'locations' | 'who'>): TrialFacts {
  const rule = data.who?.lupusNephritis;
  const minAge = data.who?.minAge;
  return {
    inUS: data.locations.some((place) => place.country === UNITED_STATES),
    takesNephritis: rule === 'required' || rule === 'accepted',
    takesUnder18: minAge !== undefined && minAge < 18,
    kind: data.kind,
  };
}

/** A trial matches when it has every fact a ticked box asks for and, if a kind is chosen, is of that kind. */
export function matchesFilters(facts: TrialFacts, filters: FinderFilters): boolean {
  return (
    (!filters.inUS || facts.inUS) &&
    (!filters.takesNephritis || facts.takesNephritis) &&
    (!filters.takesUnder18 || facts.takesUnder18) &&
    (filters.kind === '' || facts.kind === filters.kind)
  );
}

export function filterTrials<T extends TrialFacts>(trials: readonly T[], filters: FinderFilters): T[] {
  return trials.filter((trial) => matchesFilters(trial, filters));
}

/**
 * The count line's words in the page's language, with {shown} and {total} for the numbers: the
 * dictionaries' finderCount* (src/features/i18n/en.ts). The page writes them into the count's data
 * attributes (countAttributes) and the browser script reads them back (countWordsFrom), so the script
 * carries no words of its own.
 */
export interface CountWords {
  all: string;
  one: string;
  some: string;
  none: string;
}

/** "Showing 5 of 14 trials", what the live region says; with none left, how to get some back. */
export function countText(shown: number, total: number, words: CountWords): string {
  const template = shown === total ? (total === 1 ? words.one : words.all) : shown === 0 ? words.none : words.some;
  return template.replace('{shown}', String(shown)).replace('{total}', String(total));
}

export function countAttributes(words: CountWords): Record<string, string> {
  return { 'data-count-all': words.all, 'data-count-one': words.one, 'data-count-some': words.some, 'data-count-none': words.none };
}

export function countWordsFrom(dataset: Readonly<Record<string, string | undefined>>): CountWords {
  return { all: dataset['countAll'] ?? '', one: dataset['countOne'] ?? '', some: dataset['countSome'] ?? '', none: dataset['countNone'] ?? '' };
}

/** The data attributes a trial's list item carries, for the browser script to read back. */
export function factsAttributes(facts: TrialFacts): Record<string, string> {
  return {
    'data-in-us': String(facts.inUS),
    'data-takes-nephritis': String(facts.takesNephritis),
    'data-takes-under18': String(facts.takesUnder18),
    'data-kind': facts.kind,
  };
}

/** The inverse of factsAttributes, from an element's dataset. */
export function factsFromDataset(dataset: Readonly<Record<string, string | undefined>>): TrialFacts {
  return {
    inUS: dataset['inUs'] === 'true',
    takesNephritis: dataset['takesNephritis'] === 'true',
    takesUnder18: dataset['takesUnder18'] === 'true',
    kind: dataset['kind'] ?? '',
  };
}
