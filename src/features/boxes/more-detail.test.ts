// MoreDetail (src/features/boxes/MoreDetail.astro), rendered on its own with Astro's container API:
// a closed <details> whose summary says what it holds; a heading inside, or a summary that says
// nothing, fails the build with a message the editor can act on.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import MoreDetail from './MoreDetail.astro';

async function render(summary: string, body: string): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(MoreDetail, { props: { summary }, slots: { default: body } });
}

describe('MoreDetail', () => {
  it('folds its content in a closed details element under its summary', async () => {
    const html = await render('The trial design in detail', '<p>Doses and measures.</p>');
    expect(html).toMatch(/<details class="more-detail"><summary class="more-detail__summary">The trial design in detail<\/summary>/);
    expect(html).not.toContain(' open');
    expect(html).toContain('<p>Doses and measures.</p>');
  });

  it('refuses a heading inside, naming it and saying where it goes', async () => {
    await expect(render('The trial design in detail', '<h3 id="x">Doses</h3><p>…</p>')).rejects.toThrow(
      '<MoreDetail summary="The trial design in detail"> holds a heading ("Doses"). Headings stay outside a fold so "On this page" never leads into a closed one: put the heading above <MoreDetail>, or end the fold before it.',
    );
  });

  it('refuses a summary of fewer than three words', async () => {
    await expect(render('More', '<p>…</p>')).rejects.toThrow(
      '<MoreDetail summary="More"> needs a summary of at least three words that says what the fold holds',
    );
  });
});
