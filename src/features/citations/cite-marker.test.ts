// The citation marker (src/features/citations/Cite.astro), rendered on its own with Astro's container API:
// the numbers remark-citations gives it become links to each citation's own place in the reference
// list, and ids that the reference list's back-links return to.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { stylesheets } from '../../shared/testing/css.ts';
import Cite from './Cite.astro';

async function render(citations: string): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(Cite, { props: { id: 'a b', citations } });
}

const links = (html: string) =>
  [...html.matchAll(/<a class="citation" href="([^"]+)" id="([^"]+)" aria-label="([^"]+)">(\d+)<\/a>/g)].map(([, href, id, label, text]) => ({
    href,
    id,
    label,
    text,
  }));

describe('Cite', () => {
  it('links each citation to its own arrival point #ref-N-K, with the id cite-N-K the back-link returns to', async () => {
    expect(links(await render('3:2'))).toEqual([{ href: '#ref-3-2', id: 'cite-3-2', label: 'reference 3', text: '3' }]);
  });

  it('draws several sources in number order, whatever order the editor wrote them in', async () => {
    expect(links(await render('5:1 2:4')).map(({ href, id }) => ({ href, id }))).toEqual([
      { href: '#ref-2-4', id: 'cite-2-4' },
      { href: '#ref-5-1', id: 'cite-5-1' },
    ]);
  });

  it('holds the marker to the word before it with a word joiner, in brackets drawn by the stylesheet that screen readers skip', async () => {
    expect(await render('1:1')).not.toContain('[');
    const css = postcss.parse(stylesheets().find(({ file }) => file.endsWith('citations.css'))!.css);
    const contents = (selector: string) => {
      const values: string[] = [];
      css.walkRules(selector, (rule) => rule.walkDecls('content', (decl) => void values.push(decl.value)));
      return values;
    };
    // The second declaration, with empty alternative text after the slash, is the one browsers use.
    expect(contents('.citation-group::before')).toEqual(["'\\2060['", "'\\2060[' / ''"]);
    expect(contents('.citation-group::after')).toEqual(["']'", "']' / ''"]);
  });
});
