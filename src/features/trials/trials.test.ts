import { describe, expect, it } from 'vitest';
import { es } from '../i18n/es';
import { addMonths, agesText, isStatusStale, listOrder, placesText, statusDate, trialStructuredData, whoCanJoinText } from './trials';
import type { TrialEntry } from './schema';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// A fixed clock: the build passes buildDay(); the tests never read the calendar.
const TODAY = day('2026-12-04');

const entry = (over: Partial<TrialEntry> = {}): TrialEntry => ({
  id: 'NCT00000001',
  title: 'A fixture trial',
  kind: 'CAR-T',
  phase: 'Phase I/II',
  status: 'Recruiting',
  sponsor: 'A hospital',
  locations: [{ country: 'United States', city: 'Philadelphia' }],
  entry: ['Adults with lupus'],
  checked: day('2026-12-03'),
  seenAt: 'ClinicalTrials.gov record',
  ...over,
});

describe('how old a trial status is', () => {
  it("dates the status from the registry record's last update when the data gives it", () => {
    expect(statusDate(entry({ registryUpdated: day('2026-01-29') }))).toEqual({ date: day('2026-01-29'), from: 'registry' });
  });

  it('falls back to the day we read the record, and says so, when the record date is unknown', () => {
    expect(statusDate(entry())).toEqual({ date: day('2026-12-03'), from: 'checked' });
  });

  it('adds calendar months, ending on the last day of a shorter month', () => {
    expect(addMonths(day('2026-09-04'), 3)).toEqual(day('2026-12-04'));
    expect(addMonths(day('2026-11-30'), 3)).toEqual(day('2027-02-28'));
    expect(addMonths(day('2025-10-31'), 4)).toEqual(day('2026-02-28'));
  });

  it('calls a status possibly out of date only when its record is more than three months older than the build day', () => {
    expect(isStatusStale(entry({ registryUpdated: day('2026-09-04') }), TODAY)).toBe(false);
    expect(isStatusStale(entry({ registryUpdated: day('2026-09-03') }), TODAY)).toBe(true);
    expect(isStatusStale(entry({ registryUpdated: day('2026-01-29') }), TODAY)).toBe(true);
  });

  it('judges by the record date, not by the recent day we looked at an old record', () => {
    expect(isStatusStale(entry({ registryUpdated: day('2025-06-27'), checked: day('2026-12-03') }), TODAY)).toBe(true);
    expect(isStatusStale(entry({ checked: day('2026-12-03') }), TODAY)).toBe(false);
  });
});

describe('the MedicalTrial structured data of a listed trial', () => {
  it('states the status of a fresh record', () => {
    const trial = { id: 'NCT00000001', data: entry({ registryUpdated: day('2026-11-20') }) };
    expect(trialStructuredData(trial, TODAY)).toEqual({
      identifier: 'NCT00000001',
      name: 'A fixture trial',
      phase: 'Phase I/II',
      sponsor: 'A hospital',
      status: ['Recruiting'],
    });
  });

  it('never claims "Recruiting", or any status, from a record older than three months: it leaves the status out', () => {
    for (const status of ['Recruiting', 'ActiveNotRecruiting', 'Completed'] as const) {
      const data = trialStructuredData({ id: 'NCT00000001', data: entry({ status, registryUpdated: day('2026-01-29') }) }, TODAY);
      expect(data).not.toHaveProperty('status');
      expect(data.identifier).toBe('NCT00000001');
    }
  });
});

describe('what the trial card says', () => {
  it('gives the ages in words, whichever limits the record states', () => {
    expect(agesText({ minAge: 12, maxAge: 29 })).toBe('Ages 12 to 29');
    expect(agesText({ minAge: 18 })).toBe('Ages 18 and over');
    expect(agesText({ maxAge: 65 })).toBe('Up to age 65');
    expect(agesText({})).toBeUndefined();
    expect(agesText(undefined)).toBeUndefined();
  });

  it('says where a trial runs in one line: each country once, its cities in brackets, in the order of the record', () => {
    expect(placesText([{ country: 'United States', city: 'Philadelphia' }])).toBe('United States (Philadelphia)');
    expect(placesText([{ country: 'United States', city: 'Iowa City' }, { country: 'United States', city: 'Lexington' }, { country: 'Australia' }])).toBe(
      'United States (Iowa City and Lexington); Australia',
    );
    expect(
      placesText([
        { country: 'United States', city: 'Atlanta' },
        { country: 'Spain' },
        { country: 'United States', city: 'Worcester' },
        { country: 'United States', city: 'New York' },
      ]),
    ).toBe('United States (Atlanta, Worcester and New York); Spain');
    expect(placesText([{ country: 'United Kingdom' }, { country: 'Spain' }])).toBe('United Kingdom; Spain');
  });

  it('says who can join in one line, ages then lupus nephritis, and nothing when the record states neither', () => {
    expect(whoCanJoinText({ minAge: 12, maxAge: 29, lupusNephritis: 'accepted' })).toBe('Ages 12 to 29; with or without lupus nephritis');
    expect(whoCanJoinText({ minAge: 18, lupusNephritis: 'required' })).toBe('Ages 18 and over; only people with lupus nephritis');
    expect(whoCanJoinText({ lupusNephritis: 'excluded' })).toBe('Not people with active lupus nephritis');
    expect(whoCanJoinText(undefined)).toBeUndefined();
  });

  it('writes the card lines in the page language from its dictionary (Spanish: ages, places joined with "y")', () => {
    expect(whoCanJoinText({ minAge: 12, maxAge: 29, lupusNephritis: 'accepted' }, es)).toBe('De 12 a 29 años; con o sin nefritis lúpica');
    expect(agesText({ minAge: 18 }, es)).toBe('Desde los 18 años');
    expect(
      placesText(
        [
          { country: 'Estados Unidos', city: 'Iowa City' },
          { country: 'Estados Unidos', city: 'Lexington' },
        ],
        es,
      ),
    ).toBe('Estados Unidos (Iowa City y Lexington)');
  });

  it('lists recruiting trials first, then by registry number', () => {
    const list = [
      { id: 'NCT3', data: { status: 'Recruiting' as const } },
      { id: 'NCT1', data: { status: 'ActiveNotRecruiting' as const } },
      { id: 'NCT2', data: { status: 'Recruiting' as const } },
    ];
    expect(list.sort(listOrder).map((t) => t.id)).toEqual(['NCT2', 'NCT3', 'NCT1']);
  });
});
