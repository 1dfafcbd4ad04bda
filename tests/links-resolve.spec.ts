// Every link and resource URL on every built page resolves: an internal URL names a file in the
// build (under the base path), a #fragment names an element on its target page, and an external
// URL is well-formed (not fetched: the tests never depend on other sites being up).
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, type BuiltPage } from './helpers/pages.ts';
import { attr, elements, parseHtml } from './helpers/html.ts';
import { basePath, ORIGIN, siteUrl, toSitePath } from './helpers/site.ts';
import { bulletList } from './helpers/format.ts';
import { builtFileOfPath } from '../src/shared/paths.ts';

/** Attributes holding one URL, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};
const EXTERNAL_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

const idCache = new Map<string, Set<string>>();
/** Ids (and legacy a[name]) in a built HTML file: the targets a fragment may name. */
function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set();
    for (const el of elements(parseHtml(readFileSync(file, 'utf8')))) {
      const id = attr(el, 'id') ?? (el.tagName === 'a' ? attr(el, 'name') : undefined);
      if (id) ids.add(id);
    }
    idCache.set(file, ids);
  }
  return ids;
}

/** Site path -> the file the static host serves for it, or null. */
function fileFor(sitePath: string): string | null {
  const decoded = decodeURIComponent(sitePath);
  if (decoded.endsWith('/')) {
    const page = join(DIST, builtFileOfPath(decoded));
    return existsSync(page) ? page : null;
  }
  const candidate = join(DIST, decoded);
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

function problemsWith(raw: string, page: BuiltPage): string | null {
  if (/\s/.test(raw)) return 'contains white space';
  if (raw === '' || raw === '#') return 'is empty';
  const pageUrl = siteUrl(page.path);
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return 'is not a valid URL';
  }
  if (url.origin !== ORIGIN) {
    if (!EXTERNAL_SCHEMES.has(url.protocol)) return `uses the scheme ${url.protocol}`;
    if (url.protocol.startsWith('http') && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) return 'has no valid host name';
    if (url.protocol === 'mailto:' && !/^[^@\s]+@[^@\s]+\.[a-z]+$/i.test(decodeURIComponent(url.pathname))) return 'is not an e-mail address';
    return null;
  }
  const sitePath = toSitePath(url.href);
  if (sitePath === null) return `points outside the base path ${basePath()}`;
  const target = url.pathname === new URL(pageUrl).pathname ? page.file : fileFor(sitePath);
  if (!target) return `points to ${url.pathname}, which the build does not contain`;
  if (url.hash) {
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (!idsIn(target).has(fragment)) return `names #${fragment}, which is not an id on ${sitePath}`;
  }
  return null;
}

for (const page of builtPages()) {
  test(`every link and resource on ${page.path} resolves`, async () => {
    const broken: string[] = [];
    let checked = 0;
    for (const el of elements(parseHtml(readFileSync(page.file, 'utf8')))) {
      for (const name of URL_ATTRIBUTES[el.tagName] ?? []) {
        const value = attr(el, name);
        if (value === undefined) continue;
        // The canonical URL names the public host, not the preview server: tests/links-sitemap-*.
        if (el.tagName === 'link' && attr(el, 'rel') === 'canonical') continue;
        checked++;
        const problem = problemsWith(value, page);
        if (problem) broken.push(`<${el.tagName} ${name}="${value}"> ${problem}`);
      }
    }
    expect(checked, `no links found on ${page.path}: is the page empty?`).toBeGreaterThan(0);
    expect(broken, `broken links on ${page.path}:\n${bulletList(broken)}`).toEqual([]);
  });
}
