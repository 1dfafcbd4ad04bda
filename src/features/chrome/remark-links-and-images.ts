/**
 * Checks what an editor can get wrong in links and images, and fails the build with a clear message:
 * - an internal link must point to a page that exists (fragments are checked after the build);
 * - every image needs alt text (WCAG 1.1.1). A purely decorative image does not belong in content.
 * It also prefixes internal links with the configured base path, so content works under a sub-path,
 * and, in a translation, points each link at the translated page, or at the English page marked
 * as English (hreflang="en" and "(en inglés)" after it) while there is no translation.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineMdastPlugin } from 'satteri';
import { atLine } from '../../shared/content-errors';
import { readPagePaths } from '../../shared/content-files';
import { attributeOf, pageFile, refuseProblems, type JsxElement } from '../../shared/mdx-plugin';
import { CODE_PAGES, DEFAULT_LOCALE, joinBase, linkInLocale, localeOfContentFile } from '../../shared/paths.ts';
import { DICTIONARIES } from '../i18n/dictionary';

/** Pages made by code that content may link to (the not-found page is never a link target). */
const isCodePage = (path: string) => CODE_PAGES[path] === 'search';

export interface LinkOptions {
  /** The site's base path, e.g. "/" or "/lupus-msc/". */
  base: string;
}

export function remarkLinksAndImages({ base }: LinkOptions) {
  // A fresh plugin for each page: `problems` belongs to one page.
  return () => {
    const contentPages = readPagePaths();
    const pages = { has: (path: string) => contentPages.has(path) || isCodePage(path) };
    const problems: string[] = [];

    const checkInternal = (node: Parameters<typeof atLine>[0], url: string): string | undefined => {
      const [path = '', fragment] = url.split('#');
      if (pages.has(path)) return `${joinBase(base, path)}${fragment === undefined ? '' : `#${fragment}`}`;
      if (existsSync(join(process.cwd(), 'public', path))) return joinBase(base, path);
      const hint = pages.has(`${path}/`) ? ` Add the final slash: ${path}/` : ' Check the spelling, or link to one of the pages in content/pages.';
      problems.push(atLine(node, `the link "${url}" does not match any page on this site.${hint}`));
      return undefined;
    };

    const checkImgElement = (element: JsxElement) => {
      if (element.name !== 'img') return;
      const alt = attributeOf(element, 'alt');
      if (typeof alt !== 'string' || !alt.trim()) problems.push(atLine(element, 'an <img> has no alt text. Add alt="what the image shows".'));
    };

    return defineMdastPlugin({
      name: 'links-and-images',
      options: { position: true },
      link(node, ctx) {
        const url = node.url;
        if (url.startsWith('/') && !url.startsWith('//')) {
          const rewritten = checkInternal(node, url);
          if (!rewritten) return;
          const locale = localeOfContentFile(pageFile(ctx));
          const target = locale === DEFAULT_LOCALE ? undefined : linkInLocale(url, locale, readPagePaths(process.cwd(), locale));
          if (!target || !pages.has(url.split('#')[0] ?? '')) ctx.setProperty(node, 'url', rewritten);
          else if (target.locale === locale) ctx.setProperty(node, 'url', joinBase(base, target.path));
          else {
            // An English page from a translation: said in the link (hreflang) and in words after it.
            ctx.replaceNode(node, {
              type: 'mdxJsxTextElement',
              name: 'a',
              attributes: [
                { type: 'mdxJsxAttribute', name: 'href', value: rewritten },
                { type: 'mdxJsxAttribute', name: 'hreflang', value: target.locale },
              ],
              children: node.children,
            } as never);
            ctx.insertAfter(node, { type: 'text', value: ` ${DICTIONARIES[locale].inEnglish}` });
          }
        } else if (!/^(https?:|mailto:|#)/.test(url)) {
          problems.push(
            atLine(
              node,
              `the link "${url}" is neither a full web address (https://…) nor a path from the site root (such as /lupus-nephritis/). Write internal links from the site root.`,
            ),
          );
        }
      },
      image(node) {
        if (!node.alt?.trim()) {
          problems.push(
            atLine(node, `the image "${node.url}" has no alt text. Describe what the image shows between the square brackets: ![what it shows](${node.url})`),
          );
        }
      },
      mdxJsxFlowElement: checkImgElement,
      mdxJsxTextElement: checkImgElement,
      after(_root, ctx) {
        refuseProblems(ctx, problems, 'Add a page');
      },
    });
  };
}
