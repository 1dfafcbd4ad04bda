/**
 * JSON-LD (schema.org) for a page, built only from its frontmatter and the site structure, so the
 * structured data cannot drift from the visible page: the title, description, review date and
 * breadcrumbs are the ones the layout renders, and trial facts come from the `trials` frontmatter
 * that the page's text states with sources. tests/structured-data-*.spec.ts checks both ends.
 */
import { isoDate } from '../review/dates';
import { SITE_NAME, type TopicId } from './site';
import { DEFAULT_LOCALE, splitLocale, type Locale } from '../../shared/paths.ts';
import { TRIAL_STATUS_WORDS_IN, type TrialStatus, type TrialData } from './schema';
import { DICTIONARIES } from '../i18n/dictionary';

/** The condition a topic is about. Every page of the topic is `about` it. Facts: FACTS.md §6. */
export const TOPIC_CONDITIONS: Partial<Record<TopicId, { name: string; description: string; anatomy: string }>> = {
  'lupus-nephritis': {
    name: 'Lupus nephritis',
    description: 'Inflammation of the kidneys caused by systemic lupus erythematosus (SLE).',
    anatomy: 'Kidney',
  },
};

/** Topics whose pages are about the site rather than health: plain WebPage, not MedicalWebPage. */
const NON_HEALTH_TOPICS: ReadonlySet<TopicId> = new Set(['about']);

export interface StructuredDataInput {
  /** Site path without the base, e.g. "/trial-history/". */
  path: string;
  title: string;
  description: string;
  topic: TopicId;
  lastReviewed: Date;
  trials?: StructuredTrial[] | undefined;
  /** Home › … › this page, as the visible breadcrumbs show it (site paths). */
  trail: ReadonlyArray<{ label: string; href: string }>;
  /** Site path -> absolute public URL (canonical form, with the base path). */
  absolute: (path: string) => string;
  /** The page's language (English when absent): its inLanguage. */
  locale?: Locale | undefined;
}

/**
 * A trial as the structured data gives it: a page's frontmatter trial, or one of content/trials.yaml
 * whose status is left out when its record is too old to vouch for it (trials/trials.ts).
 */
export type StructuredTrial = Omit<TrialData, 'status'> & { status?: TrialData['status'] | undefined };

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The home page is the site's front door with health facts on it, so it counts as a health page. */
export function isHealthPage(input: Pick<StructuredDataInput, 'path' | 'topic'>): boolean {
  return splitLocale(input.path).path === '/' || !NON_HEALTH_TOPICS.has(input.topic);
}

export function trialStatus(statuses: readonly TrialStatus[], locale: Locale = DEFAULT_LOCALE): string {
  if (statuses.length === 1) return `https://schema.org/${statuses[0]}`;
  // Registry copies disagree (FACTS X11): say so in text, in the page's language, instead of asserting one of them.
  return DICTIONARIES[locale].sourcesDisagree(statuses.map((s) => TRIAL_STATUS_WORDS_IN[locale][s]).join('; '));
}

export function pageStructuredData(input: StructuredDataInput): { [key: string]: Json } {
  const url = input.absolute(input.path);
  const home = input.absolute('/');
  const about: Json[] = [];

  const condition = TOPIC_CONDITIONS[input.topic];
  if (condition) {
    about.push({
      '@type': 'MedicalCondition',
      '@id': `${input.absolute(`/${input.topic}/`)}#condition`,
      name: condition.name,
      description: condition.description,
      associatedAnatomy: { '@type': 'AnatomicalStructure', name: condition.anatomy },
    });
  }
  for (const trial of input.trials ?? []) {
    about.push({
      '@type': 'MedicalTrial',
      '@id': `${url}#${trial.identifier}`,
      name: trial.name ?? input.title,
      ...(trial.alternateName ? { alternateName: trial.alternateName } : {}),
      identifier: { '@type': 'PropertyValue', propertyID: 'ClinicalTrials.gov', value: trial.identifier },
      url: `https://clinicaltrials.gov/study/${trial.identifier}`,
      phase: DICTIONARIES[input.locale ?? DEFAULT_LOCALE].trialPhase(trial.phase),
      ...(trial.status?.length ? { status: trialStatus(trial.status, input.locale) } : {}),
      sponsor: { '@type': 'Organization', name: trial.sponsor },
      healthCondition: { '@type': 'MedicalCondition', name: 'Systemic lupus erythematosus' },
    });
  }

  const graph: Json[] = [
    { '@type': 'WebSite', '@id': `${home}#website`, name: SITE_NAME, url: home, inLanguage: 'en' },
    {
      '@type': isHealthPage(input) ? 'MedicalWebPage' : 'WebPage',
      '@id': `${url}#webpage`,
      url,
      name: input.title,
      description: input.description,
      inLanguage: input.locale ?? DEFAULT_LOCALE,
      isPartOf: { '@id': `${home}#website` },
      lastReviewed: isoDate(input.lastReviewed),
      ...(isHealthPage(input) ? { audience: { '@type': 'PeopleAudience', audienceType: 'Patients and families' } } : {}),
      ...(input.trail.length > 1 ? { breadcrumb: { '@id': `${url}#breadcrumb` } } : {}),
      ...(about.length ? { about } : {}),
    },
  ];
  if (input.trail.length > 1) {
    graph.push({
      '@type': 'BreadcrumbList',
      '@id': `${url}#breadcrumb`,
      itemListElement: input.trail.map((link, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: link.label,
        item: input.absolute(link.href),
      })),
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** A <script type="application/ld+json"> element. "<" is escaped so text can never close the tag. */
export function jsonLdScript(data: Json): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">${json}</script>`;
}
