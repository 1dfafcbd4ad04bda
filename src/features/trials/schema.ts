/**
 * One entry of content/trials.yaml, validated by the trials collection (src/content.config.ts)
 * with messages for editors. Fields come in three groups: what the registry record says (status,
 * dates, sites; `npm run trials:check -- --write` refreshes them), what an editor writes in plain
 * words after reading the record (who can join, what taking part asks), and where and when the
 * record was read. The finder on the trials page filters on `who` and `locations`.
 */
import { z } from 'astro/zod';
import { keysOf } from '../../shared/keys';
import { requiredText, strictFields } from '../../shared/schema';
import { TRIAL_PHASES, TRIAL_STATUSES } from '../chrome/schema';
import { TRIAL_KIND_IDS } from './trials';

const DATE_HINT = 'write it as YYYY-MM-DD, for example 2026-11-22';
const MONTH_OR_DAY = /^\d{4}-\d{2}(-\d{2})?$/;

/** Does the trial take people whose lupus affects the kidneys? As the record's entry rules say. */
export const LUPUS_NEPHRITIS_RULES = {
  required: 'Only people with lupus nephritis',
  accepted: 'People with or without lupus nephritis',
  excluded: 'Not people with active lupus nephritis',
  'not-stated': 'The record does not say',
} as const;
export type LupusNephritisRule = keyof typeof LUPUS_NEPHRITIS_RULES;
const LUPUS_NEPHRITIS_IDS = /* @__PURE__ */ keysOf(LUPUS_NEPHRITIS_RULES);

/** Whether some participants get a dummy treatment (placebo), as the record's design says. */
export const PLACEBO_ANSWERS = {
  yes: 'Yes: some people get a dummy treatment (placebo)',
  no: 'No: everyone gets the cells',
  'not-stated': 'The record does not say',
} as const;
export type PlaceboAnswer = keyof typeof PLACEBO_ANSWERS;
const PLACEBO_IDS = /* @__PURE__ */ keysOf(PLACEBO_ANSWERS);

const optionalText = (field: string, hint: string) =>
  z
    .string({ error: `"${field}" must be text: ${hint}` })
    .trim()
    .min(1, { error: `"${field}" is empty: ${hint}; leave the field out when the record does not say` })
    .optional();

const age = (field: string) =>
  z
    .number({ error: `"who.${field}" must be a whole number of years, as the record's eligibility section gives it` })
    .int()
    .min(0)
    .max(120)
    .optional();

/** Who can join, in plain words and in the fields the finder filters on. */
const whoSchema = strictFields(
  {
    minAge: age('minAge'),
    maxAge: age('maxAge'),
    lupusNephritis: z.enum(LUPUS_NEPHRITIS_IDS, {
      error: `"who.lupusNephritis" must be one of: ${LUPUS_NEPHRITIS_IDS.join(', ')} (does the trial take people with lupus nephritis?)`,
    }),
    kidneyLimits: optionalText('who.kidneyLimits', 'the kidney-function limits in plain words, for example "kidney filtering (eGFR) at least 30"'),
    mustHaveTried: optionalText('who.mustHaveTried', 'which treatments must have failed first, in plain words'),
  },
  { what: '"who" field' },
);

export const trialSchema = strictFields(
  {
    id: z.string().regex(/^NCT\d{8}$/, { error: '"id" must be the ClinicalTrials.gov number, for example NCT02633163' }),
    title: requiredText('title', "the trial's title as its registry record gives it"),
    kind: z.enum(TRIAL_KIND_IDS, { error: `"kind" must be one of: ${TRIAL_KIND_IDS.join(', ')}` }),
    phase: z.enum(TRIAL_PHASES, { error: `"phase" must be one of: ${TRIAL_PHASES.join(', ')}` }),
    status: z.enum(TRIAL_STATUSES, { error: `"status" must be one of: ${TRIAL_STATUSES.join(', ')} (the registry's recruitment status when you checked)` }),
    sponsor: requiredText('sponsor', 'the organization that runs the trial, as the registry record names it'),
    locations: z
      .array(
        strictFields({
          country: requiredText('country', 'the country of a trial site, for example United States'),
          city: z.string().trim().min(1).optional(),
        }),
        { error: '"locations" must be a list such as [{ country: United States, city: Philadelphia }]' },
      )
      .min(1, { error: '"locations" needs at least one country' }),
    entry: z
      .array(z.string().trim().min(1), { error: '"entry" must be a list of the main entry rules, in plain words' })
      .min(1, { error: '"entry" needs at least one entry rule' }),
    /** Editor's plain words, from the record's eligibility section. */
    who: whoSchema.optional(),
    /** What taking part asks of a person (cell collection, chemotherapy before the cells, days in hospital, medicines to stop), in plain words. */
    asks: z.array(z.string().trim().min(1), { error: '"asks" must be a list of what taking part asks of a person, in plain words' }).optional(),
    followUp: optionalText('followUp', 'how long people are followed after treatment, for example "2 years" or "15 years (a gene-therapy rule)"'),
    placebo: z.enum(PLACEBO_IDS, { error: `"placebo" must be one of: ${PLACEBO_IDS.join(', ')}` }).optional(),
    /** For a finished trial: the date results are legally due on ClinicalTrials.gov (42 CFR 11.44), "YYYY-MM" or "YYYY-MM-DD" in quotes. */
    resultsDue: z
      .string({ error: '"resultsDue" must be a date in quotes, "YYYY-MM" or "YYYY-MM-DD"' })
      .regex(MONTH_OR_DAY, { error: '"resultsDue" must be "YYYY-MM" or "YYYY-MM-DD", in quotes' })
      .optional(),
    /** From the registry (npm run trials:check -- --write copies them): the record's last update, primary completion, enrolment, results. */
    registryUpdated: z.date({ error: `"registryUpdated" must be the record's "Last Update Posted" date: ${DATE_HINT}` }).optional(),
    primaryCompletion: z
      .string({ error: '"primaryCompletion" must be the registry\'s primary completion date in quotes, "YYYY-MM" or "YYYY-MM-DD"' })
      .regex(MONTH_OR_DAY, { error: '"primaryCompletion" must be "YYYY-MM" or "YYYY-MM-DD", in quotes' })
      .optional(),
    enrolment: z.number({ error: '"enrolment" must be the number of people the record gives' }).int().min(0).optional(),
    resultsPosted: z.boolean({ error: '"resultsPosted" must be true or false' }).optional(),
    checked: z.date({ error: `"checked" must be the date you read the registry record: ${DATE_HINT}` }),
    seenAt: requiredText('seenAt', 'where you read the record, for example "ClinicalTrials.gov record, copy on MedDataX last updated 2026-01-29"'),
  },
  { what: 'trial field' },
);

export type TrialEntry = z.infer<typeof trialSchema>;
