// Every language says every interface word: the type check (es.ts `satisfies Dictionary`) catches a
// missing key; this catches an empty or untranslated one, and wrong shapes of the functions.
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, hreflangOf, localeOf, topicLabel, wordsFor } from './dictionary';
import { en } from './en';
import { formatDate, formatPartialDate } from '../review/dates';

describe('the dictionaries', () => {
  it('give every English key in every language, as words or a function of the same arguments', () => {
    for (const [locale, words] of Object.entries(DICTIONARIES)) {
      expect(Object.keys(words).sort(), locale).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(en)) {
        const other = (words as Record<string, unknown>)[key];
        expect(typeof other, `${locale}.${key}`).toBe(typeof value);
        if (typeof value === 'function') expect((other as (...a: unknown[]) => string).length, `${locale}.${key}`).toBe(value.length);
      }
    }
  });

  it('leave no Spanish word the same as the English one, except names and empty marks', () => {
    const same = Object.entries(en).filter(([key, value]) => typeof value === 'string' && value !== '' && DICTIONARIES.es[key as keyof typeof en] === value);
    expect(same).toEqual([]);
  });

  it('take the language from Astro.currentLocale, English when it is missing or unknown', () => {
    expect(localeOf('es')).toBe('es');
    expect(localeOf(undefined)).toBe('en');
    expect(localeOf('fr')).toBe('en');
    expect(wordsFor('es').skipLink).toBe('Saltar al contenido principal');
    expect(topicLabel('lupus-nephritis', 'es')).toBe('Nefritis lúpica');
  });

  it('mark a link hreflang only when it leads to another language', () => {
    expect(hreflangOf('en', 'es')).toBe('en');
    expect(hreflangOf('es', 'es')).toBeUndefined();
    expect(hreflangOf('en', undefined)).toBeUndefined();
  });

  it('write dates the Spanish way through Intl, and keep the English form', () => {
    expect(formatDate(new Date('2026-12-03'), 'es')).toBe('3 de diciembre de 2026');
    expect(formatDate(new Date('2026-12-03'))).toBe('3 December 2026');
    expect(formatPartialDate('2026-12', 'es')).toBe('diciembre de 2026');
    expect(formatPartialDate('2025-02-01', 'es')).toBe('1 de febrero de 2025');
    expect(formatPartialDate('2018', 'es')).toBe('2018');
  });

  it('word the out-of-date notice as readers see it', () => {
    expect(`${DICTIONARIES.es.translationBehind(formatDate(new Date('2026-12-03'), 'es'))} ${DICTIONARIES.es.readItHere}`).toBe(
      'La versión en inglés de esta página se actualizó el 3 de diciembre de 2026. Puede leerla aquí.',
    );
  });
});
