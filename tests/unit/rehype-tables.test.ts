import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { compile, compileError } from './helpers/mdx';

const TABLE = '| Trial | Phase |\n| ----- | ----- |\n| One   | 2     |\n| Two   | 3     |';

/** The first <table> after the plugins. */
async function tableOf(source: string): Promise<Element> {
  const { hast } = await compile(source);
  let table: Element | undefined;
  visit(hast, 'element', (node: Element) => {
    if (node.tagName === 'table') table ??= node;
  });
  if (!table) throw new Error('no table in the output');
  return table;
}

const elements = (parent: Element, tagName: string): Element[] => {
  const found: Element[] = [];
  visit(parent, 'element', (node: Element) => void (node.tagName === tagName && found.push(node)));
  return found;
};
const text = (node: Element) => (node.children[0] as { value: string }).value;

describe('rehypeTables', () => {
  it('moves the caption into the table as its first child', async () => {
    const table = await tableOf(`<Table caption="Trials by phase">\n\n${TABLE}\n\n</Table>`);
    const first = table.children[0] as Element;
    expect(first.tagName).toBe('caption');
    expect(text(first)).toBe('Trials by phase');
  });

  it('gives every column header scope="col"', async () => {
    const table = await tableOf(`<Table caption="Trials by phase">\n\n${TABLE}\n\n</Table>`);
    const headers = elements(table, 'th');
    expect(headers.map(text)).toEqual(['Trial', 'Phase']);
    expect(headers.every((th) => th.properties['scope'] === 'col')).toBe(true);
  });

  it('turns the first cell of each body row into a row header with rowHeaders', async () => {
    const table = await tableOf(`<Table caption="Trials by phase" rowHeaders>\n\n${TABLE}\n\n</Table>`);
    const rowHeaders = elements(table, 'th').filter((th) => th.properties['scope'] === 'row');
    expect(rowHeaders.map(text)).toEqual(['One', 'Two']);
  });

  it('keeps body cells as data cells without rowHeaders', async () => {
    const table = await tableOf(`<Table caption="Trials by phase">\n\n${TABLE}\n\n</Table>`);
    expect(elements(table, 'td').map(text)).toEqual(['One', '2', 'Two', '3']);
  });

  it('refuses a table without a caption, naming the file and the line, and shows the fix', async () => {
    const message = await compileError(`A bare table follows.\n\n${TABLE}`);
    expect(message).toContain('Content problem in content/pages/example.mdx');
    expect(message).toContain('line 3: a table has no caption. Wrap it in <Table caption="What the table shows"> … </Table>, with a blank line before and after the table.');
  });

  it('refuses a <Table> whose caption is empty', async () => {
    expect(await compileError(`<Table caption=" ">\n\n${TABLE}\n\n</Table>`)).toContain('a table has no caption');
  });
});
