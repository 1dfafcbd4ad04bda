/** Kinds of source, in the order the sources page groups them, with their group headings. */
export const SOURCE_KIND_LABELS = {
  'journal-article': 'Journal articles',
  'trial-registry': 'Trial registry records',
  'conference-abstract': 'Conference abstracts',
  guideline: 'Clinical guidelines',
  'drug-label': 'Medicine labels (prescribing information)',
  'regulator-page': 'Government and regulator pages',
  law: 'Laws and regulations',
  'organisation-page': 'Pages from organisations',
  news: 'News and announcements',
} as const;

export type SourceKind = keyof typeof SOURCE_KIND_LABELS;
export const SOURCE_KINDS = Object.keys(SOURCE_KIND_LABELS) as [SourceKind, ...SourceKind[]];

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
