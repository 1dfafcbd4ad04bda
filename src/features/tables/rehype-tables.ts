/**
 * Tables must be understandable without seeing them (WCAG 1.3.1): each needs a caption, column
 * headers with scope, and optionally row headers. Markdown tables cannot carry a caption, so editors
 * wrap them in <Table caption="…">; this plugin moves the caption into the table itself and fails
 * the build for a bare table.
 *
 * It also gives every body cell a data-label with its column's header text: on narrow screens CSS
 * draws each row as a card of label–value pairs (tables.css), so no column is ever cut off,
 * without JavaScript.
 */
import type { Element, ElementContent, Parents } from 'hast';
import { defineHastPlugin, type HastVisitorContext, type MdxJsxFlowElementHast } from 'satteri';
import { atLine } from '../../shared/content-errors';
import { attributeOf, refuseProblems } from '../../shared/mdx-plugin';

const isElement = (node: unknown, tagName: string): node is Element => (node as Element).type === 'element' && (node as Element).tagName === tagName;
const isWhiteSpace = (node: ElementContent) => node.type === 'text' && !node.value.trim();

/** The text of a cell, as a reader sees it (white space collapsed). */
const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '');

/** The nearest <Table> component around `node`, if any. */
function wrapperOf(node: Element, ctx: HastVisitorContext): MdxJsxFlowElementHast | undefined {
  for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if (parent.type === 'mdxJsxFlowElement' && parent.name === 'Table') return parent;
  }
  return undefined;
}

export function rehypeTables() {
  // A fresh plugin for each page: `problems` belongs to one page.
  return () => {
    const problems: string[] = [];
    return defineHastPlugin({
      name: 'tables',
      options: { position: true },
      element: {
        filter: ['table'],
        visit(table, ctx) {
          const wrapper = wrapperOf(table, ctx);
          const caption = wrapper && attributeOf(wrapper, 'caption');
          if (typeof caption !== 'string' || !caption.trim()) {
            problems.push(
              atLine(
                table,
                'a table has no caption. Wrap it in <Table caption="What the table shows"> … </Table>, with a blank line before and after the table.',
              ),
            );
            return;
          }
          const rowHeaders = wrapper!.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'rowHeaders' && a.value !== 'false');

          // Each cell and the caption end with a space, which the page does not show but which keeps the
          // search index from gluing neighbouring cells into one word ("comparedFeaturePhase I").
          ctx.prependChild(table, { type: 'element', tagName: 'caption', properties: {}, children: [{ type: 'text', value: `${caption} ` }] });
          const head = table.children.find((section): section is Element => isElement(section, 'thead'));
          const headRow = head?.children.find((row): row is Element => isElement(row, 'tr'));
          const labels = (headRow?.children ?? [])
            .filter((cell): cell is Element => cell.type === 'element')
            .map((cell) => textOf(cell).replace(/\s+/g, ' ').trim());
          // Line breaks between rows and cells carry nothing a reader sees (and MDX compiled with
          // unified never kept them): they go, so the table's markup is the same either way.
          for (const child of table.children) if (isWhiteSpace(child)) ctx.removeNode(child);
          for (const section of table.children) {
            if (!isElement(section, 'thead') && !isElement(section, 'tbody')) continue;
            for (const row of section.children) {
              if (!isElement(row, 'tr')) {
                if (isWhiteSpace(row)) ctx.removeNode(row);
                continue;
              }
              for (const cell of row.children) if (isWhiteSpace(cell)) ctx.removeNode(cell);
              const cells = row.children.filter((cell): cell is Element => cell.type === 'element');
              cells.forEach((cell, column) => {
                const space = { type: 'text', value: ' ' } as const;
                if (isElement(section, 'thead')) {
                  ctx.setProperty(cell, 'scope', 'col');
                  ctx.appendChild(cell, space);
                  return;
                }
                const label = labels[column] ? { dataLabel: labels[column] } : {};
                if (rowHeaders && column === 0) {
                  // A new tag name needs a new node; the cell's content moves into it.
                  ctx.replaceNode(cell, {
                    type: 'element',
                    tagName: 'th',
                    properties: { ...cell.properties, scope: 'row', ...label },
                    children: [...cell.children, space],
                  });
                  return;
                }
                if (label.dataLabel) ctx.setProperty(cell, 'dataLabel', label.dataLabel);
                ctx.appendChild(cell, space);
              });
            }
          }
        },
      },
      after(_root, ctx) {
        refuseProblems(ctx, problems, 'Building blocks for pages');
      },
    });
  };
}
