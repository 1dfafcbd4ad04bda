/**
 * The translated words of a data file (content/es/studies.yaml, trials.yaml, updates.yaml) laid
 * over its English entries. The English file stays the source of every fact: a translation holds
 * only the fields its contract allows (the header comment of each file), with the same shape as
 * the English entry: same keys, lists of the same length. Pure: the readers (data-files.ts) pass
 * the parsed files in, and get the merged entries, the problems (an error for the editor) and the
 * English entries without a translation (a warning).
 */
import { createHash } from 'node:crypto';

/** What a translated field may be: words, a list of the same length, or an object of allowed fields. */
export type FieldShape = 'text' | { list: FieldShape } | { fields: Readonly<Record<string, FieldShape>> } | { anyOf: FieldShape };

export interface DataTranslationSpec {
  /** The English file, as content/… */
  englishFile: string;
  /** The translation, as content/<locale>/… */
  file: string;
  /** How an entry names its English entry (an id, or fields copied from it). */
  keyFields: readonly string[];
  /** The translated fields an entry may have, besides its key. */
  fields: Readonly<Record<string, FieldShape>>;
  /** English fields with this value are markers, never shown: the translation leaves them out. */
  notTranslated?: Readonly<Record<string, string>>;
  /**
   * Where the key does not change when the English words do (updates are keyed by date, kind and
   * page), each translation records which English words it translates: `field` holds the
   * fingerprint (englishFingerprint) of the English entry's `of` fields. A translation whose
   * fingerprint differs is behind, as a page whose `translatedFrom` is older than its English page.
   */
  version?: { field: string; of: readonly string[] };
}

export interface DataTranslation<T> {
  /** Every English entry, in English order, with its translated words where there are some. */
  entries: T[];
  /** Editor-worded problems: each names the entry and the fix. */
  problems: string[];
  /** The keys of English entries that have no translation yet. */
  untranslated: string[];
  /** Editor-worded lines, one per translation made from English words that have changed since (shown in English until updated). */
  behind: string[];
}

/** A short fingerprint of an English entry's words (8 hex digits of SHA-256), which a translation records to say what it translates. */
export const englishFingerprint = (entry: Entry, fields: readonly string[]): string =>
  createHash('sha256')
    .update(fields.map((field) => String(entry[field] ?? '')).join('\n'))
    .digest('hex')
    .slice(0, 8);

type Entry = Record<string, unknown>;

const keyText = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** An entry's key: "NCT06839976", or "2026-12-04 change /urgent-help/". */
export const entryKey = (entry: Entry, keyFields: readonly string[]): string => keyFields.map((field) => keyText(entry[field])).join(' ');

const fieldList = (fields: Readonly<Record<string, unknown>>) => Object.keys(fields).join(', ');

/**
 * Checks one translated value against its English value and shape; returns the merged value
 * (the translation where given, English elsewhere) and adds a problem for each mismatch.
 */
function merge(english: unknown, translated: unknown, shape: FieldShape, at: string, problems: string[]): unknown {
  if (translated === undefined) return english;
  if (english === undefined) {
    problems.push(`"${at}": the English entry has no such field, so there is nothing to translate; remove it`);
    return english;
  }
  if (shape === 'text') {
    if (typeof translated !== 'string' || translated.trim() === '') {
      problems.push(`"${at}" must be the translated words (text), not ${JSON.stringify(translated)}`);
      return english;
    }
    return translated;
  }
  if ('list' in shape) {
    if (!Array.isArray(translated) || !Array.isArray(english)) {
      problems.push(
        `"${at}" must be a list, one item for each of the English entry's ${Array.isArray(english) ? english.length : ''} items, in the same order`,
      );
      return english;
    }
    if (translated.length !== english.length) {
      problems.push(`"${at}" has ${translated.length} item(s) and the English has ${english.length}: translate each English item once, in the same order`);
      return english;
    }
    return english.map((item, index) => merge(item, translated[index], shape.list, `${at}[${index + 1}]`, problems));
  }
  if (typeof translated !== 'object' || translated === null || Array.isArray(translated) || typeof english !== 'object' || english === null) {
    problems.push(`"${at}" must be a group of fields, as in the English entry`);
    return english;
  }
  const source = english as Entry;
  const result: Entry = { ...source };
  for (const [key, value] of Object.entries(translated as Entry)) {
    const inner = 'anyOf' in shape ? shape.anyOf : shape.fields[key];
    if (!inner) {
      problems.push(
        `"${at}.${key}" is not a field a translation may have here: allowed are ${'fields' in shape ? fieldList(shape.fields) : 'the names under the English entry'}`,
      );
      continue;
    }
    result[key] = merge(source[key], value, inner, `${at}.${key}`, problems);
  }
  return result;
}

/** Entries translateData() gives in English for want of a current translation. */
const inEnglish = new WeakSet<object>();

/**
 * "en" for an entry a translated page shows in English (no translation, or one of older English
 * words), for the lang attribute of the elements showing its words; otherwise undefined.
 */
export const langOfEntry = (entry: object): 'en' | undefined => (inEnglish.has(entry) ? 'en' : undefined);

