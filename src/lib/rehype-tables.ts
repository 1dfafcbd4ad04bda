/**
 * Tables must be understandable without seeing them (WCAG 1.3.1): each needs a caption, column
 * headers with scope, and optionally row headers. Markdown tables cannot carry a caption, so editors
 * wrap them in <Table caption="…">; this plugin moves the caption into the table itself and fails
 * the build for a bare table.
 *
 * It also gives every body cell a data-label with its column's header text: on narrow screens CSS
 * draws each row as a card of label–value pairs (components.css), so no column is ever cut off,
 * without JavaScript.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { ContentError, atLine } from './content-errors';

const isElement = (node: unknown, tagName: string): node is Element => (node as Element).type === 'element' && (node as Element).tagName === tagName;

/** The text of a cell, as a reader sees it (white space collapsed). */
const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '');

export function rehypeTables() {
  return (tree: Root, file: VFile) => {
    const problems: string[] = [];
    visitParents(tree, 'element', (table, ancestors) => {
      if (table.tagName !== 'table') return;
      const wrapper = ancestors.findLast(
        (node): node is MdxJsxFlowElementHast =>
          (node as MdxJsxFlowElementHast).type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElementHast).name === 'Table',
      );
      const caption = wrapper?.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'caption')?.value;
      if (typeof caption !== 'string' || !caption.trim()) {
        problems.push(
          atLine(table, 'a table has no caption. Wrap it in <Table caption="What the table shows"> … </Table>, with a blank line before and after the table.'),
        );
        return;
      }
      const rowHeaders = wrapper!.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'rowHeaders' && a.value !== 'false');

      // Each cell and the caption end with a space, which the page does not show but which keeps the
      // search index from gluing neighbouring cells into one word ("comparedFeaturePhase I").
      // (Whitespace between the cells themselves does not survive MDX's compiler.)
      table.children.unshift({ type: 'element', tagName: 'caption', properties: {}, children: [{ type: 'text', value: `${caption} ` }] });
      const head = table.children.find((section): section is Element => isElement(section, 'thead'));
      const headRow = head?.children.find((row): row is Element => isElement(row, 'tr'));
      const labels = (headRow?.children ?? [])
        .filter((cell): cell is Element => cell.type === 'element')
        .map((cell) => textOf(cell).replace(/\s+/g, ' ').trim());
      for (const section of table.children) {
        if (!isElement(section, 'thead') && !isElement(section, 'tbody')) continue;
        for (const row of section.children) {
          if (!isElement(row, 'tr')) continue;
          const cells = row.children.filter((cell): cell is Element => cell.type === 'element');
          if (isElement(section, 'thead')) {
            for (const cell of cells) cell.properties = { ...cell.properties, scope: 'col' };
          } else {
            if (rowHeaders && cells[0]) {
              cells[0].tagName = 'th';
              cells[0].properties = { ...cells[0].properties, scope: 'row' };
            }
            cells.forEach((cell, column) => {
              if (labels[column]) cell.properties = { ...cell.properties, dataLabel: labels[column] };
            });
          }
          row.children = row.children.filter((cell: ElementContent) => !(cell.type === 'text' && !cell.value.trim()));
          for (const cell of cells) cell.children.push({ type: 'text', value: ' ' });
        }
      }
    });
    if (problems.length) throw new ContentError(file, problems);
  };
}
