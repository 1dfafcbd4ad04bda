import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate, isoDate } from './dates';

describe('dates', () => {
  it('writes a datetime attribute as YYYY-MM-DD in UTC', () => {
    expect(isoDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-22');
  });

  it('spells the month out so the date reads the same in every country', () => {
    expect(formatDate(new Date('2026-03-04'))).toBe('4 March 2026');
  });

  it('formats a year, a month or a day as the source gives it', () => {
    expect(formatPartialDate('2018')).toBe('2018');
    expect(formatPartialDate('2018-10')).toBe('October 2018');
    expect(formatPartialDate('2018-10-06')).toBe('6 October 2018');
  });

  it('writes Spanish dates through Intl, a month alone and a full date each in its own form, however often asked', () => {
    for (let time = 0; time < 2; time++) {
      expect(formatDate(new Date('2026-12-03'), 'es')).toBe('3 de diciembre de 2026');
      expect(formatPartialDate('2018-10', 'es')).toBe('octubre de 2018');
      expect(formatPartialDate('2018-10-06', 'es')).toBe('6 de octubre de 2018');
    }
  });

  it('refuses a month outside 01 to 12 with a message that says so', () => {
    expect(() => formatPartialDate('2018-13')).toThrow('"2018-13" is not a valid date: the month must be 01 to 12');
  });
});
