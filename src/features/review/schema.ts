/**
 * An entry of content/updates.yaml: one change a returning reader should hear about (a new page, a
 * trial's status, a results check). Corrections are not written here: they come from the pages'
 * own `corrections` (updates.ts joins them). Messages name the field and say what to write.
 */
import { z } from 'astro/zod';
import { requiredText, strictFields } from '../../shared/schema';

export const UPDATE_KINDS = ['new-page', 'trial-status', 'results-check', 'change'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

const SITE_PATH = /^\/([a-z0-9-]+\/)*$/;

export const updateSchema = strictFields(
  {
    /** Made by the loader from the entry's place in the file ("entry 3"): editors never write it. */
    id: z.string(),
    date: z.date({ error: '"date" must be the day of the change: write it as YYYY-MM-DD, for example 2026-12-04' }),
    kind: z.enum(UPDATE_KINDS, { error: `"kind" must be one of: ${UPDATE_KINDS.join(', ')}` }),
    title: requiredText('title', 'say what changed in a few words, for example "MiSLE results: not yet published, last checked 2026-12-04"').max(120, {
      error: '"title" is longer than 120 characters: keep it to a line and put the rest in "text"',
    }),
    text: requiredText('text', 'say in one or two plain sentences what changed and what it means for the reader'),
    page: z.string({ error: '"page" must be the path of the page the update is about, for example /trial-history/phase-2-misle-trial/' }).regex(SITE_PATH, {
      error: '"page" must be a path from the site root with a final slash, for example /trial-history/phase-2-misle-trial/ (no domain)',
    }),
  },
  { madeByLoader: ['id'] },
);

export type Update = z.infer<typeof updateSchema>;
