// Runs a content collection's schema (src/content.config.ts) on data, as Astro does when it loads
// an entry, and returns each problem as "field: message", the way Astro's error lists them.
import type { z } from 'astro/zod';

interface Collection {
  schema?: unknown;
}

export function schemaMessages(collection: Collection, data: unknown): string[] {
  const schema = collection.schema as z.ZodType;
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** The parsed value, or a failure of the test listing the problems. */
export function schemaParse<T = Record<string, unknown>>(collection: Collection, data: unknown): T {
  const schema = collection.schema as z.ZodType;
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`expected valid data, got: ${result.error.issues.map((i) => i.message).join('; ')}`);
  return result.data as T;
}
