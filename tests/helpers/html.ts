// A real HTML parser (parse5, the one browsers' spec describes) for tests that read built pages
// without a browser: links, fragments, structured data, head metadata.
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function parseHtml(html: string): Node {
  return parse(html);
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: Node): Node[] {
  const own = 'childNodes' in node ? node.childNodes : [];
  // <template> keeps its children in a separate fragment.
  const content = isElement(node) && node.tagName === 'template' && 'content' in node ? (node.content as { childNodes: Node[] }).childNodes : [];
  return [...own, ...content];
}

/** Every element, in document order. */
export function elements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    if (isElement(node)) out.push(node);
    for (const child of childrenOf(node)) walk(child);
  };
  walk(root);
  return out;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Text content with whitespace collapsed, as a reader would see it (scripts and styles left out). */
export function text(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeName === '#text' && 'value' in n) out += n.value;
    else if (isElement(n) && (n.tagName === 'script' || n.tagName === 'style')) return;
    for (const child of childrenOf(n)) walk(child);
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
}

/** Raw text of an element such as <script> (no whitespace changes). */
export function rawText(el: Element): string {
  return childrenOf(el)
    .map((n) => (n.nodeName === '#text' && 'value' in n ? n.value : ''))
    .join('');
}
