/**
 * The "trials" field of a page's frontmatter, validated by the pages collection
 * (src/content.config.ts), with the phases and statuses that trials.yaml shares. TrialData, which
 * the structured data is built from, is inferred from it.
 */
import { z } from 'astro/zod';
import { requiredText } from '../../shared/schema';
import { keysOf } from '../../shared/keys';
import type { Locale } from '../../shared/paths.ts';

/** "Phase I/II": registries list combined first-in-people trials that test safety, then benefit. */
export const TRIAL_PHASES = ['Phase I', 'Phase I/II', 'Phase II', 'Phase III', 'Phase IV'] as const;
export type TrialPhase = (typeof TRIAL_PHASES)[number];

/** schema.org MedicalStudyStatus members, and how the page says each in words. */
export const TRIAL_STATUS_WORDS = {
  ActiveNotRecruiting: 'active, not recruiting',
  Completed: 'completed',
  EnrollingByInvitation: 'enrolling by invitation',
  NotYetRecruiting: 'not yet recruiting',
  Recruiting: 'recruiting',
  ResultsAvailable: 'results were published',
  ResultsNotAvailable: 'no published results',
  Suspended: 'suspended',
  Terminated: 'terminated',
  Withdrawn: 'withdrawn',
} as const;
export type TrialStatus = keyof typeof TRIAL_STATUS_WORDS;
export const TRIAL_STATUSES = /* @__PURE__ */ keysOf(TRIAL_STATUS_WORDS);

/**
 * The statuses in each language, as a translation says them (Spanish: the words of the translated
 * trial pages, "estado terminado", "los resultados se publicaron"). One list, for the structured
 * data and for any list of trials on a page of that language.
 */
export const TRIAL_STATUS_WORDS_IN: Readonly<Record<Locale, Readonly<Record<TrialStatus, string>>>> = {
  en: TRIAL_STATUS_WORDS,
  es: {
    ActiveNotRecruiting: 'activo, sin reclutar',
    Completed: 'terminado',
    EnrollingByInvitation: 'inscripción por invitación',
    NotYetRecruiting: 'aún no recluta',
    Recruiting: 'reclutando',
    ResultsAvailable: 'los resultados se publicaron',
    ResultsNotAvailable: 'sin resultados publicados',
    Suspended: 'suspendido',
    Terminated: 'detenido antes de tiempo',
    Withdrawn: 'retirado',
  },
};

/**
 * A clinical trial the page describes. It feeds the page's structured data (MedicalTrial), so every
 * value must also be stated, with its source, in the visible text of the page.
 */
export const pageTrialSchema = z.strictObject(
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
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown trial field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: allowed are identifier, name, alternateName, phase, sponsor, status`
        : undefined,
  },
);

export type TrialData = z.infer<typeof pageTrialSchema>;
