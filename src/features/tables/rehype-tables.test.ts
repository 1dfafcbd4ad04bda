import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { compile, compileError } from '../../shared/testing/mdx';

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
    // The trailing space is deliberate (see the next test).
    expect(text(first)).toBe('Trials by phase ');
  });

  it('ends the caption and every cell with a space, so the search index does not glue neighbouring cells into one word', async () => {
    const table = await tableOf(`<Table caption="Trials by phase">\n\n${TABLE}\n\n</Table>`);
    const cells = [...elements(table, 'caption'), ...elements(table, 'th'), ...elements(table, 'td')];
    expect(cells).toHaveLength(1 + 2 + 4);
    for (const cell of cells) expect(cell.children.at(-1)).toMatchObject({ type: 'text', value: expect.stringMatching(/ $/) });
  });

  it('labels every body cell with its column header, so narrow screens can draw rows as cards', async () => {
    const plain = await tableOf(`<Table caption="Trials by phase">\n\n${TABLE}\n\n</Table>`);
    expect(elements(plain, 'td').map((td) => td.properties['dataLabel'])).toEqual(['Trial', 'Phase', 'Trial', 'Phase']);
    // Column headers need no label; row headers (the first cell of a body row) keep theirs.
    expect(elements(plain, 'th').map((th) => th.properties['dataLabel'])).toEqual([undefined, undefined]);
    const withRowHeaders = await tableOf(`<Table caption="Trials by phase" rowHeaders>\n\n${TABLE}\n\n</Table>`);
    const rowHeaders = elements(withRowHeaders, 'th').filter((th) => th.properties['scope'] === 'row');
    expect(rowHeaders.map((th) => th.properties['dataLabel'])).toEqual(['Trial', 'Trial']);
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

  it('leaves no line breaks between the sections, rows and cells of a table (they carry nothing a reader sees)', async () => {
    const table = await tableOf(`<Table caption="Trials by phase">\n\n${TABLE}\n\n</Table>`);
    const structure = [table, ...elements(table, 'thead'), ...elements(table, 'tbody'), ...elements(table, 'tr')];
    expect(structure).toHaveLength(1 + 1 + 1 + 3);
    for (const node of structure) expect(node.children.map((child) => child.type)).toEqual(node.children.map(() => 'element'));
  });

  it('refuses a table without a caption, naming the file and the line, and shows the fix', async () => {
    const message = await compileError(`A bare table follows.\n\n${TABLE}`);
    expect(message).toContain('Content problem in content/pages/example.mdx');
    expect(message).toContain(
      'line 3: a table has no caption. Wrap it in <Table caption="What the table shows"> … </Table>, with a blank line before and after the table.',
    );
  });

  it('refuses a <Table> whose caption is empty', async () => {
    expect(await compileError(`<Table caption=" ">\n\n${TABLE}\n\n</Table>`)).toContain('a table has no caption');
  });
});
