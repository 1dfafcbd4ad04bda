// Checks on the content data itself, read through the site's own readers (src/features/evidence/studies.ts, src/features/glossary/entries.ts).
// (Moved from Playwright specs that needed no browser: glossary-terms-explain-in-place.spec.ts and
// evidence-table-and-dated-claims.spec.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStudies } from './features/evidence/studies';
import { readGlossary } from './features/glossary/entries';
import { readYamlEntries } from './shared/content-files';
import { STUDIES_SPEC, TRIALS_SPEC, UPDATES_SPEC, translateData } from './features/i18n/data-translations';

describe('content data', () => {
  it('translates every entry of the English data files in Spanish, from the English words as they are now, with no field the contract refuses', () => {
    for (const spec of [STUDIES_SPEC, TRIALS_SPEC, UPDATES_SPEC]) {
      const { problems, untranslated, behind } = translateData(readYamlEntries(spec.file), readYamlEntries(`es/${spec.file}`), spec);
      expect({ file: spec.file, problems, untranslated, behind }).toEqual({ file: spec.file, problems: [], untranslated: [], behind: [] });
    }
  });

  it('names no organisation as a glossary term', () => {
    // Agencies, institutes, universities, charities and societies are named in the text, not defined.
    const organisation = /\b(Administration|Institutes?|Foundation|University|College|Society|Centers|Agency|Association)$/i;
    expect(
      readGlossary()
        .filter((entry) => organisation.test(entry.term))
        .map((entry) => entry.term),
    ).toEqual([]);
  });

  it('quotes study figures through <StudyFact>, each naming a study and a value that exist', () => {
    // The build enforces this too (remark-study-facts); this proves the pages use it at all.
    const studies = readStudies();
    const pagesDir = join('content', 'pages');
    const uses = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((f) => [...readFileSync(join(pagesDir, f), 'utf8').matchAll(/<StudyFact study="([^"]+)" field="([^"]+)"/g)]);
    expect(uses.length, 'pages quote study figures through <StudyFact>').toBeGreaterThan(5);
    for (const [, id, field] of uses) {
      const study = studies.find((s) => s.id === id);
      expect(study, `study ${id}`).toBeDefined();
      const value = field!.startsWith('figures.') ? study!.figures?.[field!.slice(8)] : (study as unknown as Record<string, unknown>)[field!];
      expect(value, `${id} ${field}`).toBeDefined();
    }
  });
});
