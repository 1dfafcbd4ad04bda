import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { duplicateSources, hasRequiredIdentifiers, mayBuildWithPendingIdentifiers, pendingIdentifiers } from './sources';

const entry = (id: string, extra: Record<string, string> = {}) => ({ id, kind: 'journal-article', title: `Title of ${id}`, published: '2024', ...extra });

describe('sources', () => {
  it('has no two entries for one document in content/sources.yaml', () => {
    const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as Parameters<typeof duplicateSources>[0];
    expect(duplicateSources(sources)).toEqual([]);
  });

  it('finds two entries that share a DOI, a PubMed number, an address, or a title in one year', () => {
    expect(duplicateSources([entry('a', { doi: '10.1/X' }), entry('b', { doi: '10.1/x' })])).toEqual(['"a" and "b" share the DOI 10.1/x']);
    expect(duplicateSources([entry('a', { pmid: '123' }), entry('b', { pmid: '123' })])).toHaveLength(1);
    expect(duplicateSources([entry('a', { url: 'https://www.fda.gov/x/' }), entry('b', { url: 'http://fda.gov/x' })])).toHaveLength(1);
    expect(
      duplicateSources([
        { ...entry('a'), title: 'Lupus: a review.' },
        { ...entry('b'), title: 'LUPUS — a review' },
      ]),
    ).toHaveLength(1);
  });

  it('keeps apart different documents, and the same title in different years', () => {
    expect(duplicateSources([entry('a', { doi: '10.1/a' }), entry('b', { doi: '10.1/b' })])).toEqual([]);
    expect(
      duplicateSources([
        { ...entry('a'), title: 'Update' },
        { ...entry('b'), title: 'Update', published: '2025' },
      ]),
    ).toEqual([]);
  });

  it('asks each kind of source for the identifier a clinician needs to open it', () => {
    expect(hasRequiredIdentifiers({ kind: 'journal-article', doi: '10.1/a', pmid: '1' })).toBe(true);
    expect(hasRequiredIdentifiers({ kind: 'journal-article', doi: '10.1/a' })).toBe(false);
    expect(hasRequiredIdentifiers({ kind: 'journal-article', pmid: '1', url: 'https://example.org/paper' })).toBe(false);
    expect(hasRequiredIdentifiers({ kind: 'guideline', url: 'https://kdigo.org/guidelines/lupus-nephritis/' })).toBe(true);
    expect(hasRequiredIdentifiers({ kind: 'guideline', doi: '10.1/a' })).toBe(false);
    expect(hasRequiredIdentifiers({ kind: 'trial-registry', url: 'https://clinicaltrials.gov/study/NCT02633163' })).toBe(false);
    expect(hasRequiredIdentifiers({ kind: 'trial-registry', registry: 'NCT02633163' })).toBe(true);
    expect(hasRequiredIdentifiers({ kind: 'drug-label', pmid: '1' })).toBe(false);
    expect(hasRequiredIdentifiers({ kind: 'drug-label', url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=x' })).toBe(true);
  });
});

describe('papers whose identifiers are still being looked for', () => {
  const paper = { id: 'p', kind: 'journal-article' as const, doi: '10.1/a' };

  it('build only with a reason and a way to reach the paper', () => {
    expect(mayBuildWithPendingIdentifiers(paper)).toBe(false);
    expect(mayBuildWithPendingIdentifiers({ ...paper, identifierNote: 'PubMed number not confirmed yet' })).toBe(true);
    expect(mayBuildWithPendingIdentifiers({ kind: 'journal-article', identifierNote: 'not found' })).toBe(false);
    expect(mayBuildWithPendingIdentifiers({ kind: 'trial-registry', url: 'https://example.org/x', identifierNote: 'not found' })).toBe(false);
  });

  it('are listed with what is missing and why, and a complete paper is not', () => {
    expect(
      pendingIdentifiers([
        { ...paper, identifierNote: 'not confirmed' },
        { id: 'q', kind: 'journal-article', url: 'https://journal.example/q', identifierNote: 'neither found' },
        { id: 'r', kind: 'journal-article', doi: '10.1/r', pmid: '1', identifierNote: 'stale note' },
      ]),
    ).toEqual(['p: no "pmid" (not confirmed)', 'q: no "doi" and "pmid" (neither found)']);
  });

  it('in content/sources.yaml all say why', () => {
    const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as (Parameters<typeof hasRequiredIdentifiers>[0] & {
      id: string;
      identifierNote?: string;
    })[];
    for (const source of sources) if (!hasRequiredIdentifiers(source)) expect(mayBuildWithPendingIdentifiers(source), source.id).toBe(true);
  });
});
