// The bench counts DOM elements without the citations and definitions (what Starlight's bench pages
// leave out) by their classes: a class renamed in a component would silently count nothing out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CITATIONS_AND_DEFINITIONS } from './pages.mjs';

const sources = [
  'citations/Cite.astro',
  'citations/References.astro',
  'glossary/GlossaryTerm.astro',
  'glossary/GlossaryPrintList.astro',
  'glossary/remark-glossary.ts',
]
  .map((file) => readFileSync(new URL(`../../src/features/${file}`, import.meta.url), 'utf8'))
  .join('\n');

describe('the markup the bench counts out as citations and definitions', () => {
  it('names only classes that the citation and glossary components write', () => {
    const classes = [...`${CITATIONS_AND_DEFINITIONS.subtrees}, ${CITATIONS_AND_DEFINITIONS.wrappers}`.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
    expect(classes.length).toBeGreaterThan(5);
    for (const name of classes) expect(sources, name).toMatch(new RegExp(`(class="|class=\\{?['"\`]|value: ')([\\w -]* )?${name}\\b`));
  });
});
