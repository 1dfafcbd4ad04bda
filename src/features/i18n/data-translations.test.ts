import { describe, expect, it } from 'vitest';
import { englishFingerprint, langOfEntry, STUDIES_SPEC, TRIALS_SPEC, UPDATES_SPEC, translateData } from './data-translations';

const study = {
  id: 'a-2020',
  title: 'A and colleagues',
  citation: 'a-2020',
  participants: 12,
  comparator: 'None',
  mainResult: 'It helped.',
  figures: { rate: '2 of 12', mean: '12.2' },
};
const trial = {
  id: 'NCT00000001',
  title: 'A registered title',
  locations: [{ country: 'United States', city: 'Philadelphia' }, { country: 'China' }],
  entry: ['Lupus', 'Active disease'],
  who: { lupusNephritis: 'accepted', kidneyLimits: 'eGFR at least 30' },
};

describe('a translated data file laid over the English one', () => {
  it('shows the translated words and keeps every fact of the English entry', () => {
    const { entries, problems, untranslated } = translateData(
      [study],
      [{ id: 'a-2020', title: 'A y colaboradores', mainResult: 'Ayudó.', figures: { rate: '2 de 12' } }],
      STUDIES_SPEC,
    );
    expect(problems).toEqual([]);
    expect(untranslated).toEqual([]);
    expect(entries).toEqual([{ ...study, title: 'A y colaboradores', mainResult: 'Ayudó.', figures: { rate: '2 de 12', mean: '12.2' } }]);
  });

  it('merges lists item by item and nested fields by name, so the finder still reads the English country', () => {
    const { entries, problems } = translateData(
      [trial],
      [
        {
          id: 'NCT00000001',
          locations: [{ country: 'Estados Unidos', city: 'Filadelfia' }, { country: 'China' }],
          entry: ['Lupus', 'Enfermedad activa'],
          who: { kidneyLimits: 'TFGe de al menos 30' },
        },
      ],
      TRIALS_SPEC,
    );
    expect(problems).toEqual([]);
    expect(entries[0]).toEqual({
      ...trial,
      locations: [{ country: 'Estados Unidos', city: 'Filadelfia' }, { country: 'China' }],
      entry: ['Lupus', 'Enfermedad activa'],
      who: { lupusNephritis: 'accepted', kidneyLimits: 'TFGe de al menos 30' },
    });
    expect(trial.locations[0]!.country).toBe('United States');
  });

  it('lists the English entries that have no translation yet, and shows them in English', () => {
    const other = { ...study, id: 'b-2021' };
    const { entries, untranslated } = translateData([study, other], [{ id: 'a-2020', title: 'A y colaboradores' }], STUDIES_SPEC);
    expect(untranslated).toEqual(['b-2021']);
    expect(entries[1]).toEqual(other);
  });

  it('marks the entries it shows in English, so their words carry lang="en", and never the English entries themselves', () => {
    const other = { ...study, id: 'b-2021' };
    const { entries } = translateData([study, other], [{ id: 'a-2020', title: 'A y colaboradores' }], STUDIES_SPEC);
    expect(entries.map(langOfEntry)).toEqual([undefined, 'en']);
    expect([study, other].map(langOfEntry)).toEqual([undefined, undefined]);
  });

  it('names the entry and the fix for an id that is not in the English file', () => {
    expect(translateData([study], [{ id: 'a-2002', title: 'A' }], STUDIES_SPEC).problems).toEqual([
      'entry 1 (a-2002): no entry of content/studies.yaml has this "id"; copy "id" exactly from the English entry it translates, or remove the entry',
    ]);
  });

  it('refuses a field the translation may not have, a field the English entry lacks and the "None" marker', () => {
    expect(translateData([study], [{ id: 'a-2020', participants: 'doce', safety: 'Segura.', comparator: 'Ninguno' }], STUDIES_SPEC).problems).toEqual([
      'entry 1 (a-2020): "participants" is not translated here (it comes from content/studies.yaml); remove it. Allowed fields: id, title, design, blinding, comparator, cellSource, dose, followUp, mainResult, safety, country, figures',
      'entry 1 (a-2020): "comparator": the English "None" is a marker, never shown; leave the field out',
      'entry 1 (a-2020): "safety": the English entry has no such field, so there is nothing to translate; remove it',
    ]);
  });

  it('refuses a list of a different length than the English, and a nested field not allowed', () => {
    expect(translateData([trial], [{ id: 'NCT00000001', entry: ['Lupus'], who: { lupusNephritis: 'aceptado' } }], TRIALS_SPEC).problems).toEqual([
      'entry 1 (NCT00000001): "entry" has 1 item(s) and the English has 2: translate each English item once, in the same order',
      'entry 1 (NCT00000001): "who.lupusNephritis" is not a field a translation may have here: allowed are kidneyLimits, mustHaveTried',
    ]);
  });

  it('refuses a second translation of the same entry', () => {
    expect(translateData([study], [{ id: 'a-2020' }, { id: 'a-2020' }], STUDIES_SPEC).problems).toEqual([
      'entry 2 (a-2020): a second translation of the same English entry; keep one',
    ]);
  });

  it('finds an update by its date, kind and page (dates as YAML reads them)', () => {
    const update = { id: 'entry 1', date: new Date('2026-12-04'), kind: 'change', page: '/urgent-help/', title: 'Urgent help', text: 'Now lists.' };
    const ok = translateData(
      [update],
      [
        {
          date: new Date('2026-12-04'),
          kind: 'change',
          page: '/urgent-help/',
          translates: englishFingerprint(update, ['title', 'text']),
          title: 'Ayuda urgente',
          text: 'Ahora enumera.',
        },
      ],
      UPDATES_SPEC,
    );
    expect(ok.problems).toEqual([]);
    expect(ok.entries[0]).toEqual({ ...update, title: 'Ayuda urgente', text: 'Ahora enumera.' });
    expect(
      translateData([update], [{ date: new Date('2026-12-05'), kind: 'change', page: '/urgent-help/', title: 'A', text: 'B' }], UPDATES_SPEC).problems,
    ).toEqual([
      'entry 1 (2026-12-05 change /urgent-help/): no entry of content/updates.yaml has this "date", "kind", "page"; copy "date", "kind", "page" exactly from the English entry it translates, or remove the entry',
    ]);
  });

  describe('an update records which English words it translates', () => {
    const update = { id: 'entry 1', date: new Date('2026-12-04'), kind: 'change', page: '/urgent-help/', title: 'Urgent help', text: 'Now lists.' };
    const key = { date: new Date('2026-12-04'), kind: 'change', page: '/urgent-help/' };
    const words = { title: 'Ayuda urgente', text: 'Ahora enumera.' };
    const fingerprint = englishFingerprint(update, ['title', 'text']);

    it('fingerprints the English title and text: 8 hex digits that change when either changes', () => {
      expect(fingerprint).toMatch(/^[0-9a-f]{8}$/);
      expect(englishFingerprint({ ...update, title: 'Urgent help now' }, ['title', 'text'])).not.toBe(fingerprint);
      expect(englishFingerprint({ ...update, text: 'Now lists all.' }, ['title', 'text'])).not.toBe(fingerprint);
    });

    it('refuses a translation that does not say what it translates, giving the line to add', () => {
      expect(translateData([update], [{ ...key, ...words }], UPDATES_SPEC).problems).toEqual([
        `entry 1 (2026-12-04 change /urgent-help/): "translates" is missing: it records which English words this entry translates. Check that its "title" and "text" say what the English entry's say now, then add the line translates: "${fingerprint}"`,
      ]);
      expect(translateData([update], [{ ...key, translates: 12345678, ...words }], UPDATES_SPEC).problems).toEqual([
        `entry 1 (2026-12-04 change /urgent-help/): "translates" must be the fingerprint in quotes, for example translates: "${fingerprint}"`,
      ]);
    });

    it('lists a translation of an English title or text that changed since as behind, and shows readers the English words until it is updated', () => {
      const changed = { ...update, title: 'Urgent help: the warning signs' };
      const result = translateData([changed], [{ ...key, translates: fingerprint, ...words }], UPDATES_SPEC);
      expect(result.problems).toEqual([]);
      expect(result.untranslated).toEqual([]);
      expect(result.entries).toEqual([changed]);
      expect(result.entries.map(langOfEntry), 'the English words, marked as English').toEqual(['en']);
      expect(result.behind).toEqual([
        `entry 1 (2026-12-04 change /urgent-help/): the English entry's "title" or "text" changed after this translation was made (it records translates: "${fingerprint}"). Translate them again from content/updates.yaml, then set translates: "${englishFingerprint(changed, ['title', 'text'])}". Until then readers see the English words.`,
      ]);
    });
  });
});
