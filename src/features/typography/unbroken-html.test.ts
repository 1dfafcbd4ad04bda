import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { unbrokenHtml } from './unbroken-html';
import Unbroken from './Unbroken.astro';

describe('text from data as HTML', () => {
  it('keeps CAR-T and CAR-NK whole and escapes the text as Astro does', () => {
    expect(unbrokenHtml('CAR-T & CAR-NK <cells> "quoted" it\'s')).toBe(
      '<span class="unbroken">CAR-T</span> &amp; <span class="unbroken">CAR-NK</span> &lt;cells&gt; &quot;quoted&quot; it&#39;s',
    );
    expect(unbrokenHtml('Lupus nephritis')).toBe('Lupus nephritis');
  });

  it('is what the Unbroken component renders', async () => {
    const container = await AstroContainer.create();
    const text = 'CAR-T cells & more';
    expect(await container.renderToString(Unbroken, { props: { text } })).toBe(unbrokenHtml(text));
  });
});
