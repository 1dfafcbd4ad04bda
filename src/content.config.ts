/**
 * The content model. Everything an editor writes is validated here, with messages written for
 * editors rather than developers: each names the field and says what a correct value looks like.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { isoDate } from './lib/dates';
import { MAX_REVIEW_INTERVAL_YEARS, TOPIC_IDS } from './lib/site';
import { TRIAL_PHASES, TRIAL_STATUSES } from './lib/structured-data';
import { SOURCE_KINDS } from './lib/sources';

const DATE_HINT = 'write it as YYYY-MM-DD, for example 2026-11-22';
/** A partial date as sources give them: a year, a month or a day. */
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const PUBLISHED_HINT = '"published" must be YYYY, YYYY-MM, YYYY-MM-DD (in quotes) or the word undated';

const requiredText = (field: string, hint: string) =>
  z
    .string({ error: `"${field}" is missing or is not text: ${hint}` })
    .trim()
    .min(1, { error: `"${field}" is empty: ${hint}` });

const reviewDate = (field: string) => z.date({ error: `"${field}" must be a date: ${DATE_HINT}` });

/**
 * A clinical trial the page describes. It feeds the page's structured data (MedicalTrial), so every
 * value must also be stated, with its source, in the visible text of the page.
 */
const trial = z.strictObject(
  {
    identifier: z.string().regex(/^NCT\d{8}$/, { error: '"identifier" must be the ClinicalTrials.gov number, for example NCT02633163' }),
    name: z.string().trim().min(1).optional(),
    alternateName: z.string().trim().min(1).optional(),
    phase: z.enum(TRIAL_PHASES, { error: `"phase" must be one of: ${TRIAL_PHASES.join(', ')}` }),
    sponsor: requiredText('sponsor', 'the organisation that runs the trial, for example Medical University of South Carolina'),
    status: z
      .array(z.enum(TRIAL_STATUSES, { error: `each "status" must be one of: ${TRIAL_STATUSES.join(', ')}` }), {
        error: '"status" must be a list, for example [Completed]',
      })
      .min(1, { error: '"status" needs at least one value; list every status the sources give when they disagree' }),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown trial field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: allowed are identifier, name, alternateName, phase, sponsor, status` : undefined) },
);

const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/*.mdx' }),
  schema: z
    .strictObject(
      {
        title: requiredText('title', 'give the page a title; it becomes the heading at the top of the page'),
        description: requiredText('description', 'give a one-sentence summary of the page for search results').max(160, {
          error: (issue) =>
            `"description" is ${String(issue.input).length} characters long; keep it to 160 characters or fewer so search results show it whole`,
        }),
        topic: z.enum(TOPIC_IDS, { error: `"topic" must be one of: ${TOPIC_IDS.join(', ')}` }),
        order: z
          .number({ error: '"order" must be a whole number: the page\'s position within its topic (the overview is 1)' })
          .int({ error: '"order" must be a whole number' })
          .min(0, { error: '"order" cannot be negative' }),
        shortTitle: z.string({ error: '"shortTitle" must be text' }).trim().min(1).optional(),
        lastReviewed: reviewDate('lastReviewed'),
        nextReview: reviewDate('nextReview'),
        keywords: z.array(z.string().trim().min(1), { error: '"keywords" must be a list, for example [stem cell, MSC]' }).default([]),
        glossary: z.boolean({ error: '"glossary" must be true or false' }).default(true),
        trials: z.array(trial, { error: '"trials" must be a list of trials' }).optional(),
      },
      { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling; allowed fields are title, description, topic, order, shortTitle, lastReviewed, nextReview, keywords, glossary, trials` : undefined) },
    )
    .superRefine((page, ctx) => {
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
    }),
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: z
    .strictObject({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: '"id" must be lower-case words joined by hyphens, for example kamen-2022' }),
      kind: z.enum(SOURCE_KINDS, { error: `"kind" must be one of: ${SOURCE_KINDS.join(', ')}` }),
      title: requiredText('title', 'give the title of the source'),
      authors: z.array(z.string().trim().min(1)).min(1).optional(),
      publisher: z.string().trim().min(1).optional(),
      // The message sits on both branches: for a string that fails the pattern, zod reports the
      // pattern's issue, not the union's.
      published: z.union([z.literal('undated'), z.string().regex(PARTIAL_DATE, { error: PUBLISHED_HINT })], { error: PUBLISHED_HINT }),
      /** Where it was published: a journal with volume and pages, a website, a newsletter. */
      publishedIn: z.string().trim().min(1).optional(),
      doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, { error: '"doi" must look like 10.1136/lupus-2022-000704 (without https://doi.org/)' }).optional(),
      registry: z.string().regex(/^NCT\d{8}$/, { error: '"registry" must be a ClinicalTrials.gov number such as NCT02633163' }).optional(),
      url: z.url({ protocol: /^https?$/, error: '"url" must be a full web address starting with https://' }).optional(),
      note: z.string().trim().min(1).optional(),
    })
    .superRefine((source, ctx) => {
      if (!source.authors && !source.publisher) {
        ctx.addIssue({ code: 'custom', path: ['authors'], message: `source "${source.id}" needs "authors" (a list) or "publisher"` });
      }
      // Never guess an address: when none is known, "publishedIn" says where the source can be found.
      if (!source.url && !source.doi && !source.registry && !source.publishedIn) {
        ctx.addIssue({ code: 'custom', path: ['url'], message: `source "${source.id}" needs a way to find it: "url", "doi", "registry", or "publishedIn" saying where it was published` });
      }
    }),
});

const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: '"id" must be lower-case words joined by hyphens, for example lupus-nephritis' }),
    term: requiredText('term', 'the word or phrase being explained, in lower case unless it is a name'),
    plural: z.string().trim().min(1).optional(),
    abbr: z.string().trim().min(1).optional(),
    aliases: z.array(z.string().trim().min(1)).default([]),
    definition: requiredText('definition', 'explain the term in one to three short, plain sentences'),
    related: z.array(z.string()).default([]),
  }),
});

export const collections = { pages, sources, glossary };
