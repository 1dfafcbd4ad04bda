/**
 * schema.org MedicalStudyStatus members, and how a page says each, per language: one list for the
 * structured data (structured-data.ts), the trial cards and the dictionaries (i18n/). Plain data with
 * no zod, so browser code may import it.
 */
import { keysOf } from '../../shared/keys';
import type { Locale } from '../../shared/paths.ts';

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
