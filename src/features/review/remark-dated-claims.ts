/**
 * Checks every <AsOf date="YYYY-MM" /> on a page: a malformed or future date stops the build; a date older
 * than the page's last review is a warning naming the file and line (see isAsOfStale for why).
 */
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { atLine } from '../../shared/content-errors';
import { warnContent } from '../../shared/content-warnings';
import { attributeOf, frontmatterOf, pageFile, refuseProblems, type JsxElement } from '../../shared/mdx-plugin';
import { isAsOfDate, isAsOfInFuture, isAsOfStale } from './review';

/** The page's lastReviewed as parsed from its frontmatter (a Date, or a string in some parsers). */
function lastReviewedOf(frontmatter: Record<string, unknown>): Date | undefined {
  const value = frontmatter.lastReviewed;
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

export function remarkDatedClaims() {
  // A fresh plugin for each page: `problems` belongs to one page.
  return () => {
    const problems: string[] = [];

    const check = (element: JsxElement, ctx: MdastVisitorContext) => {
      if (element.name !== 'AsOf') return;
      const date = attributeOf(element, 'date');
      if (typeof date !== 'string' || !isAsOfDate(date)) {
        problems.push(atLine(element, '<AsOf> needs the month the claim was last checked, written as date="YYYY-MM", for example <AsOf date="2026-11" />.'));
        return;
      }
      if (isAsOfInFuture(date)) {
        problems.push(atLine(element, `<AsOf date="${date}"> is a month that has not come yet. Give the month the claim was actually checked.`));
        return;
      }
      const lastReviewed = lastReviewedOf(frontmatterOf(ctx));
      if (lastReviewed && isAsOfStale(date, lastReviewed)) {
        warnContent(
          pageFile(ctx),
          atLine(
            element,
            `<AsOf date="${date}"> is older than the page's last review (lastReviewed ${lastReviewed.toISOString().slice(0, 10)}). Check the claim again and give it the month you checked it.`,
          ),
        );
      }
    };

    return defineMdastPlugin({
      name: 'dated-claims',
      options: { position: true },
      mdxJsxFlowElement: check,
      mdxJsxTextElement: check,
      after(_root, ctx) {
        refuseProblems(ctx, problems, 'Keep pages current');
      },
    });
  };
}
