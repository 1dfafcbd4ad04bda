import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { strictFields } from './schema';

const messages = (schema: z.ZodType, data: unknown) => (schema.safeParse(data).error?.issues ?? []).map((issue) => issue.message);

describe('strictFields', () => {
  it('names an unknown field and lists the fields the shape allows, in its order', () => {
    const schema = strictFields({ title: z.string(), date: z.string().optional() });
    expect(messages(schema, { title: 'x', titel: 'y', dte: 'z' })).toEqual(['unknown field(s) "titel", "dte": allowed are title, date']);
  });

  it('lists a field as soon as the shape has it, so the list cannot fall behind the schema', () => {
    const schema = strictFields({ title: z.string(), ...{ summary: z.string().optional() } });
    expect(messages(schema, { title: 'x', note: 'y' })).toEqual(['unknown field(s) "note": allowed are title, summary']);
  });

  it('names the kind of field, adds a note, and leaves out the fields the loader fills in', () => {
    const schema = strictFields({ id: z.string(), date: z.string() }, { what: 'update field', note: 'check the spelling', madeByLoader: ['id'] });
    expect(messages(schema, { id: 'entry 1', date: 'x', dat: 'y' })).toEqual(['unknown update field(s) "dat": allowed are date (check the spelling)']);
  });

  it('leaves every other message to the field schemas', () => {
    const schema = strictFields({ title: z.string({ error: '"title" must be text' }) });
    expect(messages(schema, { title: 3 })).toEqual(['"title" must be text']);
  });
});
