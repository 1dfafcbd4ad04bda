// Which glossary a page's terms come from: the English file for English pages, the page's language's
// file for a translation (none until it exists), and that its terms are matched as the English are.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGlossaryIn } from './entries';
import { earliestMatch, formsOf } from './remark-glossary';

const project = (spanish?: string) => {
  const root = mkdtempSync(join(tmpdir(), 'glossary-'));
  mkdirSync(join(root, 'content', 'es'), { recursive: true });
  writeFileSync(
    join(root, 'content', 'glossary.yaml'),
    '- id: lupus-nephritis\n  term: lupus nephritis\n  abbr: LN\n  definition: Kidney damage from lupus.\n',
  );
  if (spanish) writeFileSync(join(root, 'content', 'es', 'glossary.yaml'), spanish);
  return root;
};

describe('the glossary of a page in another language', () => {
  it('is none until content/es/glossary.yaml exists, so a Spanish page marks no English terms', () => {
    expect(readGlossaryIn('es', project())).toEqual([]);
  });

  it('is the Spanish file, whose terms, plurals and accent-free aliases are matched in Spanish text', () => {
    const root = project(
      '- id: lupus-nephritis\n  term: nefritis lúpica\n  aliases: [nefritis lupica]\n  definition: Daño de los riñones causado por el lupus.\n',
    );
    const entries = readGlossaryIn('es', root);
    expect(entries.map((entry) => entry.term)).toEqual(['nefritis lúpica']);
    const forms = entries.flatMap(formsOf);
    expect(earliestMatch(forms, 'La nefritis lúpica suele empezar sin síntomas.')?.text).toBe('nefritis lúpica');
    expect(earliestMatch(forms, 'Si tiene nefritis lupica, hable con su equipo.')?.text).toBe('nefritis lupica');
    expect(earliestMatch(forms, 'Lupus nephritis is kidney disease.')).toBeUndefined();
  });
});
