/**
 * One entry of content/studies.yaml, validated by the studies collection (src/content.config.ts)
 * with messages for editors. StudyData, the type every module of the evidence table uses, is
 * inferred from it, so there is no second copy to keep in step.
 */
import { z } from 'astro/zod';
import { readSourceIds } from '../../shared/content-files';
import { requiredText, strictFields } from '../../shared/schema';
import { keysOf } from '../../shared/keys';

/** Who took part: lupus in general, or only people with lupus nephritis. */
export const STUDY_CONDITIONS = ['lupus', 'lupus-nephritis'] as const;
export type StudyCondition = (typeof STUDY_CONDITIONS)[number];

/** How strong a study's evidence is, by its design: what a reader should know at a glance. */
export const EVIDENCE_STRENGTHS = {
  pooled: 'Pooled analysis of several studies',
  randomised: 'Randomized trial',
  compared: 'Compared with another group, not randomized',
  'single-group': 'No comparison group',
} as const;
export type EvidenceStrength = keyof typeof EVIDENCE_STRENGTHS;

const optionalText = (field: string) =>
  z
    .string({ error: `"${field}" must be text; leave the field out when the paper does not report it` })
    .trim()
    .min(1)
    .optional();

/**
 * The evidence table: one entry per published study (content/studies.yaml). Fields the paper does
 * not report are left out and shown as "not reported", so every value must come from the paper.
 */
export const studySchema = strictFields(
  {
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: '"id" must be lower-case words joined by hyphens, for example kamen-2022-musc' }),
    title: requiredText('title', 'a short name for the table, for example "Kamen and colleagues, MUSC phase I"'),
    citation: requiredText('citation', 'the id of the paper in content/sources.yaml, for example kamen-2022'),
    design: requiredText('design', 'the kind of study in a few words, for example "Randomized controlled trial"'),
    randomised: z.boolean({ error: '"randomised" must be true or false (without quotes); leave it out when it does not apply' }).optional(),
    blinding: optionalText('blinding'),
    comparator: optionalText('comparator'),
    participants: z
      .number({ error: '"participants" must be a whole number, the number of people who took part, for example 18' })
      .int({ error: '"participants" must be a whole number' })
      .positive({ error: '"participants" must be more than 0' })
      .optional(),
    condition: z.enum(STUDY_CONDITIONS, { error: `"condition" must be one of: ${STUDY_CONDITIONS.join(', ')} (who took part)` }),
    cellSource: optionalText('cellSource'),
    dose: optionalText('dose'),
    followUp: optionalText('followUp'),
    mainResult: requiredText('mainResult', "one plain sentence with the main result, in the paper's numbers"),
    safety: optionalText('safety'),
    country: optionalText('country'),
    year: z.number({ error: '"year" must be the year of publication as a number, for example 2017' }).int().min(1900).max(2100).optional(),
    evidence: z
      .enum(keysOf(EVIDENCE_STRENGTHS), {
        error: `"evidence" must be one of: ${Object.keys(EVIDENCE_STRENGTHS).join(', ')}; leave it out to have it worked out from "randomised" and "comparator"`,
      })
      .optional(),
    figures: z
      .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), z.string().trim().min(1), {
        error: '"figures" must be a list of name: "value" pairs, for example remissionWithCells: "75%" (names in camelCase, values in quotes)',
      })
      .optional(),
  },
  { what: 'study field', note: 'check the spelling' },
).superRefine((study, ctx) => {
  // Read on every check (not cached) so an edit to sources.yaml is seen by the dev server.
  if (!readSourceIds().has(study.citation)) {
    ctx.addIssue({
      code: 'custom',
      path: ['citation'],
      message: `study "${study.id}" in content/studies.yaml: "citation" is "${study.citation}", which is not a source in content/sources.yaml. Check the spelling of the id, or add the paper to content/sources.yaml.`,
    });
  }
});

export type StudyData = z.infer<typeof studySchema>;
