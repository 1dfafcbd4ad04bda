import { describe, expect, it } from 'vitest';
import { compile } from '../../shared/testing/mdx';
import { readPageData } from '../../shared/page-data';
import { stylesheetsNeeded } from './page-stylesheets';

async function componentsIn(source: string): Promise<string[]> {
  const { file } = await compile(source);
  return readPageData((file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter).components;
}

describe('the stylesheets a page links beyond the site-wide one', () => {
  it('come from the components its MDX uses, nested ones included, each named once', async () => {
    const source =
      '<MoreDetail summary="More">\n\n<Table caption="Doses">\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n</Table>\n\n</MoreDetail>\n\n<Table caption="Again">\n\n| A |\n| - |\n| 1 |\n\n</Table>\n';
    expect(await componentsIn(source)).toEqual(['MoreDetail', 'Table']);
  });

  it('are none for a page of plain text and boxes', () => {
    expect(stylesheetsNeeded([])).toEqual([]);
    expect(stylesheetsNeeded(['Callout', 'Cite', 'GlossaryTerm', 'MoreDetail'])).toEqual([]);
  });

  it('are the table styles for a table, the table and evidence styles, in cascade order, for the evidence table, and the trial styles for the trial cards', () => {
    expect(stylesheetsNeeded(['Table'])).toEqual(['tables']);
    expect(stylesheetsNeeded(['EvidenceTable', 'Table'])).toEqual(['tables', 'evidence']);
    expect(stylesheetsNeeded(['Table', 'TrialsTable'])).toEqual(['trials', 'tables']);
    expect(stylesheetsNeeded(['Table', 'Timeline', 'TimelineEntry', 'Urgency'])).toEqual(['urgency', 'timeline', 'tables']);
    expect(stylesheetsNeeded(['CorrectionsList', 'UpdatesList'])).toEqual(['updates']);
  });
});
