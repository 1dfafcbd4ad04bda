// One place for the preview server's address and for joining site paths onto it.
// BASE_PATH (e.g. "/lupus/") is honoured for sub-path builds: site paths in the tests are written
// as the site sees them without the base ("/about/"), and are joined with the base here.

import { basePath as normaliseBasePath, joinBase, SITE_URL, stripBase } from '../../src/shared/paths.ts';

// The site's name and title separator come from the site's own settings, so a rename is one edit;
// the public origin is the one astro.config.mjs builds for.
export { SITE_NAME, TITLE_SEPARATOR } from '../../src/features/chrome/site.ts';
export { SITE_URL };

/** Site path -> the public absolute URL (canonical form), as the build writes it. */
export function publicUrl(sitePath: string): string {
  return new URL(withBase(sitePath), SITE_URL).href;
}

export const HOST = '127.0.0.1';
// PORT lets several checkouts run their suites side by side without sharing one preview server.
export const PORT = Number(process.env.PORT || 4321);
export const ORIGIN = `http://${HOST}:${PORT}`;

/** "/", or the BASE_PATH with exactly one leading and one trailing slash. */
export function basePath(raw: string | undefined = process.env.BASE_PATH): string {
  return normaliseBasePath(raw);
}

/** Site path ("/about/") -> path as served ("/lupus/about/" under BASE_PATH=/lupus/). */
export function withBase(sitePath: string): string {
  return joinBase(basePath(), sitePath);
}

/** Site path -> absolute URL on the preview server. */
export function siteUrl(sitePath: string): string {
  return ORIGIN + withBase(sitePath);
}

/** The base URL handed to Playwright (always ends with "/"). */
export const BASE_URL = siteUrl('/');

/**
 * Served pathname (from an href or URL) -> site path without the base, or null if the URL is on
 * another origin or outside the base.
 */
export function toSitePath(hrefOrUrl: string, from: string = BASE_URL): string | null {
  const url = new URL(hrefOrUrl, from);
  if (url.origin !== ORIGIN) return null;
  return stripBase(basePath(), url.pathname);
}
