/**
 * One entry of content/glossary.yaml, validated by the glossary collection (src/content.config.ts)
 * with messages for editors. Its types come from the schema, so there is no second copy to keep in step.
 */
import { z } from 'astro/zod';
import { requiredText, strictFields } from '../../shared/schema';

export const glossaryEntrySchema = strictFields({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: '"id" must be lower-case words joined by hyphens, for example lupus-nephritis' }),
  term: requiredText('term', 'the word or phrase being explained, in lower case unless it is a name'),
  plural: z.string().trim().min(1).optional(),
  abbr: z.string().trim().min(1).optional(),
  aliases: z.array(z.string().trim().min(1)).default([]),
  definition: requiredText('definition', 'explain the term in one to three short, plain sentences'),
  related: z.array(z.string()).default([]),
});

/**
 * An entry as written in the file, before the schema's defaults (aliases and related may be left out):
 * what the Markdown plugin reads through src/shared/content-files.ts before the collections exist.
 */
export type GlossaryEntryData = z.input<typeof glossaryEntrySchema>;

/**
 * One entry of a translated glossary (content/es/glossary.yaml): the same `id` as the English entry
 * it translates, the term and definition in the language, and no `related` (the English entry's).
 * `englishIds` is read when an entry is checked, so the unit tests can pass their own.
 */
export const spanishGlossaryEntrySchema = (englishIds: () => ReadonlySet<string>) =>
  strictFields({ ...glossaryEntrySchema.omit({ related: true }).shape }, { note: '"related" comes from the English entry' }).superRefine((entry, ctx) => {
    if (!englishIds().has(entry.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `"id" ${entry.id} is not in content/glossary.yaml: use the id of the English entry this term translates (the English term is shown beside it)`,
      });
    }
  });

export type SpanishGlossaryEntryData = z.input<ReturnType<typeof spanishGlossaryEntrySchema>>;