/** The English entries with the translation's words laid over them (see the module comment). */
export function translateData<T extends object>(english: readonly T[], translated: readonly Entry[], spec: DataTranslationSpec): DataTranslation<T> {
  const problems: string[] = [];
  const byKey = new Map<string, T>();
  for (const entry of english) byKey.set(entryKey(entry as Entry, spec.keyFields), entry);
  const keyName = spec.keyFields.map((field) => `"${field}"`).join(', ');
  const words = new Map<string, Entry>();
  const behind: string[] = [];
  const seen = new Set<string>();
  translated.forEach((entry, index) => {
    const key = entryKey(entry, spec.keyFields);
    const name = `entry ${index + 1} (${key})`;
    const own: string[] = [];
    if (!byKey.has(key)) {
      problems.push(
        `${name}: no entry of ${spec.englishFile} has this ${keyName}; copy ${keyName} exactly from the English entry it translates, or remove the entry`,
      );
      return;
    }
    if (seen.has(key)) {
      problems.push(`${name}: a second translation of the same English entry; keep one`);
      return;
    }
    seen.add(key);
    const source = byKey.get(key) as Entry;
    const allowed = [...spec.keyFields, ...(spec.version ? [spec.version.field] : []), ...Object.keys(spec.fields)];
    const { ...rest } = entry;
    for (const field of spec.keyFields) delete rest[field];
    let isBehind = false;
    if (spec.version) {
      const { field, of } = spec.version;
      const current = englishFingerprint(source, of);
      const recorded = rest[field];
      delete rest[field];
      const what = of.map((name) => `"${name}"`).join(' and ');
      if (recorded === undefined) {
        own.push(
          `"${field}" is missing: it records which English words this entry translates. Check that its ${what} say what the English entry's say now, then add the line ${field}: "${current}"`,
        );
      } else if (typeof recorded !== 'string') {
        own.push(`"${field}" must be the fingerprint in quotes, for example ${field}: "${current}"`);
      } else if (recorded !== current) {
        isBehind = true;
        behind.push(
          `${name}: the English entry's ${of.map((field) => `"${field}"`).join(' or ')} changed after this translation was made (it records ${field}: "${recorded}"). Translate them again from ${spec.englishFile}, then set ${field}: "${current}". Until then readers see the English words.`,
        );
      }
    }
    for (const field of Object.keys(rest)) {
      if (!allowed.includes(field)) {
        own.push(`"${field}" is not translated here (it comes from ${spec.englishFile}); remove it. Allowed fields: ${allowed.join(', ')}`);
        delete rest[field];
      } else if (spec.notTranslated?.[field] !== undefined && source[field] === spec.notTranslated[field]) {
        own.push(`"${field}": the English "${spec.notTranslated[field]}" is a marker, never shown; leave the field out`);
        delete rest[field];
      }
    }
    merge(source, rest, { fields: spec.fields }, 'entry', own);
    problems.push(...own.map((problem) => `${name}: ${problem.replace(/"entry\./g, '"')}`));
    // A translation of older English words is not shown: the reader gets today's English instead.
    if (!isBehind) words.set(key, rest);
  });
  const entries = english.map((entry) => {
    const key = entryKey(entry as Entry, spec.keyFields);
    const translation = words.get(key);
    if (translation) return merge(entry, translation, { fields: spec.fields }, 'entry', []) as T;
    // A copy, marked, so the page can say its words are English (lang="en"); the English object,
    // which English pages show, stays unmarked.
    const copy = { ...entry };
    inEnglish.add(copy);
    return copy;
  });
  const untranslated = english.map((entry) => entryKey(entry as Entry, spec.keyFields)).filter((key) => !seen.has(key));
  return { entries, problems, untranslated, behind };
}

const TEXT = 'text' as const;

/** content/es/studies.yaml: the words of the evidence table and of <StudyFact>. */
export const STUDIES_SPEC: DataTranslationSpec = {
  englishFile: 'content/studies.yaml',
  file: 'studies.yaml',
  keyFields: ['id'],
  fields: {
    title: TEXT,
    design: TEXT,
    blinding: TEXT,
    comparator: TEXT,
    cellSource: TEXT,
    dose: TEXT,
    followUp: TEXT,
    mainResult: TEXT,
    safety: TEXT,
    country: TEXT,
    figures: { anyOf: TEXT },
  },
  notTranslated: { comparator: 'None' },
};

/** content/es/trials.yaml: the words of the trial cards (the finder keeps the English facts). */
export const TRIALS_SPEC: DataTranslationSpec = {
  englishFile: 'content/trials.yaml',
  file: 'trials.yaml',
  keyFields: ['id'],
  fields: {
    locations: { list: { fields: { country: TEXT, city: TEXT } } },
    entry: { list: TEXT },
    who: { fields: { kidneyLimits: TEXT, mustHaveTried: TEXT } },
    asks: { list: TEXT },
    followUp: TEXT,
  },
};

/**
 * content/es/updates.yaml: the Updates page's and the feed's words; an entry names its English one by
 * date, kind and page, and records the fingerprint of the English title and text it translates.
 */
export const UPDATES_SPEC: DataTranslationSpec = {
  englishFile: 'content/updates.yaml',
  file: 'updates.yaml',
  keyFields: ['date', 'kind', 'page'],
  fields: { title: TEXT, text: TEXT },
  version: { field: 'translates', of: ['title', 'text'] },
};
