// The site under test: which build (dist folder), under which base path, served on which port.
// `npm test` builds the site twice, under the sub-path CI publishes (/lupus-msc/, in dist/) and at
// the root (dist-root/), and playwright.config.ts serves each on its own port. Each Playwright
// project names its site in `use.site`; the fixture in tests/helpers/test.ts hands it to
// useSite() before the worker's first test, and a worker runs the tests of one project only, so
// everything below answers for that project's build. Outside a worker (collecting tests, or a
// script) the site is the sub-path build, or BASE_PATH/PORT when set.
//
// Site paths in the tests are written as the site sees them without the base ("/about/"), and
// are joined with the base here.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePath as normaliseBasePath, joinBase, stripBase } from '../../src/shared/paths.ts';
import { readManifest } from '../../src/features/chrome/built-site.mjs';

// The site's name and title separator come from the site's own settings, so a rename is one edit;
// the public origin is the one astro.config.mjs builds for.
export { DISCLAIMER, SITE_NAME, TITLE_SEPARATOR } from '../../src/features/chrome/site.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const HOST = '127.0.0.1';

export interface SiteUnderTest {
  /** "/lupus-msc/" or "/". */
  base: string;
  /** Port of its preview server. */
  port: number;
  /** Its build folder, absolute. */
  dist: string;
}

/** PORT lets several checkouts run their suites side by side; the root build is served on PORT + 1. */
const PORT = Number(process.env.PORT || 4321);
/** The sub-path CI publishes under (a project site of GitHub Pages). */
export const SUB_PATH = '/lupus-msc/';
/** The two builds `npm test` makes and serves (package.json: build:sub-path and build:root). */
export const SITES = {
  subPath: { base: SUB_PATH, port: PORT, dist: join(PROJECT_ROOT, 'dist') },
  root: { base: '/', port: PORT + 1, dist: join(PROJECT_ROOT, 'dist-root') },
} as const satisfies Record<string, SiteUnderTest>;

let current: SiteUnderTest = process.env.BASE_PATH === undefined ? SITES.subPath : { ...SITES.subPath, base: normaliseBasePath(process.env.BASE_PATH) };

/** Called once per worker by the fixture in tests/helpers/test.ts. */
export function useSite(site: SiteUnderTest): void {
  current = site;
}
export function site(): SiteUnderTest {
  return current;
}

/** "/", or the base path of the site under test, with one leading and one trailing slash. */
export function basePath(): string {
  return current.base;
}
/** The preview server's origin ("http://127.0.0.1:4321"). */
export function origin(): string {
  return `http://${HOST}:${current.port}`;
}
/** The site's address on its preview server (always ends with "/"). */
export function baseUrl(): string {
  return siteUrl('/');
}

/**
 * The public origin the build under test was made for (its SITE_URL, or the placeholder), from its
 * page manifest: `npm run build:test` sets SITE_URL, and the tests need not be told it again.
 */
export function publicSite(): string {
  return readManifest(current.dist).site;
}

/** Site path -> the public absolute URL (canonical form), as the build writes it. */
export function publicUrl(sitePath: string): string {
  return new URL(withBase(sitePath), publicSite()).href;
}

/** Site path ("/about/") -> path as served ("/lupus-msc/about/" under the base /lupus-msc/). */
export function withBase(sitePath: string): string {
  return joinBase(basePath(), sitePath);
}

/** Site path -> absolute URL on the preview server. */
export function siteUrl(sitePath: string): string {
  return origin() + withBase(sitePath);
}

/**
 * Served pathname (from an href or URL) -> site path without the base, or null if the URL is on
 * another origin or outside the base.
 */
export function toSitePath(hrefOrUrl: string, from: string = baseUrl()): string | null {
  const url = new URL(hrefOrUrl, from);
  if (url.origin !== origin()) return null;
  return stripBase(basePath(), url.pathname);
}
