/**
 * What the site's Sätteri plugins (remark-*.ts and rehype-tables.ts in src/features/) share: the components an
 * editor writes in MDX and their attributes, the page's file and frontmatter, and failing the build
 * with every problem on the page at once.
 *
 * Sätteri hands a plugin read-only nodes; every change goes through its context (`ctx.replaceNode`,
 * `ctx.setProperty`, …). A component's attributes cannot be set in place, so a plugin that adds one
 * replaces the element with a copy (see withAttribute).
 */
import { fileURLToPath } from 'node:url';
import type { MdxJsxAttributeNode, MdxJsxFlowElement, MdxJsxTextElement, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { ContentError, type ReadmeSection } from './content-errors';
import type { DocumentData } from './page-data';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type AnyJsxElement = JsxElement | MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** A component (or HTML tag) written in MDX, optionally with the given name: <Cite>, <Table>, <img>. */
export function isJsxElement(node: unknown, name?: string): node is JsxElement {
  const element = node as JsxElement | undefined;
  return (element?.type === 'mdxJsxTextElement' || element?.type === 'mdxJsxFlowElement') && (name === undefined || element.name === name);
}

/** The value of a component's attribute: a string, null for a bare attribute, an expression object, or undefined when absent. */
export function attributeOf(element: AnyJsxElement, name: string): MdxJsxAttributeNode['value'] {
  return element.attributes.find((a): a is MdxJsxAttributeNode => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

export const hasAttribute = (element: AnyJsxElement, name: string): boolean => element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name);

/** A copy of `element` with one attribute more, to hand to `ctx.replaceNode` (its children keep their place). */
export function withAttribute<E extends JsxElement>(element: E, name: string, value: string | null): E {
  return {
    type: element.type,
    name: element.name,
    attributes: [...element.attributes, { type: 'mdxJsxAttribute', name, value }],
    children: element.children,
  } as E;
}

/** The page's file, as error messages name it. */
export const pageFile = (ctx: { fileURL: URL | undefined }): string => (ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(unknown file)');

/** The page's frontmatter, which Astro puts in the document data before the plugins run. */
export const frontmatterOf = (ctx: { data: DocumentData }): Record<string, unknown> => ctx.data.astro?.frontmatter ?? {};

/**
 * Fails the build with every problem found on the page, each with its line, or does nothing when
 * there are none. `section` is the README section the error's hint points to.
 */
export function refuseProblems(ctx: { fileURL: URL | undefined }, problems: string[], section: ReadmeSection): void {
  if (problems.length) throw new ContentError(pageFile(ctx), problems, section);
}
