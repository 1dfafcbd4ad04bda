import { describe, expect, it } from 'vitest';
import { isHealthPage, jsonLdScript, pageStructuredData, trialStatus, type StructuredDataInput } from './structured-data';

const absolute = (path: string) => `https://example.org/lupus-msc${path}`;
const input: StructuredDataInput = {
  path: '/lupus-nephritis/treatment/',
  title: 'Treatment for lupus nephritis',
  description: 'How lupus nephritis is treated.',
  topic: 'lupus-nephritis',
  lastReviewed: new Date('2026-11-22'),
  trail: [
    { label: 'Home', href: '/' },
    { label: 'Lupus nephritis', href: '/lupus-nephritis/' },
    { label: 'Treatment', href: '/lupus-nephritis/treatment/' },
  ],
  absolute,
};

type Node = Record<string, unknown>;
const graph = (data: ReturnType<typeof pageStructuredData>) => data['@graph'] as Node[];
const ofType = (data: ReturnType<typeof pageStructuredData>, type: string) => graph(data).find((node) => node['@type'] === type);

describe('structured data', () => {
  it('describes a health page as a MedicalWebPage with its review date and audience, inside the WebSite', () => {
    const data = pageStructuredData(input);
    expect(data['@context']).toBe('https://schema.org');
    expect(ofType(data, 'WebSite')).toMatchObject({ '@id': 'https://example.org/lupus-msc/#website', url: 'https://example.org/lupus-msc/' });
    expect(ofType(data, 'MedicalWebPage')).toMatchObject({
      '@id': 'https://example.org/lupus-msc/lupus-nephritis/treatment/#webpage',
      url: 'https://example.org/lupus-msc/lupus-nephritis/treatment/',
      name: 'Treatment for lupus nephritis',
      description: 'How lupus nephritis is treated.',
      lastReviewed: '2026-11-22',
      isPartOf: { '@id': 'https://example.org/lupus-msc/#website' },
      audience: { '@type': 'PeopleAudience', audienceType: 'Patients and families' },
      breadcrumb: { '@id': 'https://example.org/lupus-msc/lupus-nephritis/treatment/#breadcrumb' },
    });
  });

  it('lists the visible breadcrumbs as a BreadcrumbList of absolute URLs', () => {
    expect(ofType(pageStructuredData(input), 'BreadcrumbList')).toMatchObject({
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/lupus-msc/' },
        { '@type': 'ListItem', position: 2, name: 'Lupus nephritis', item: 'https://example.org/lupus-msc/lupus-nephritis/' },
        { '@type': 'ListItem', position: 3, name: 'Treatment', item: 'https://example.org/lupus-msc/lupus-nephritis/treatment/' },
      ],
    });
  });

  it('says a lupus nephritis page is about the condition', () => {
    const page = ofType(pageStructuredData(input), 'MedicalWebPage')!;
    expect(page['about']).toEqual([
      {
        '@type': 'MedicalCondition',
        '@id': 'https://example.org/lupus-msc/lupus-nephritis/#condition',
        name: 'Lupus nephritis',
        description: 'Inflammation of the kidneys caused by systemic lupus erythematosus (SLE).',
        associatedAnatomy: { '@type': 'AnatomicalStructure', name: 'Kidney' },
      },
    ]);
  });

  it('describes each trial of the frontmatter as a MedicalTrial with its registry record', () => {
    const data = pageStructuredData({
      ...input,
      topic: 'trial-history',
      path: '/trial-history/phase-2-misle-trial/',
      trials: [
        { identifier: 'NCT02633163', alternateName: 'MiSLE', phase: 'Phase II', sponsor: 'Medical University of South Carolina', status: ['Completed'] },
      ],
    });
    expect(ofType(data, 'MedicalWebPage')!['about']).toEqual([
      {
        '@type': 'MedicalTrial',
        '@id': 'https://example.org/lupus-msc/trial-history/phase-2-misle-trial/#NCT02633163',
        name: 'Treatment for lupus nephritis',
        alternateName: 'MiSLE',
        identifier: { '@type': 'PropertyValue', propertyID: 'ClinicalTrials.gov', value: 'NCT02633163' },
        url: 'https://clinicaltrials.gov/study/NCT02633163',
        phase: 'Phase II',
        status: 'https://schema.org/Completed',
        sponsor: { '@type': 'Organization', name: 'Medical University of South Carolina' },
        healthCondition: { '@type': 'MedicalCondition', name: 'Systemic lupus erythematosus' },
      },
    ]);
  });

  it('gives a trial without a status (its record too old to vouch for one) no status at all', () => {
    const data = pageStructuredData({
      ...input,
      topic: 'stromal-cell-therapy',
      path: '/stromal-cell-therapy/trials-open-now/',
      trials: [{ identifier: 'NCT06839976', name: 'CART19 for lupus', phase: 'Phase I/II', sponsor: "Children's Hospital of Philadelphia" }],
    });
    const [trial] = ofType(data, 'MedicalWebPage')!['about'] as Record<string, unknown>[];
    expect(trial).toMatchObject({ '@type': 'MedicalTrial', name: 'CART19 for lupus' });
    expect(trial).not.toHaveProperty('status');
  });

  it('says in words that the sources disagree when a trial has several statuses', () => {
    expect(trialStatus(['Completed'])).toBe('https://schema.org/Completed');
    expect(trialStatus(['Completed', 'Terminated'])).toBe('Sources disagree: completed; terminated');
    expect(trialStatus(['Completed', 'ResultsAvailable'], 'es')).toBe('Las fuentes no coinciden: terminado; los resultados se publicaron');
  });

  it('makes pages about the site plain WebPages without audience, but keeps the home page a health page', () => {
    const about = pageStructuredData({ ...input, topic: 'about', path: '/about/privacy/' });
    expect(ofType(about, 'WebPage')).not.toHaveProperty('audience');
    expect(ofType(about, 'MedicalWebPage')).toBeUndefined();
    expect(isHealthPage({ path: '/', topic: 'about' })).toBe(true);
    expect(isHealthPage({ path: '/about/', topic: 'about' })).toBe(false);
  });

  it('gives the home page no breadcrumb list', () => {
    const home = pageStructuredData({ ...input, path: '/', topic: 'stromal-cell-therapy', trail: [] });
    expect(ofType(home, 'BreadcrumbList')).toBeUndefined();
    expect(ofType(home, 'MedicalWebPage')).not.toHaveProperty('breadcrumb');
  });

  it('escapes "<" in the JSON-LD script so no text can close the script element', () => {
    const script = jsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(script).toBe('<script type="application/ld+json">{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}</script>');
    expect(JSON.parse(script.slice(script.indexOf('>') + 1, -'</script>'.length))).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
