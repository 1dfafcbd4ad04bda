/**
 * The evidence table's data model (its shape and fixed lists come from schema.ts), shared by the
 * citation plugin (which numbers the table's sources) and the components that render it. Everything here is
 * plain data in, plain data out, so the build-time plugins and the components agree on which
 * studies a table shows and in what order.
 */
import { readYamlList } from '../../shared/content-files';
import { EVIDENCE_STRENGTHS, STUDY_CONDITIONS, type EvidenceStrength, type StudyCondition, type StudyData } from './schema';

export { EVIDENCE_STRENGTHS, STUDY_CONDITIONS };
export type { EvidenceStrength, StudyCondition, StudyData };

/** The evidence table's studies, in file order, as written (validated by the studies collection's schema). */
export function readStudies(): StudyData[] {
  return readYamlList<StudyData>('studies.yaml');
}

/** What the table shows for a field the paper does not report (we never estimate). */
export const NOT_REPORTED = 'not reported';

/** The fields a page may quote with <StudyFact field="…" />, besides "figures.<name>". */
export const STUDY_FACT_FIELDS = ['participants', 'year', 'country', 'dose', 'followUp', 'cellSource', 'mainResult', 'safety'] as const;

/**
 * The studies a table shows, in the order of the data file. With a condition, only studies whose
 * participants all had that condition.
 */
export function selectStudies<T extends Pick<StudyData, 'condition'>>(studies: readonly T[], condition?: string): T[] {
  return condition ? studies.filter((study) => study.condition === condition) : [...studies];
}

export function isStudyCondition(value: string): value is StudyCondition {
  return (STUDY_CONDITIONS as readonly string[]).includes(value);
}

/**
 * The value of `field` for a study as text, or undefined when the paper does not report it.
 * `field` is one of STUDY_FACT_FIELDS or "figures.<name>".
 */
export function studyFact(study: StudyData, field: string): string | undefined {
  if (field.startsWith('figures.')) return study.figures?.[field.slice('figures.'.length)];
  if (!(STUDY_FACT_FIELDS as readonly string[]).includes(field)) return undefined;
  const value = study[field as (typeof STUDY_FACT_FIELDS)[number]];
  return value === undefined ? undefined : String(value);
}

/** "Yes", "No", or "not reported": a missing value is never read as "no". */
export function yesNo(value: boolean | undefined): string {
  return value === undefined ? NOT_REPORTED : value ? 'Yes' : 'No';
}

/**
 * A randomised trial is the strongest design here; a study that compared people with another group
 * without randomising comes next; a study of one group cannot tell the treatment's effect from the
 * course of the disease. A comparator written as "None" means a single group. A pooled analysis
 * (meta-analysis) says so in its `evidence` field, which always wins.
 */
export function evidenceStrength(study: Pick<StudyData, 'randomised' | 'comparator' | 'evidence'>): EvidenceStrength {
  if (study.evidence) return study.evidence;
  if (study.randomised === true) return 'randomised';
  if (study.comparator !== undefined && study.comparator !== 'None') return 'compared';
  return 'single-group';
}
