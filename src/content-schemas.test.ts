import { SOURCE_KINDS } from './features/citations/sources';
// The schemas of src/content.config.ts: what an editor can get wrong in frontmatter,
// content/sources.yaml and content/glossary.yaml, and the message that tells them how to fix it.
import { describe, expect, it } from 'vitest';
import { collections } from './content.config';
import { schemaMessages, schemaParse } from './shared/testing/schema';
import { spanishGlossaryEntrySchema } from './features/glossary/schema';

const page = {
  title: 'Treatment for lupus nephritis',
  description: 'How lupus nephritis is treated.',
  summary: 'Medicines calm the inflammation and protect the kidneys. Most people take them for years.',
  topic: 'lupus-nephritis',
  order: 3,
  lastReviewed: new Date('2026-11-22'),
  nextReview: new Date('2027-11-22'),
};
const pageProblems = (changes: Record<string, unknown>) => schemaMessages(collections.pages, { ...page, ...changes });

describe('the pages schema', () => {
  it('accepts a complete page and fills in the defaults', () => {
    expect(schemaParse(collections.pages, page)).toMatchObject({ keywords: [], glossary: true });
  });

  it('accepts a description of exactly 160 characters', () => {
    expect(pageProblems({ description: 'x'.repeat(160) })).toEqual([]);
  });

  it('refuses a page without a summary, saying what a summary is for', () => {
    const { summary: _, ...withoutSummary } = page;
    expect(schemaMessages(collections.pages, withoutSummary)).toEqual([
      'summary: "summary" is missing or is not text: write one or two plain sentences that answer the reader\'s main question; they are shown under the heading',
    ]);
  });

  it('refuses a summary over 220 characters, and accepts exactly 220', () => {
    expect(pageProblems({ summary: 'x'.repeat(221) })).toEqual([
      'summary: "summary" is 221 characters long; keep it to 220 characters or fewer (one or two short sentences) so it fits on a phone\'s first screen',
    ]);
    expect(pageProblems({ summary: 'x'.repeat(220) })).toEqual([]);
  });

  it('refuses a summary of three sentences, and accepts two ending in ! or ?', () => {
    expect(pageProblems({ summary: 'One. Two. Three.' })).toEqual(['summary: "summary" has 3 sentences; use one or two, and move the rest into the page']);
    expect(pageProblems({ summary: 'Is it safe? So far, yes!' })).toEqual([]);
  });

  it('refuses an empty title', () => {
    expect(pageProblems({ title: '  ' })).toEqual(['title: "title" is empty: give the page a title; it becomes the heading at the top of the page']);
  });

  it('refuses an unknown topic and lists the allowed ones', () => {
    expect(pageProblems({ topic: 'kidneys' })).toEqual(['topic: "topic" must be one of: stromal-cell-therapy, trial-history, lupus-nephritis, about']);
  });

  it('refuses an order that is not a whole number or is negative', () => {
    expect(pageProblems({ order: 'first' })).toEqual(['order: "order" must be a whole number: the page\'s position within its topic (the overview is 1)']);
    expect(pageProblems({ order: 1.5 })).toEqual(['order: "order" must be a whole number']);
    expect(pageProblems({ order: -1 })).toEqual(['order: "order" cannot be negative']);
  });

  it('refuses a review date that is not a date', () => {
    expect(pageProblems({ lastReviewed: 'last week' })).toEqual([
      'lastReviewed: "lastReviewed" must be a date: write it as YYYY-MM-DD, for example 2026-11-22',
    ]);
  });

  it('refuses a next review on the same day as the last', () => {
    expect(pageProblems({ nextReview: page.lastReviewed })).toEqual(['nextReview: "nextReview" (2026-11-22) must come after "lastReviewed" (2026-11-22)']);
  });

  it('refuses a next review more than three years after the last, and accepts exactly three', () => {
    expect(pageProblems({ nextReview: new Date('2029-11-23') })).toEqual([
      'nextReview: "nextReview" (2029-11-23) is more than 3 years after "lastReviewed"; review health information at least every 3 years',
    ]);
    expect(pageProblems({ nextReview: new Date('2029-11-22') })).toEqual([]);
  });

  it('refuses a misspelt field and lists the allowed ones', () => {
    expect(pageProblems({ titel: 'x' })).toEqual([
      ': unknown field(s) "titel": allowed are title, description, summary, topic, order, shortTitle, lastReviewed, nextReview, keywords, glossary, trials, corrections (check the spelling)',
    ]);
  });

  it('takes corrections as dated sentences and refuses one without a date or text', () => {
    expect(pageProblems({ corrections: [{ date: new Date('2026-12-03'), text: 'We said X; it is Y.' }] })).toEqual([]);
    expect(pageProblems({ corrections: [{ text: 'We said X.' }] })).toEqual([
      `corrections.0.date: each correction's "date" must be the day it was corrected: write it as YYYY-MM-DD, for example 2026-11-22`,
    ]);
    expect(pageProblems({ corrections: [{ date: new Date('2026-12-03'), text: ' ' }] })[0]).toContain('"text" is empty');
  });

  it('refuses keywords written as one string', () => {
    expect(pageProblems({ keywords: 'stem cell' })).toEqual(['keywords: "keywords" must be a list, for example [stem cell, MSC]']);
  });

  it('refuses glossary set to anything but true or false', () => {
    expect(pageProblems({ glossary: 'no' })).toEqual(['glossary: "glossary" must be true or false']);
  });

  describe('trials', () => {
    const trial = { identifier: 'NCT02633163', phase: 'Phase II', sponsor: 'Medical University of South Carolina', status: ['Completed'] };

    it('accepts a trial with several statuses when the sources disagree', () => {
      expect(pageProblems({ trials: [{ ...trial, status: ['Completed', 'Terminated'] }] })).toEqual([]);
    });

    it('refuses an identifier that is not an NCT number', () => {
      expect(pageProblems({ trials: [{ ...trial, identifier: 'NCT123' }] })).toEqual([
        'trials.0.identifier: "identifier" must be the ClinicalTrials.gov number, for example NCT02633163',
      ]);
    });

    it('refuses an unknown phase or status and lists the allowed ones', () => {
      expect(pageProblems({ trials: [{ ...trial, phase: 'Phase 2' }] })).toEqual([
        'trials.0.phase: "phase" must be one of: Phase I, Phase I/II, Phase II, Phase III, Phase IV',
      ]);
      expect(pageProblems({ trials: [{ ...trial, status: ['Done'] }] })[0]).toMatch(
        /^trials\.0\.status\.0: each "status" must be one of: ActiveNotRecruiting, Completed, /,
      );
    });

    it('refuses a status that is not a list, or an empty list', () => {
      expect(pageProblems({ trials: [{ ...trial, status: 'Completed' }] })).toEqual(['trials.0.status: "status" must be a list, for example [Completed]']);
      expect(pageProblems({ trials: [{ ...trial, status: [] }] })).toEqual([
        'trials.0.status: "status" needs at least one value; list every status the sources give when they disagree',
      ]);
    });

    it('refuses a trial without a sponsor, and a misspelt trial field', () => {
      const { sponsor: _, ...withoutSponsor } = trial;
      expect(pageProblems({ trials: [withoutSponsor] })).toEqual([
        'trials.0.sponsor: "sponsor" is missing or is not text: the organization that runs the trial, for example Medical University of South Carolina',
      ]);
      expect(pageProblems({ trials: [{ ...trial, sponser: 'x' }] })).toEqual([
        'trials.0: unknown trial field(s) "sponser": allowed are identifier, name, alternateName, phase, sponsor, status',
      ]);
    });
  });
});

