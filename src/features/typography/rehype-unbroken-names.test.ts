import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { compile } from '../../shared/testing/mdx';
import { splitNames } from './rehype-unbroken-names';
import { UNBROKEN_NAMES, UNBROKEN_NAMES_START } from './unbroken-names';

/** The text of every span.unbroken on the compiled page, in document order. */
async function unbroken(markdown: string): Promise<string[]> {
  const { hast } = await compile(markdown);
  const found: string[] = [];
  visit(hast as Root, 'element', (element: Element) => {
    const className = element.properties?.className;
    if (element.tagName === 'span' && Array.isArray(className) && className.includes('unbroken')) {
      found.push(element.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
    }
  });
  return found;
}

describe('rehypeUnbrokenNames', () => {
  it('keeps CAR-T and CAR-NK whole on a line, with the hyphen the editor typed', async () => {
    expect(await unbroken('Trials of CAR-T cells and of CAR-NK cells.')).toEqual(['CAR-T', 'CAR-NK']);
  });

  it('finds the names in headings, lists and table cells too', async () => {
    const markdown = '## CAR-T cells\n\n- CAR-T in a list\n\n<Table caption="Kinds">\n\n| Kind |\n| --- |\n| CAR-NK |\n\n</Table>';
    expect(await unbroken(markdown)).toEqual(['CAR-T', 'CAR-T', 'CAR-NK']);
  });

  it('leaves code and words that only start the same alone', async () => {
    expect(await unbroken('Type `CAR-T` here. A CAR-TX is not one, nor is SCAR-T.')).toEqual([]);
  });

  it('splits text around each name and keeps the rest as it was', () => {
    expect(splitNames('CAR-T or CAR-NK?')).toEqual([
      { type: 'element', tagName: 'span', properties: { className: ['unbroken'] }, children: [{ type: 'text', value: 'CAR-T' }] },
      { type: 'text', value: ' or ' },
      { type: 'element', tagName: 'span', properties: { className: ['unbroken'] }, children: [{ type: 'text', value: 'CAR-NK' }] },
      { type: 'text', value: '?' },
    ]);
    expect(splitNames('No names here.')).toBeUndefined();
  });

  it('looks for the names only in texts that hold what every name starts with', () => {
    expect(UNBROKEN_NAMES.source.startsWith(String.raw`\b${UNBROKEN_NAMES_START}`)).toBe(true);
    expect(splitNames('CAR-T')).toHaveLength(1);
    expect(splitNames('car-t and CAR T')).toBeUndefined();
  });
});
