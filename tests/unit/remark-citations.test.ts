import { readFileSync } from 'node:fs';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPageData } from '../../src/lib/page-data';
import { compile, compileError } from './helpers/mdx';

// Two real sources, whatever they are called today.
const [first, second] = (parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string }[]).map((s) => s.id);

/** The `citations` attribute the plugin gives each <Cite>, in document order. */
function citeAnchors(mdast: Parameters<typeof visit>[0]): string[] {
  const anchors: string[] = [];
  visit(mdast, (node) => {
    const element = node as MdxJsxTextElement;
    if ((element.type === 'mdxJsxTextElement' || (element.type as string) === 'mdxJsxFlowElement') && element.name === 'Cite') {
      const value = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'citations')?.value;
      anchors.push(String(value));
    }
  });
  return anchors;
}

describe('remarkCitations', () => {
  it('numbers sources in the order they are first cited and counts every citation', async () => {
    const { mdast, file } = await compile(`One <Cite id="${second}" />. Two <Cite id="${first}" />. Three <Cite id="${second}" />.`);
    // number:occurrence, the anchors the reference list links back to
    expect(citeAnchors(mdast)).toEqual(['1:1', '2:1', '1:2']);
    const frontmatter = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
    expect(readPageData(frontmatter).citations).toEqual([
      { id: second, number: 1, occurrences: 2 },
      { id: first, number: 2, occurrences: 1 },
    ]);
  });

  it('accepts several ids in one citation, separated by spaces or commas', async () => {
    const { mdast } = await compile(`Both <Cite id="${first} ${second}" />, again <Cite id="${second},${first}" />.`);
    expect(citeAnchors(mdast)).toEqual(['1:1 2:1', '2:2 1:2']);
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
});
