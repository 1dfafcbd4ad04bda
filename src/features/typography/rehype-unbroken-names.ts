/**
 * Each name that must not break at its hyphen (unbroken-names.ts) in the page's text is wrapped in
 * <span class="unbroken">, which typography.css keeps on one line.
 *
 * A span rather than a non-breaking hyphen (U+2011): the text stays exactly what the editor wrote,
 * so search finds "CAR-T" as typed, a copied name pastes as typed, heading ids stay the same and
 * screen readers read it as before.
 */
import type { ElementContent, Parents, Text } from 'hast';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';
import { textParts } from './unbroken-names';

/** Elements whose text is not prose, or already kept whole. */
const SKIPPED = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

function isSkipped(node: Text, ctx: HastVisitorContext): boolean {
  for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if (parent.type !== 'element') continue;
    if (SKIPPED.has(parent.tagName)) return true;
    const className = parent.properties?.className;
    if (Array.isArray(className) && className.includes('unbroken')) return true;
  }
  return false;
}

/** The text split into plain text and a span around each name, or undefined when it names none. */
export function splitNames(value: string): ElementContent[] | undefined {
  const parts = textParts(value);
  if (!parts.some((part) => part.unbroken)) return undefined;
  return parts.map(({ text, unbroken }) =>
    unbroken
      ? { type: 'element', tagName: 'span', properties: { className: ['unbroken'] }, children: [{ type: 'text', value: text }] }
      : { type: 'text', value: text },
  );
}

export function rehypeUnbrokenNames() {
  return () =>
    defineHastPlugin({
      name: 'unbroken-names',
      text(node, ctx) {
        const parts = splitNames(node.value);
        if (parts && !isSkipped(node, ctx)) ctx.replaceNode(node, parts);
      },
    });
}
