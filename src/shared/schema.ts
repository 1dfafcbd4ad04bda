/** Pieces the content schemas share (src/content.config.ts and each feature's schema.ts). */
import { z } from 'astro/zod';

/** Text an editor must give: the message names the field and says what to write. */
export const requiredText = (field: string, hint: string) =>
  z
    .string({ error: `"${field}" is missing or is not text: ${hint}` })
    .trim()
    .min(1, { error: `"${field}" is empty: ${hint}` });

/**
 * `z.strictObject(shape)` whose error for a field it does not know names that field and lists the
 * fields the shape allows, read from the shape itself, so the list an editor is shown cannot fall
 * behind the schema. `what` names the fields ("trial field" → "unknown trial field(s)"); `note`
 * adds, in brackets, what the editor may have meant or where a missing field comes from;
 * `madeByLoader` are fields the loader fills in, which editors never write and are not offered.
 */
export function strictFields<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
  { what = 'field', note, madeByLoader = [] }: { what?: string; note?: string; madeByLoader?: (keyof Shape & string)[] } = {},
) {
  const allowed = Object.keys(shape).filter((key) => !madeByLoader.includes(key));
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys, allowed, what, note) : undefined),
  });
}

/** "unknown trial field(s) "sponser": allowed are id, title, … (note)". */
export function unknownFieldsMessage(unknown: readonly string[], allowed: readonly string[], what = 'field', note?: string): string {
  return `unknown ${what}(s) ${unknown.map((k) => `"${k}"`).join(', ')}: allowed are ${allowed.join(', ')}${note ? ` (${note})` : ''}`;
}
