/**
 * Checks every <AsOf date="YYYY-MM" /> on a page: a malformed or future date stops the build; a date older
 * than the page's last review is a warning naming the file and line (see isAsOfStale for why).
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, atLine } from './content-errors';
import { isAsOfDate, isAsOfInFuture, isAsOfStale } from './review';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The page's lastReviewed as parsed from its frontmatter (a Date, or a string in some parsers). */
function lastReviewedOf(file: VFile): Date | undefined {
  const value = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter?.lastReviewed;
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

export function remarkDatedClaims() {
  return (tree: Root, file: VFile) => {
    const problems: string[] = [];
    const lastReviewed = lastReviewedOf(file);
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      const element = node as JsxElement;
      if (element.name !== 'AsOf') return;
      const date = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'date')?.value;
      if (typeof date !== 'string' || !isAsOfDate(date)) {
        problems.push(atLine(element, '<AsOf> needs the month the claim was last checked, written as date="YYYY-MM", for example <AsOf date="2026-11" />.'));
        return;
      }
      if (isAsOfInFuture(date)) {
        problems.push(atLine(element, `<AsOf date="${date}"> is a month that has not come yet. Give the month the claim was actually checked.`));
        return;
      }
      if (lastReviewed && isAsOfStale(date, lastReviewed)) {
        console.warn(
          `Warning: ${relative(process.cwd(), file.path)}: ${atLine(element, `<AsOf date="${date}"> is older than the page's last review (lastReviewed ${lastReviewed.toISOString().slice(0, 10)}). Check the claim again and give it the month you checked it.`)}`,
        );
      }
    });
    if (problems.length) throw new ContentError(file, problems);
  };
}
