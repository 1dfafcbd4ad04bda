/**
 * Lists the components a page's MDX uses (<Table>, <TrialsTable>…) and hands the list to the layout,
 * which links the stylesheets only those components need (page-stylesheets.ts).
 */
import { defineMdastPlugin } from 'satteri';
import type { JsxElement } from '../../shared/mdx-plugin';
import { setPageData } from '../../shared/page-data';

export function remarkComponentsUsed() {
  // A fresh plugin for each page: `used` belongs to one page.
  return () => {
    const used = new Set<string>();
    const note = (element: JsxElement) => {
      if (element.name) used.add(element.name);
    };
    return defineMdastPlugin({
      name: 'components-used',
      mdxJsxFlowElement: note,
      mdxJsxTextElement: note,
      after(_root, ctx) {
        setPageData(ctx.data, { components: [...used].sort() });
      },
    });
  };
}
