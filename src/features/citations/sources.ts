import { keysOf } from '../../shared/keys';

/** Kinds of source, in the order the sources page groups them, with their group headings. */
export const SOURCE_KIND_LABELS = {
  'journal-article': 'Journal articles',
  'trial-registry': 'Trial registry records',
  'conference-abstract': 'Conference abstracts',
  guideline: 'Clinical guidelines',
  'drug-label': 'Medicine labels (prescribing information)',
  'regulator-page': 'Government and regulator pages',
  law: 'Laws and regulations',
  'organisation-page': 'Pages from organizations',
  news: 'News and announcements',
} as const;

export type SourceKind = keyof typeof SOURCE_KIND_LABELS;
export const SOURCE_KINDS = /* @__PURE__ */ keysOf(SOURCE_KIND_LABELS);

/** The address a reader can follow to a source: its own URL, else its DOI, else its PubMed record, else its registry record. */
export function sourceHref(source: {
  url?: string | undefined;
  doi?: string | undefined;
  pmid?: string | undefined;
  registry?: string | undefined;
}): string | undefined {
  if (source.url) return source.url;
  if (source.doi) return `https://doi.org/${source.doi}`;
  if (source.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`;
  if (source.registry) return `https://clinicaltrials.gov/study/${source.registry}`;
  return undefined;
}

/** What a source of each kind must carry so that a clinician can open the source itself. */
export const REQUIRED_IDENTIFIERS: Readonly<Record<SourceKind, string>> = {
  'journal-article': 'both "doi" and "pmid" (the PubMed number)',
  guideline: 'both "doi" and "pmid" when it is published in a journal, otherwise "url" with the address of the guideline itself',
  'conference-abstract': '"doi" or "url" with the address of the abstract itself',
  'trial-registry': '"registry" (the ClinicalTrials.gov number, NCT…)',
  'drug-label': '"url" with the address of the current label (DailyMed or accessdata.fda.gov)',
  'regulator-page': '"url" with the address of the page itself',
  law: '"url" with the address of the law or regulation itself',
  'organisation-page': '"url" with the address of the page itself, or a "doi" or "pmid"',
  news: '"url" with the address of the item itself',
};

interface Identified {
  kind: SourceKind;
  doi?: string | undefined;
  pmid?: string | undefined;
  registry?: string | undefined;
  /** A url that leads to the source itself (not a home page); the schema decides that. */
  url?: string | undefined;
}

/** True when a source carries what its kind requires (REQUIRED_IDENTIFIERS). */
export function hasRequiredIdentifiers(source: Identified): boolean {
  switch (source.kind) {
    case 'journal-article':
      return Boolean(source.doi && source.pmid);
    case 'guideline':
      return Boolean((source.doi && source.pmid) || (!source.doi && !source.pmid && source.url));
    case 'conference-abstract':
      return Boolean(source.doi || source.url);
    case 'trial-registry':
      return Boolean(source.registry);
    case 'organisation-page':
      return Boolean(source.url || source.doi || source.pmid);
    default:
      return Boolean(source.url);
  }
}

interface Comparable {
  id: string;
  title: string;
  published: string;
  doi?: string | undefined;
  pmid?: string | undefined;
  registry?: string | undefined;
  url?: string | undefined;
  kind: string;
}

/** An address reduced to what identifies the document: no scheme, no "www.", no trailing slash, no fragment. */
const addressKey = (url: string): string =>
  url
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '');

/** A title reduced to its letters and digits, so punctuation and case do not hide a duplicate. */
const titleKey = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Pairs of entries that describe one document: the same DOI, PubMed number, registry record (for
 * registry entries), address, or the same title in the same year. Each pair names both ids and what
 * they share, so an editor can merge them.
 */
export function duplicateSources(sources: readonly Comparable[]): string[] {
  const seen = new Map<string, string>();
  const found: string[] = [];
  for (const source of sources) {
    const keys: [string, string | undefined][] = [
      ['DOI', source.doi?.toLowerCase()],
      ['PubMed number', source.pmid],
      ['registry record', source.kind === 'trial-registry' ? source.registry : undefined],
      ['address', source.url && addressKey(source.url)],
      ['title and year', `${titleKey(source.title)} (${source.published.slice(0, 4)})`],
    ];
    for (const [what, value] of keys) {
      if (!value) continue;
      const key = `${what}: ${value}`;
      const first = seen.get(key);
      if (first && first !== source.id) found.push(`"${first}" and "${source.id}" share the ${what} ${value}`);
      else seen.set(key, source.id);
    }
  }
  return found;
}

/** The kinds whose missing DOI or PubMed number may be acknowledged, with a reason, while an editor looks for it. */
const MAY_BE_PENDING: readonly SourceKind[] = ['journal-article', 'guideline'];

/**
 * Whether a source without everything its kind requires may still build: only a paper or guideline
 * that has at least one way to reach it (a DOI, a PubMed number, or the address of the article
 * itself) and an `identifierNote` saying why the rest is missing. Such sources are listed in a
 * warning on every build (pendingIdentifiers), so the gap is never silent.
 */
export function mayBuildWithPendingIdentifiers(source: Identified & { identifierNote?: string | undefined }): boolean {
  return MAY_BE_PENDING.includes(source.kind) && Boolean(source.identifierNote) && Boolean(source.doi || source.pmid || source.url);
}

/** Each source that builds without all its identifiers, with what is missing and why, for the build's warning. */
export function pendingIdentifiers(sources: readonly (Identified & { id: string; identifierNote?: string | undefined })[]): string[] {
  return sources
    .filter((source) => source.identifierNote && !hasRequiredIdentifiers(source))
    .map((source) => {
      const missing = [source.doi ? undefined : '"doi"', source.pmid ? undefined : '"pmid"'].filter(Boolean).join(' and ');
      return `${source.id}: no ${missing} (${source.identifierNote})`;
    });
}
