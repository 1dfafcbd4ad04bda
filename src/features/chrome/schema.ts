/**
 * The "trials" field of a page's frontmatter, validated by the pages collection
 * (src/content.config.ts), with the phases and statuses that trials.yaml shares. TrialData, which
 * the structured data is built from, is inferred from it.
 */
import { z } from 'astro/zod';
import { requiredText, strictFields } from '../../shared/schema';
import { TRIAL_STATUSES } from './trial-status-words';

/** "Phase I/II": registries list combined first-in-people trials that test safety, then benefit. */
export const TRIAL_PHASES = ['Phase I', 'Phase I/II', 'Phase II', 'Phase III', 'Phase IV'] as const;
export type TrialPhase = (typeof TRIAL_PHASES)[number];

// The status words live in a module without zod, so the browser code that shows them (search
// results, through the dictionaries) does not bundle zod, whose compiled checks need eval.
export { TRIAL_STATUS_WORDS, TRIAL_STATUS_WORDS_IN, TRIAL_STATUSES, type TrialStatus } from './trial-status-words';
/**
 * A clinical trial the page describes. It feeds the page's structured data (MedicalTrial), so every
 * value must also be stated, with its source, in the visible text of the page.
 */
export const pageTrialSchema = strictFields(
  {
    identifier: z.string().regex(/^NCT\d{8}$/, { error: '"identifier" must be the ClinicalTrials.gov number, for example NCT02633163' }),
    name: z.string().trim().min(1).optional(),
    alternateName: z.string().trim().min(1).optional(),
    phase: z.enum(TRIAL_PHASES, { error: `"phase" must be one of: ${TRIAL_PHASES.join(', ')}` }),
    sponsor: requiredText('sponsor', 'the organization that runs the trial, for example Medical University of South Carolina'),
    status: z
      .array(z.enum(TRIAL_STATUSES, { error: `each "status" must be one of: ${TRIAL_STATUSES.join(', ')}` }), {
        error: '"status" must be a list, for example [Completed]',
      })
      .min(1, { error: '"status" needs at least one value; list every status the sources give when they disagree' }),
  },
  { what: 'trial field' },
);

export type TrialData = z.infer<typeof pageTrialSchema>;
