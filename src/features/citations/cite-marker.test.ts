// The citation marker (src/features/citations/Cite.astro), rendered on its own with Astro's container API:
// the numbers remark-citations gives it become links to each citation's own place in the reference
// list, and ids that the reference list's back-links return to.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
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

  it('holds the marker to the word before it with a word joiner', async () => {
    expect(await render('1:1')).toContain('\u2060[');
  });
});
