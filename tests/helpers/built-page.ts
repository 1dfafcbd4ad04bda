// One built page read from the build folder and parsed once (parse5, as browsers parse), shared by
// every check of tests/built-site/ that runs in the same worker. The page list is the page
// manifest (tests/helpers/pages.ts); the cache is per build folder, so the root build and the
// sub-path build never mix.
import { readFileSync } from 'node:fs';
import { builtPages, type BuiltPage } from './pages.ts';
import { attr, elements, parseHtml, type Element, type Node } from './html.ts';

export interface ParsedPage {
  page: BuiltPage;
  html: string;
  root: Node;
  /** Every element, in document order. */
  all: Element[];
  /** Ids (and legacy a[name]): the targets a fragment may name. */
  ids: Set<string>;
}

const cache = new Map<string, ParsedPage>();

export function parsed(page: BuiltPage): ParsedPage {
  let entry = cache.get(page.file);
  if (!entry) {
    const html = readFileSync(page.file, 'utf8');
    const root = parseHtml(html);
    const all = elements(root);
    const ids = new Set<string>();
    for (const el of all) {
      const id = attr(el, 'id') ?? (el.tagName === 'a' ? attr(el, 'name') : undefined);
      if (id) ids.add(id);
    }
    entry = { page, html, root, all, ids };
    cache.set(page.file, entry);
  }
  return entry;
}

/** The built page at a site path ("/about/"); throws when the build has none. */
export function parsedAt(sitePath: string): ParsedPage {
  const page = builtPages().find((p) => p.path === sitePath);
  if (!page) throw new Error(`${sitePath} was not built`);
  return parsed(page);
}

/** The element and its ancestors, nearest first. */
export function ancestry(el: Element): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = el; n && 'tagName' in n; n = (n as Element).parentNode as Node | null) out.push(n as Element);
  return out;
}

export const hasClass = (el: Element, name: string): boolean => (attr(el, 'class') ?? '').split(/\s+/).includes(name);
/** The nearest element (itself included) that matches. */
export const closest = (el: Element, test: (e: Element) => boolean): Element | undefined => ancestry(el).find(test);
/** Child elements only. */
export const childElements = (el: Element): Element[] => el.childNodes.filter((n): n is Element => 'tagName' in n);
