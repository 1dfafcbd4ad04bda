import { readFileSync } from 'node:fs';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readStudies } from '../evidence/studies';
import { readPageData } from '../../shared/page-data';
import { compile, compileError } from '../../shared/testing/mdx';

// Two real sources, whatever they are called today.
const [first, second] = (parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string }[]).map((s) => s.id);

/** One attribute of every JSX element called `name`, in document order. */
function elementAttribute(mdast: Parameters<typeof visit>[0], name: string, attribute: string): string[] {
  const values: string[] = [];
  visit(mdast, (node) => {
    const element = node as MdxJsxTextElement;
    if ((element.type === 'mdxJsxTextElement' || (element.type as string) === 'mdxJsxFlowElement') && element.name === name) {
      const value = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === attribute)?.value;
      values.push(String(value));
    }
  });
  return values;
}

/** The `citations` attribute the plugin gives each <Cite>, in document order. */
const citeAnchors = (mdast: Parameters<typeof visit>[0]): string[] => elementAttribute(mdast, 'Cite', 'citations');

/** The first paragraph's text, with each <Cite> drawn as "[Cite]". */
function paragraphText(mdast: Parameters<typeof visit>[0]): string {
  let text: string | undefined;
  visit(mdast, 'paragraph', (paragraph: { children: { type: string; value?: string; name?: string }[] }) => {
    text ??= paragraph.children.map((child) => (child.type === 'text' ? child.value : `[${child.name}]`)).join('');
  });
  return text!;
}

