/**
 * The content model. Everything an editor writes is validated here, with messages written for
 * editors rather than developers: each names the field and says what a correct value looks like.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseContentYaml } from './shared/content-files';
import { requiredText, strictFields } from './shared/schema';
import { studySchema } from './features/evidence/schema';
import { glossaryEntrySchema, spanishGlossaryEntrySchema } from './features/glossary/schema';
import { isoDate } from './features/review/dates';
import { MAX_REVIEW_INTERVAL_YEARS, TOPIC_IDS, tabTitleProblem } from './features/chrome/site';
import { en } from './features/i18n/en';
import { es } from './features/i18n/es';
import { pageTrialSchema } from './features/chrome/schema';
import { REQUIRED_IDENTIFIERS, SOURCE_KINDS, hasRequiredIdentifiers, mayBuildWithPendingIdentifiers } from './features/citations/sources';
import { trialSchema } from './features/trials/schema';
import { updateSchema } from './features/review/schema';
import { parseUpdatesYaml } from './features/review/updates';
import { existsSync } from 'node:fs';
import { readGlossary } from './features/glossary/entries';

const DATE_HINT = 'write it as YYYY-MM-DD, for example 2026-11-22';
/** A partial date as sources give them: a year, a month or a day. */
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const PUBLISHED_HINT = '"published" must be YYYY, YYYY-MM, YYYY-MM-DD (in quotes) or the word undated';

/** The summary under a page's heading must fit in a phone's first screen with the heading above it. */
const SUMMARY_MAX_LENGTH = 220;
/**
 * Sentences end with . ! or ? followed by a space and a capital (or the end); good enough for the
 * site's plain prose. "EE. UU." (the United States in Spanish) is one word, not two sentence ends.
 */
const sentenceCount = (text: string) =>
  text
    .trim()
    .replace(/\bEE\. ?UU\./g, 'EEUU')
    .split(/[.!?](?:\s+(?=[\p{Lu}¿¡"“(\d])|$)/u)
    .filter((part) => part.trim() !== '').length;

const reviewDate = (field: string) => z.date({ error: `"${field}" must be a date: ${DATE_HINT}` });

const description = () =>
  requiredText('description', 'give a one-sentence summary of the page for search results').max(160, {
    error: (issue) => `"description" is ${String(issue.input).length} characters long; keep it to 160 characters or fewer so search results show it whole`,
  });
const summary = () =>
  requiredText('summary', "write one or two plain sentences that answer the reader's main question; they are shown under the heading")
    .max(SUMMARY_MAX_LENGTH, {
      error: (issue) =>
        `"summary" is ${String(issue.input).length} characters long; keep it to ${SUMMARY_MAX_LENGTH} characters or fewer (one or two short sentences) so it fits on a phone's first screen`,
    })
    .refine((text) => sentenceCount(text) <= 2, {
      error: (issue) => `"summary" has ${sentenceCount(String(issue.input))} sentences; use one or two, and move the rest into the page`,
    });
const keywords = () => z.array(z.string().trim().min(1), { error: '"keywords" must be a list, for example [stem cell, MSC]' }).default([]);
/** Factual corrections made to the page, shown on it and gathered on the Corrections page. */
const corrections = () =>
  z
    .array(
      strictFields({
        date: z.date({ error: `each correction's "date" must be the day it was corrected: ${DATE_HINT}` }),
        text: requiredText('text', 'say in one or two plain sentences what the page said before and what it says now'),
      }),
      { error: '"corrections" must be a list such as [{ date: 2026-12-03, text: "We said … ; it is …" }]' },
    )
    .default([]);

/**
 * What a page and its translation must both satisfy: a browser tab title that fits (or a short title
 * to use instead), and review dates in order, at most MAX_REVIEW_INTERVAL_YEARS apart.
 */
function checkTitleAndReviewDates(
  page: { title: string; shortTitle?: string | undefined; lastReviewed: Date; nextReview: Date },
  siteName: string,
  ctx: z.RefinementCtx,
): void {
  const tabProblem = tabTitleProblem(page.title, siteName, page.shortTitle);
  if (tabProblem) ctx.addIssue({ code: 'custom', path: [page.shortTitle === undefined ? 'title' : 'shortTitle'], message: tabProblem });
  if (page.nextReview <= page.lastReviewed) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReview'],
      message: `"nextReview" (${isoDate(page.nextReview)}) must come after "lastReviewed" (${isoDate(page.lastReviewed)})`,
    });
  }
  const latest = new Date(page.lastReviewed);
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_REVIEW_INTERVAL_YEARS);
  if (page.nextReview > latest) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReview'],
      message: `"nextReview" (${isoDate(page.nextReview)}) is more than ${MAX_REVIEW_INTERVAL_YEARS} years after "lastReviewed"; review health information at least every ${MAX_REVIEW_INTERVAL_YEARS} years`,
    });
  }
}

