import { describe, expect, it } from 'vitest';
import { linkLabelHtml } from './link-label';

describe('a link label', () => {
  it('is the words alone when the page linked to is in the page’s language', () => {
    expect(linkLabelHtml('Glosario', 'es', 'es')).toBe('Glosario');
    expect(linkLabelHtml('Glossary', undefined, 'en')).toBe('Glossary');
  });

  it('marks another page’s title with its language and adds "(en inglés)" in the page’s language', () => {
    expect(linkLabelHtml('Treatment', 'en', 'es')).toBe('<span lang="en">Treatment</span> <span class="other-language">(en inglés)</span>');
  });

  it('leaves the page’s own words unmarked but still says where the link leads', () => {
    expect(linkLabelHtml('Glosario', 'en', 'es', true)).toBe('Glosario <span class="other-language">(en inglés)</span>');
  });
});
