import { describe, expect, it } from 'vitest';
import { addMonths, agesText, isStatusStale, listOrder, statusDate, trialStructuredData } from './trials';
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

  it('lists recruiting trials first, then by registry number', () => {
    const list = [
      { id: 'NCT3', data: { status: 'Recruiting' as const } },
      { id: 'NCT1', data: { status: 'ActiveNotRecruiting' as const } },
      { id: 'NCT2', data: { status: 'Recruiting' as const } },
    ];
    expect(list.sort(listOrder).map((t) => t.id)).toEqual(['NCT2', 'NCT3', 'NCT1']);
  });
});
