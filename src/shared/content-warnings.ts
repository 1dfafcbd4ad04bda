/**
 * Every content warning of the site goes through here, in one format: "[site-content] WHERE: MESSAGE",
 * where WHERE is the file to open (relative to the project) and MESSAGE says what to do, with
 * "line N: " first when the line is known. Warnings never stop a build: an old commit must still
 * build, and the pages tell readers themselves (an overdue review, an old "as of" date).
 *
 * The build's logger is Astro's: content-data-watch.ts hands it over (`logger.fork('site-content')`) when
 * Astro sets the project up. The Markdown plugins and pages that warn are bundled apart from the
 * integrations but run in the same process, so the logger is kept on globalThis. Without one (the
 * unit tests), warnings go to the console in the same format.
 */
import { relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';

const LOGGER = Symbol.for('lupus-msc:content-warnings');
type Holder = { [LOGGER]?: AstroIntegrationLogger };

/** Called once by the content integration with Astro's logger. */
export function useContentLogger(logger: AstroIntegrationLogger): void {
  (globalThis as Holder)[LOGGER] = logger.fork('site-content');
}

/** Warns about content at `where` (a file, absolute or relative to the project). */
export function warnContent(where: string, message: string): void {
  const line = `${relative(process.cwd(), where) || where}: ${message}`;
  const logger = (globalThis as Holder)[LOGGER];
  if (logger) logger.warn(line);
  else console.warn(`[site-content] ${line}`);
}