const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/*.mdx' }),
  schema: strictFields(
    {
      title: requiredText('title', 'give the page a title; it becomes the heading at the top of the page'),
      description: description(),
      summary: summary(),
      topic: z.enum(TOPIC_IDS, { error: `"topic" must be one of: ${TOPIC_IDS.join(', ')}` }),
      order: z
        .number({ error: '"order" must be a whole number: the page\'s position within its topic (the overview is 1)' })
        .int({ error: '"order" must be a whole number' })
        .min(0, { error: '"order" cannot be negative' }),
      shortTitle: z.string({ error: '"shortTitle" must be text' }).trim().min(1).optional(),
      lastReviewed: reviewDate('lastReviewed'),
      nextReview: reviewDate('nextReview'),
      keywords: keywords(),
      glossary: z.boolean({ error: '"glossary" must be true or false' }).default(true),
      trials: z.array(pageTrialSchema, { error: '"trials" must be a list of trials' }).optional(),
      corrections: corrections(),
    },
    { note: 'check the spelling' },
  ).superRefine((page, ctx) => checkTitleAndReviewDates(page, en.siteName, ctx)),
});

/**
 * content/es/pages: the Spanish translations (the contract in README "Translate a page"). A page
 * has the same path as its English page, and takes its topic, order, glossary and trials from it;
 * `translatedFrom` is the English page's lastReviewed that it translates. That the English page
 * exists is checked where both collections are known (src/features/i18n/translations.ts).
 */
const pagesEs = defineCollection({
  loader: glob({ base: './content/es/pages', pattern: '**/*.mdx' }),
  schema: strictFields(
    {
      title: requiredText('title', "translate the English page's title"),
      description: description(),
      summary: summary(),
      shortTitle: z.string({ error: '"shortTitle" must be text' }).trim().min(1).optional(),
      lastReviewed: reviewDate('lastReviewed'),
      nextReview: reviewDate('nextReview'),
      keywords: keywords(),
      corrections: corrections(),
      translatedFrom: z.date({
        error: `"translatedFrom" must be the English page's "lastReviewed" date at the time you translated it: ${DATE_HINT}`,
      }),
    },
    { note: 'topic, order, glossary and trials come from the English page' },
  ).superRefine((page, ctx) => checkTitleAndReviewDates(page, es.siteName, ctx)),
});

/** A home page or a bare site address does not lead a reader to the source itself. */
function isBareHomePage(address: string): boolean {
  try {
    return new URL(address).pathname.replace(/\/+$/, '') === '';
  } catch {
    return false;
  }
}