describe('the sources schema', () => {
  const source = {
    id: 'kamen-2022',
    kind: 'journal-article',
    title: 'A title',
    authors: ['Kamen DL'],
    published: '2022-07',
    doi: '10.1136/lupus-2022-000704',
    pmid: '12345678',
  };
  const sourceProblems = (changes: Record<string, unknown>) => schemaMessages(collections.sources, { ...source, ...changes });

  it('accepts a complete source, and a year, a month, a day or "undated" as its date', () => {
    for (const published of ['2022', '2022-07', '2022-07-15', 'undated']) expect(sourceProblems({ published })).toEqual([]);
  });

  it('refuses an id that is not lower-case words joined by hyphens', () => {
    expect(sourceProblems({ id: 'Kamen_2022' })).toEqual(['id: "id" must be lower-case words joined by hyphens, for example kamen-2022']);
  });

  it('refuses an unknown kind and lists the allowed ones', () => {
    expect(sourceProblems({ kind: 'blog' })).toEqual([`kind: "kind" must be one of: ${SOURCE_KINDS.join(', ')}`]);
    expect(SOURCE_KINDS).toEqual(expect.arrayContaining(['journal-article', 'guideline', 'drug-label', 'trial-registry', 'regulator-page', 'law']));
  });

  it('refuses a date in another format', () => {
    expect(sourceProblems({ published: 'July 2022' })).toEqual(['published: "published" must be YYYY, YYYY-MM, YYYY-MM-DD (in quotes) or the word undated']);
  });

  it('refuses a DOI written as a web address, a registry id that is not an NCT number, and a URL without https', () => {
    expect(sourceProblems({ doi: 'https://doi.org/10.1136/x' })).toEqual(['doi: "doi" must look like 10.1136/lupus-2022-000704 (without https://doi.org/)']);
    expect(sourceProblems({ registry: '02633163' })).toEqual(['registry: "registry" must be a ClinicalTrials.gov number such as NCT02633163']);
    expect(sourceProblems({ url: 'ftp://example.org/x' })).toEqual(['url: "url" must be a full web address starting with https://']);
  });

  it('refuses a source with neither authors nor publisher', () => {
    const { authors: _, ...withoutAuthors } = source;
    expect(schemaMessages(collections.sources, withoutAuthors)).toEqual(['authors: source "kamen-2022" needs "authors" (a list) or "publisher"']);
  });

  it('refuses a source with no way to find it, whatever "publishedIn" says', () => {
    const { doi: _, pmid: __, ...withoutDoi } = source;
    const noWay =
      'url: source "kamen-2022" needs a way to find it: "doi", "pmid", "registry", or "url" with the address of the source itself (not a home page)';
    expect(schemaMessages(collections.sources, withoutDoi)).toEqual([noWay]);
    expect(schemaMessages(collections.sources, { ...withoutDoi, publishedIn: 'Lupus Sci Med 2022;9:e000704' })).toEqual([noWay]);
  });

  it('accepts each kind with the identifier a clinician needs to open it', () => {
    const { doi: _, pmid: __, ...bare } = source;
    for (const way of [
      { kind: 'organisation-page', pmid: '35840225' },
      { kind: 'trial-registry', registry: 'NCT02633163' },
      { kind: 'regulator-page', url: 'https://www.fda.gov/news-events/press-announcements/some-announcement' },
      { kind: 'drug-label', url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=x' },
      { kind: 'conference-abstract', url: 'https://acrabstracts.org/abstract/x/' },
    ]) {
      expect(schemaMessages(collections.sources, { ...bare, ...way }), way.kind).toEqual([]);
    }
    expect(sourceProblems({ pmid: 'PMID 35840225' })).toEqual(['pmid: "pmid" must be the PubMed number alone, in quotes, for example "35840225"']);
  });

  it('refuses a journal article without its PubMed number unless the gap is explained, and a registry record without its number', () => {
    const { pmid: _, ...withoutPmid } = source;
    expect(schemaMessages(collections.sources, withoutPmid)).toEqual([
      'pmid: source "kamen-2022" is a journal-article and needs both "doi" and "pmid" (the PubMed number); if one cannot be confirmed yet, say why in "identifierNote" (the build then lists it in a warning every time)',
    ]);
    expect(schemaMessages(collections.sources, { ...withoutPmid, identifierNote: 'PubMed number not confirmed yet' })).toEqual([]);
    expect(sourceProblems({ kind: 'trial-registry', url: 'https://clinicaltrials.gov/study/NCT02633163' })).toEqual([
      'registry: source "kamen-2022" is a trial-registry and needs "registry" (the ClinicalTrials.gov number, NCT…)',
    ]);
  });

  it('refuses a source whose only address is a home page', () => {
    const { doi: _, pmid: __, ...withoutDoi } = source;
    for (const url of ['https://www.fda.gov', 'https://www.fda.gov/']) {
      expect(schemaMessages(collections.sources, { ...withoutDoi, url })).toEqual([
        `url: source "kamen-2022" has only "url" ${url}, which is a home page; give the address of the source itself, or its "doi", "pmid" or "registry"`,
      ]);
    }
  });

  it('refuses a source without a date', () => {
    const { published: _, ...withoutDate } = source;
    expect(schemaMessages(collections.sources, withoutDate)).toEqual([
      'published: "published" must be YYYY, YYYY-MM, YYYY-MM-DD (in quotes) or the word undated',
    ]);
  });

  it('accepts a note for readers and one for editors, and refuses the old "note", naming its replacements', () => {
    expect(sourceProblems({ readerNote: 'Sources differ on the number of participants.', editorNote: 'Read in full on PubMed Central.' })).toEqual([]);
    expect(sourceProblems({ note: 'x' })).toEqual([
      ': unknown source field(s) "note": allowed are id, kind, title, authors, publisher, published, publishedIn, doi, pmid, registry, url, readerNote, identifierNote, editorNote (a "note" is now "editorNote", which readers never see, or "readerNote")',
    ]);
  });
});

describe('the glossary schema', () => {
  const entry = { id: 'lupus-nephritis', term: 'lupus nephritis', abbr: 'LN', definition: 'Kidney inflammation caused by lupus.' };

  it('accepts an entry and fills in empty aliases and related lists', () => {
    expect(schemaParse(collections.glossary, entry)).toMatchObject({ aliases: [], related: [] });
  });

  it('refuses an entry without a definition, saying what a good one is', () => {
    expect(schemaMessages(collections.glossary, { ...entry, definition: '' })).toEqual([
      'definition: "definition" is empty: explain the term in one to three short, plain sentences',
    ]);
  });

  it('refuses an id that cannot be an anchor', () => {
    expect(schemaMessages(collections.glossary, { ...entry, id: 'Lupus Nephritis' })).toEqual([
      'id: "id" must be lower-case words joined by hyphens, for example lupus-nephritis',
    ]);
  });
});

describe('the Spanish pages schema (content/es/pages)', () => {
  const translation = {
    title: 'Tratamiento de la nefritis lúpica',
    description: 'Cómo se trata la nefritis lúpica.',
    summary: 'Los medicamentos calman la inflamación y protegen los riñones. La mayoría de las personas los toman durante años.',
    lastReviewed: new Date('2026-11-22'),
    nextReview: new Date('2027-11-22'),
    translatedFrom: new Date('2026-11-22'),
  };
  const problems = (changes: Record<string, unknown>) => schemaMessages(collections.pagesEs, { ...translation, ...changes });

  it('accepts a translation with the date of the English version it translates', () => {
    expect(schemaParse(collections.pagesEs, translation)).toMatchObject({ keywords: [], corrections: [] });
  });

  it("asks for translatedFrom, the English page's lastReviewed when it was translated", () => {
    expect(problems({ translatedFrom: undefined })).toEqual([
      'translatedFrom: "translatedFrom" must be the English page\'s "lastReviewed" date at the time you translated it: write it as YYYY-MM-DD, for example 2026-11-22',
    ]);
  });

  it('refuses the fields that come from the English page, naming where they come from', () => {
    expect(problems({ topic: 'lupus-nephritis' })).toEqual([
      ': unknown field(s) "topic": allowed are title, description, summary, shortTitle, lastReviewed, nextReview, keywords, corrections, translatedFrom (topic, order, glossary and trials come from the English page)',
    ]);
  });

  it('counts "EE. UU." as one word, not as the end of a sentence, in the summary', () => {
    expect(problems({ summary: 'Se probó en EE. UU. con pocas personas. No está aprobada.' })).toEqual([]);
    expect(problems({ summary: 'Una. Dos. Tres.' })).toEqual(['summary: "summary" has 3 sentences; use one or two, and move the rest into the page']);
  });
});

describe('the Spanish glossary schema (content/es/glossary.yaml)', () => {
  it('accepts an entry whose id is in the English glossary, without "related"', () => {
    const schema = spanishGlossaryEntrySchema(() => new Set(['lupus-nephritis']));
    expect(schema.safeParse({ id: 'lupus-nephritis', term: 'nefritis lúpica', definition: 'Daño de los riñones causado por el lupus.' }).success).toBe(true);
  });

  it('refuses an id the English glossary does not have, saying which file to match', () => {
    const schema = spanishGlossaryEntrySchema(() => new Set(['lupus-nephritis']));
    expect(schemaMessages({ schema }, { id: 'nefritis', term: 'nefritis', definition: 'Inflamación del riñón.' })).toEqual([
      'id: "id" nefritis is not in content/glossary.yaml: use the id of the English entry this term translates (the English term is shown beside it)',
    ]);
    expect(schemaMessages({ schema }, { id: 'lupus-nephritis', term: 'nefritis lúpica', definition: 'Daño.', related: ['lupus'] })).toEqual([
      ': unknown field(s) "related": allowed are id, term, plural, abbr, aliases, definition ("related" comes from the English entry)',
    ]);
  });
});
