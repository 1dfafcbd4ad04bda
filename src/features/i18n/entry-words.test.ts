// Words from a data entry on a translated page: an entry with no current translation is shown in
// English and its words are marked lang="en" (EntryWords.astro); a translated entry, and every
// entry on an English page, is written without a wrapper. Rendered with Astro's container API.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import EntryWords from './EntryWords.astro';
import { STUDIES_SPEC, translateData } from './data-translations';

const study = { id: 'a-2020', title: 'A and colleagues', design: 'Case series' };
const other = { id: 'b-2021', title: 'B and colleagues', design: 'Randomized trial' };
const [translated, inEnglish] = translateData([study, other], [{ id: 'a-2020', title: 'A y colaboradores', design: 'Serie de casos' }], STUDIES_SPEC).entries;

async function render(entry: object, words: string): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(EntryWords, { props: { of: entry }, slots: { default: words } });
}

describe('words from a data entry', () => {
  it('are marked English when a translated page shows the entry in English, for want of a translation', async () => {
    expect(await render(inEnglish!, inEnglish!.design)).toBe('<span lang="en">Randomized trial</span>');
  });

  it('are written as they are when the entry is translated, or on the English page', async () => {
    expect(await render(translated!, translated!.design)).toBe('Serie de casos');
    expect(await render(other, other.design)).toBe('Randomized trial');
  });
});