const sources = defineCollection({
  loader: file('./content/sources.yaml', { parser: parseContentYaml }),
  schema: strictFields(
    {
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: '"id" must be lower-case words joined by hyphens, for example kamen-2022' }),
      kind: z.enum(SOURCE_KINDS, { error: `"kind" must be one of: ${SOURCE_KINDS.join(', ')}` }),
      title: requiredText('title', 'give the real title of the source, exactly as it is published'),
      authors: z.array(z.string().trim().min(1)).min(1).optional(),
      publisher: z.string().trim().min(1).optional(),
      // The message sits on both branches: for a string that fails the pattern, zod reports the
      // pattern's issue, not the union's.
      published: z.union([z.literal('undated'), z.string().regex(PARTIAL_DATE, { error: PUBLISHED_HINT })], { error: PUBLISHED_HINT }),
      /** Where it was published: a journal with volume and pages, a website, a newsletter. */
      publishedIn: z.string().trim().min(1).optional(),
      doi: z
        .string()
        .regex(/^10\.\d{4,9}\/\S+$/, { error: '"doi" must look like 10.1136/lupus-2022-000704 (without https://doi.org/)' })
        .optional(),
      pmid: z
        .string()
        .regex(/^\d{1,9}$/, { error: '"pmid" must be the PubMed number alone, in quotes, for example "35840225"' })
        .optional(),
      registry: z
        .string()
        .regex(/^NCT\d{8}$/, { error: '"registry" must be a ClinicalTrials.gov number such as NCT02633163' })
        .optional(),
      url: z.url({ protocol: /^https?$/, error: '"url" must be a full web address starting with https://' }).optional(),
      /** Shown to readers on the Sources page and in reference lists: only where sources disagree in a way that matters. */
      readerNote: z.string().trim().min(1).optional(),
      /** Why a paper's DOI or PubMed number is missing while an editor looks for it; never rendered, warned about on every build. */
      identifierNote: z.string().trim().min(1).optional(),
      /** For editors only (how the source was read, its reliability, fact-sheet keys). Never rendered. */
      editorNote: z.string().trim().min(1).optional(),
    },
    { what: 'source field', note: 'a "note" is now "editorNote", which readers never see, or "readerNote"' },
  ).superRefine((source, ctx) => {
    if (!source.authors && !source.publisher) {
      ctx.addIssue({ code: 'custom', path: ['authors'], message: `source "${source.id}" needs "authors" (a list) or "publisher"` });
    }
    // A reader must be able to reach the source itself: an identifier, or the address of the page itself.
    if (!source.doi && !source.pmid && !source.registry && (!source.url || isBareHomePage(source.url))) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: source.url
          ? `source "${source.id}" has only "url" ${source.url}, which is a home page; give the address of the source itself, or its "doi", "pmid" or "registry"`
          : `source "${source.id}" needs a way to find it: "doi", "pmid", "registry", or "url" with the address of the source itself (not a home page)`,
      });
    } else if (
      !hasRequiredIdentifiers({ ...source, url: source.url && !isBareHomePage(source.url) ? source.url : undefined }) &&
      !mayBuildWithPendingIdentifiers(source)
    ) {
      // A clinician opens the source itself: each kind has its own identifier (a paper its DOI and PubMed number).
      ctx.addIssue({
        code: 'custom',
        path: [
          source.kind === 'trial-registry'
            ? 'registry'
            : source.kind === 'journal-article' || source.kind === 'guideline'
              ? source.doi
                ? 'pmid'
                : 'doi'
              : 'url',
        ],
        message: `source "${source.id}" is a ${source.kind} and needs ${REQUIRED_IDENTIFIERS[source.kind]}${
          source.kind === 'journal-article' || source.kind === 'guideline'
            ? '; if one cannot be confirmed yet, say why in "identifierNote" (the build then lists it in a warning every time)'
            : ''
        }`,
      });
    }
  }),
});

const glossary = defineCollection({
  loader: file('./content/glossary.yaml', { parser: parseContentYaml }),
  schema: glossaryEntrySchema,
});

/**
 * content/es/glossary.yaml: the Spanish glossary, by the English entries' ids (their `related`
 * comes from the English entry). Until the file exists, there are no Spanish terms.
 */
const SPANISH_GLOSSARY = './content/es/glossary.yaml';
const glossaryEs = defineCollection({
  loader: existsSync(SPANISH_GLOSSARY) ? file(SPANISH_GLOSSARY, { parser: parseContentYaml }) : { name: 'no-spanish-glossary', load: async () => {} },
  schema: spanishGlossaryEntrySchema(() => new Set(readGlossary().map((entry) => entry.id))),
});

/** The evidence table: one entry per published study (content/studies.yaml); the schema is the evidence feature's. */
const studies = defineCollection({
  loader: file('./content/studies.yaml', { parser: parseContentYaml }),
  schema: studySchema,
});

/**
 * content/trials.yaml: registered cell therapy trials for lupus, shown by <TrialsTable /> and as
 * MedicalTrial structured data. Each entry says when and where its registry record was read,
 * because a trial's status changes and readers must see how old the information is.
 */
const trials = defineCollection({
  loader: file('./content/trials.yaml', { parser: parseContentYaml }),
  schema: trialSchema,
});

/**
 * content/updates.yaml: what changed, for the Updates page and its feed (new pages, trial status
 * changes, results checks); corrections come from the pages themselves.
 */
const updates = defineCollection({
  loader: file('./content/updates.yaml', { parser: parseUpdatesYaml }),
  schema: updateSchema,
});

export const collections = { pages, pagesEs, sources, glossary, glossaryEs, studies, trials, updates };
