import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { countText, factsAttributes, factsFromDataset, filterTrials, matchesFilters, NO_FILTERS, trialFacts, type TrialFacts } from './finder';
import type { TrialEntry } from './schema';

const COUNT_EN = { all: en.finderCountAll, one: en.finderCountOne, some: en.finderCountSome, none: en.finderCountNone };

type Input = Pick<TrialEntry, 'kind' | 'locations' | 'who'>;
const US = { country: 'United States', city: 'Philadelphia' };
const CHINA = { country: 'China', city: 'Beijing' };
const fixture = (id: string, input: Input) => ({ id, ...trialFacts(input) });
// Fixtures, not content/trials.yaml: the data file changes with every review.
const trials = [
  fixture('us-teens-car-t', { kind: 'CAR-T', locations: [US], who: { minAge: 12, maxAge: 29, lupusNephritis: 'accepted' } }),
  fixture('china-ln-car-t', { kind: 'CAR-T', locations: [CHINA], who: { minAge: 10, lupusNephritis: 'required' } }),
  fixture('china-adult-msc', { kind: 'MSC', locations: [CHINA], who: { minAge: 18, maxAge: 65, lupusNephritis: 'excluded' } }),
  fixture('us-and-china-unknown', { kind: 'other', locations: [CHINA, US], who: undefined }),
];
const ids = (list: readonly { id: string }[]) => list.map((t) => t.id);

describe('the facts the trial finder filters on', () => {
  it('counts a trial as in the United States when any one of its sites is', () => {
    expect(trialFacts({ kind: 'MSC', locations: [CHINA, US], who: undefined }).inUS).toBe(true);
    expect(trialFacts({ kind: 'MSC', locations: [CHINA], who: undefined }).inUS).toBe(false);
  });

  it('counts a trial as taking people with lupus nephritis only when its record requires or accepts them', () => {
    const rule = (lupusNephritis: NonNullable<Input['who']>['lupusNephritis']) =>
      trialFacts({ kind: 'CAR-T', locations: [US], who: { lupusNephritis } }).takesNephritis;
    expect([rule('required'), rule('accepted'), rule('excluded'), rule('not-stated')]).toEqual([true, true, false, false]);
  });

  it('counts a trial as taking children or teenagers when its youngest age is below 18, and not when the record gives no age', () => {
    const under18 = (minAge: number | undefined) => trialFacts({ kind: 'CAR-T', locations: [US], who: { minAge, lupusNephritis: 'accepted' } }).takesUnder18;
    expect([under18(12), under18(17), under18(18), under18(undefined)]).toEqual([true, true, false, false]);
    expect(trialFacts({ kind: 'CAR-T', locations: [US], who: undefined }).takesUnder18).toBe(false);
  });

  it('reads back from the data attributes exactly the facts it wrote', () => {
    for (const trial of trials) {
      const { id: _id, ...facts } = trial;
      const attributes = factsAttributes(facts);
      // The browser's dataset: data-in-us -> inUs, data-takes-under18 -> takesUnder18.
      const dataset = Object.fromEntries(
        Object.entries(attributes).map(([name, value]) => [name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), value]),
      );
      expect(factsFromDataset(dataset)).toEqual<TrialFacts>(facts);
    }
  });
});

describe('filtering the trials', () => {
  it('shows every trial when nothing is ticked', () => {
    expect(ids(filterTrials(trials, NO_FILTERS))).toEqual(ids(trials));
  });

  it('keeps only trials with every ticked fact', () => {
    expect(ids(filterTrials(trials, { ...NO_FILTERS, inUS: true }))).toEqual(['us-teens-car-t', 'us-and-china-unknown']);
    expect(ids(filterTrials(trials, { ...NO_FILTERS, takesNephritis: true }))).toEqual(['us-teens-car-t', 'china-ln-car-t']);
    expect(ids(filterTrials(trials, { ...NO_FILTERS, takesUnder18: true }))).toEqual(['us-teens-car-t', 'china-ln-car-t']);
    expect(ids(filterTrials(trials, { ...NO_FILTERS, inUS: true, takesNephritis: true, takesUnder18: true }))).toEqual(['us-teens-car-t']);
  });

  it('keeps only the chosen kind of therapy, and any kind when none is chosen', () => {
    expect(ids(filterTrials(trials, { ...NO_FILTERS, kind: 'MSC' }))).toEqual(['china-adult-msc']);
    expect(ids(filterTrials(trials, { ...NO_FILTERS, kind: 'CAR-T', inUS: true }))).toEqual(['us-teens-car-t']);
    expect(ids(filterTrials(trials, { ...NO_FILTERS, kind: 'CAR-NK' }))).toEqual([]);
  });

  it('leaves out a trial whose record does not say, rather than guess that it takes someone', () => {
    expect(matchesFilters(trials[3]!, { ...NO_FILTERS, takesNephritis: true })).toBe(false);
    expect(matchesFilters(trials[3]!, { ...NO_FILTERS, takesUnder18: true })).toBe(false);
  });
});

describe('the count the live region says', () => {
  it('says how many trials are shown out of how many', () => {
    expect(countText(5, 14, COUNT_EN)).toBe('Showing 5 of 14 trials');
    expect(countText(14, 14, COUNT_EN)).toBe('Showing all 14 trials');
    expect(countText(1, 1, COUNT_EN)).toBe('Showing all 1 trial');
  });

  it('tells a reader with no trial left how to get some back', () => {
    const COUNT_ES = { all: es.finderCountAll, one: es.finderCountOne, some: es.finderCountSome, none: es.finderCountNone };
    expect(countText(5, 14, COUNT_ES)).toBe('Se muestran 5 de 14 ensayos');
    expect(countText(0, 14, COUNT_EN)).toBe('Showing 0 of 14 trials. No trial matches every choice: untick a box or choose "Any kind" to see more.');
  });
});
