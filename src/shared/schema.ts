/** Pieces the content schemas share (src/content.config.ts and each feature's schema.ts). */
import { z } from 'astro/zod';

/** Text an editor must give: the message names the field and says what to write. */
export const requiredText = (field: string, hint: string) =>
  z
    .string({ error: `"${field}" is missing or is not text: ${hint}` })
    .trim()
    .min(1, { error: `"${field}" is empty: ${hint}` });