describe('remarkCitations', () => {
  it('numbers sources in the order they are first cited and counts every citation', async () => {
    const { mdast, file } = await compile(`One <Cite id="${second}" />. Two <Cite id="${first}" />. Three <Cite id="${second}" />.`);
    // number:occurrence, the anchors the reference list links back to
    expect(citeAnchors(mdast)).toEqual(['1:1', '2:1', '1:2']);
    const frontmatter = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
    expect(readPageData(frontmatter).citations).toEqual([
      { id: second, number: 1, occurrences: 2, pinpoints: ['', ''] },
      { id: first, number: 2, occurrences: 1, pinpoints: [''] },
    ]);
  });

  it('accepts several ids in one citation, separated by spaces or commas', async () => {
    // Two paragraphs, so the second citation (the same sources) is not collapsed into the first.
    const { mdast } = await compile(`Both <Cite id="${first} ${second}" />.\n\nAgain <Cite id="${second},${first}" />.`);
    expect(citeAnchors(mdast)).toEqual(['1:1 2:1', '2:2 1:2']);
  });

  it('drops a citation that the next citation in the same paragraph repeats, with the space before it', async () => {
    const { mdast, file } = await compile(`A <Cite id="${first}" />. B <Cite id="${first}" />. C <Cite id="${first}" />.`);
    expect(citeAnchors(mdast)).toEqual(['1:1']);
    expect(paragraphText(mdast)).toBe('A. B. C[Cite].');
    const frontmatter = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
    expect(readPageData(frontmatter).citations).toEqual([{ id: first, number: 1, occurrences: 1, pinpoints: [''] }]);
  });

  it('treats the same sources in another order as a repeat', async () => {
    const { mdast, file } = await compile(`A <Cite id="${first} ${second}" />. B <Cite id="${second}, ${first}" />.`);
    // The later citation is the one kept, so its order (second, first) decides the numbers.
    expect(citeAnchors(mdast)).toEqual(['1:1 2:1']);
    const frontmatter = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
    expect(readPageData(frontmatter).citations.map((cited) => cited.id)).toEqual([second, first]);
  });

  it('records where in the source each citation points, in citation order', async () => {
    const { file } = await compile(`A <Cite id="${first}" at="Table 2" />. B <Cite id="${second}" />.\n\nC <Cite id="${first}" at="  p.   4 " />.`);
    const frontmatter = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
    expect(readPageData(frontmatter).citations).toEqual([
      { id: first, number: 1, occurrences: 2, pinpoints: ['Table 2', 'p. 4'] },
      { id: second, number: 2, occurrences: 1, pinpoints: [''] },
    ]);
  });

  it('keeps two citations of one source in a paragraph when they point to different places', async () => {
    const { mdast } = await compile(`A <Cite id="${first}" at="Table 1" />. B <Cite id="${first}" at="Table 2" />. C <Cite id="${first}" at="Table 2" />.`);
    expect(citeAnchors(mdast)).toEqual(['1:1', '1:2']);
  });

  it('refuses a place given for several sources at once, or a place that is empty', async () => {
    expect(await compileError(`Both <Cite id="${first} ${second}" at="Table 1" />.`)).toContain('cite each source in its own <Cite> with its own "at"');
    expect(await compileError(`One <Cite id="${first}" at=" " />.`)).toContain('must name a place in the source as text');
  });

  it('keeps a repeat that another citation separates, so the other one does not seem to support both sentences', async () => {
    const { mdast } = await compile(`A <Cite id="${first}" />. B <Cite id="${second}" />. C <Cite id="${first}" />.`);
    expect(citeAnchors(mdast)).toEqual(['1:1', '2:1', '1:2']);
  });

  it('collapses repeats within a table cell but not across cells', async () => {
    const table = `<Table caption="Claims">\n\n| Claim | Other |\n| ----- | ----- |\n| A <Cite id="${first}" /> B <Cite id="${first}" /> | C <Cite id="${first}" /> |\n\n</Table>`;
    expect(citeAnchors((await compile(table)).mdast)).toEqual(['1:1', '1:2']);
  });

  it("removes the space between a marker and the word before it, so the marker stays on that word's line", async () => {
    const { mdast } = await compile(`Forty people took part <Cite id="${first}" />.`);
    expect(paragraphText(mdast)).toBe('Forty people took part[Cite].');
  });

  it("counts each row of an <EvidenceTable> as a citation of its study's source, in page order", async () => {
    const studies = readStudies();
    const { mdast, file } = await compile(`Before <Cite id="${studies[0]!.citation}" />.\n\n<EvidenceTable />\n\nAfter <Cite id="${studies[0]!.citation}" />.`);
    // Number the rows as a reader meets them: the first citation above, then the table, row by row.
    const expected = new Map<string, { number: number; occurrences: number }>([[studies[0]!.citation, { number: 1, occurrences: 1 }]]);
    const rows = studies.map((study) => {
      const cited = expected.get(study.citation) ?? { number: expected.size + 1, occurrences: 0 };
      cited.occurrences += 1;
      expected.set(study.citation, cited);
      return `${study.id}=${cited.number}:${cited.occurrences}`;
    });
    expect(elementAttribute(mdast, 'EvidenceTable', 'citations')).toEqual([rows.join(' ')]);
    const afterTable = expected.get(studies[0]!.citation)!.occurrences + 1;
    expect(citeAnchors(mdast)).toEqual(['1:1', `1:${afterTable}`]);
    const frontmatter = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
    expect(readPageData(frontmatter).citations).toEqual(
      [...expected].map(([id, cited]) => {
        const occurrences = id === studies[0]!.citation ? afterTable : cited.occurrences;
        return { id, number: cited.number, occurrences, pinpoints: Array<string>(occurrences).fill('') };
      }),
    );
  });

  it('refuses an <EvidenceTable> condition that is not a known one, listing the allowed ones', async () => {
    expect(await compileError('<EvidenceTable condition="asthma" />')).toContain(
      'line 1: <EvidenceTable condition="…"> must be one of: lupus, lupus-nephritis',
    );
  });

  it('hands the layout an empty reference list for a page without citations', async () => {
    const { file } = await compile('No sources here.');
    const frontmatter = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
    expect(readPageData(frontmatter).citations).toEqual([]);
  });

  it('refuses an id that is not in content/sources.yaml, naming the file, the line and the fix', async () => {
    const message = await compileError(`First line.\n\nThis cites nothing real.<Cite id="no-such-source" />`);
    expect(message).toContain('Content problem in content/pages/example.mdx');
    expect(message).toContain('line 3: <Cite id="no-such-source"> refers to a source "no-such-source" that is not in content/sources.yaml');
    expect(message).toContain('Check the spelling of the id, or add the source to content/sources.yaml.');
  });

  it('refuses a <Cite> without an id written as text', async () => {
    expect(await compileError('Claim <Cite />.')).toContain('line 1: <Cite> needs an id written as text, for example <Cite id="kamen-2022" />.');
    expect(await compileError('Claim <Cite id={someId} />.')).toContain('<Cite> needs an id written as text');
  });

  it('lists every problem of a page at once, one per line', async () => {
    const message = await compileError('A <Cite id="missing-one" />.\n\nB <Cite id="missing-two" />.');
    expect(message).toMatch(/Content problem in content\/pages\/example\.mdx:\n {2}- line 1: .*"missing-one".*\n {2}- line 3: .*"missing-two"/);
  });

  it.each(['Callout', 'KeyFacts', 'Urgency', 'Checklist', 'TopicCards'])(
    'refuses a <Cite> inside a <%s> box, naming the file, the line and the fix',
    async (box) => {
      const message = await compileError(`Body text.\n\n<${box}>\n\nA fact in a box <Cite id="${first}" />.\n\n</${box}>`);
      expect(message).toContain(
        `Content problem in content/pages/example.mdx: line 5: <Cite> stands inside a <${box}> box; boxes carry no citation markers. State the fact in a sentence of the body text and put the <Cite> there, then keep the box's wording short.`,
      );
    },
  );

  it('accepts a <Cite> in the body text after a box', async () => {
    const { mdast } = await compile(`<Callout>\n\nA fact in a box.\n\n</Callout>\n\nThe fact, cited <Cite id="${first}" />.`);
    expect(citeAnchors(mdast)).toEqual(['1:1']);
  });
});
