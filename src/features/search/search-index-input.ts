/**
 * What Pagefind reads: a copy of the built pages without each page's guide contents. Every page of
 * a topic lists all of the topic's pages (chrome/GuideContents.astro), so with a thousand pages in
 * one topic that list is three quarters of the HTML, and Pagefind parses every byte of it only to
 * skip it (it is data-pagefind-ignore). Pagefind takes the copy's folder in one `addDirectory`
 * call, so the pages keep their paths and URLs, and the index holds the same pages, words and
 * fragments. (Pagefind numbers the pages in the order their folder lists them: dist/'s disk order
 * before, the copy's order now; neither was ever the site's order.)
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GUIDE_CONTENTS_CLASS } from '../chrome/guide-list';

const OPENING = Buffer.from(`<nav class="${GUIDE_CONTENTS_CLASS} `);
const CLOSING = Buffer.from('</nav>');
const NESTED = Buffer.from('<nav');
/** Pagefind still reads metadata and filters inside an ignored element; a list that carries any is left in. */
const PAGEFIND_ATTRIBUTE = Buffer.from('data-pagefind-');

/** A Pagefind attribute other than data-pagefind-ignore, in the list's own tag. */
const KEPT_ATTRIBUTE = /\sdata-pagefind-(?!ignore[\s>=])/;

/**
 * The page without its guide contents, when it has them and they hold nothing Pagefind keeps (no
 * nested nav, no data-pagefind- attribute but the list's data-pagefind-ignore); otherwise the page as it is.
 */
export function withoutGuideContents(page: Buffer): Buffer {
  const start = page.indexOf(OPENING);
  if (start < 0) return page;
  const openingEnd = page.indexOf('>', start);
  const end = page.indexOf(CLOSING, openingEnd);
  if (openingEnd < 0 || end < 0) return page;
  if (KEPT_ATTRIBUTE.test(page.toString('latin1', start, openingEnd + 1))) return page;
  const inside = page.subarray(openingEnd, end);
  if (inside.includes(NESTED) || inside.includes(PAGEFIND_ATTRIBUTE)) return page;
  return Buffer.concat([page.subarray(0, start), page.subarray(end + CLOSING.length)]);
}

/** Copies every HTML page of `dist` into `copy` (same relative paths), each without its guide contents. */
export function writeIndexInput(dist: string, copy: string): void {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const folders = new Set<string>();
  for (const file of files) {
    const folder = dirname(join(copy, file));
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(join(copy, file), withoutGuideContents(readFileSync(join(dist, file))));
  }
}

/**
 * Writes the copy into a new folder inside the first of `places` that takes it, and returns that
 * folder (the caller removes it). By default Linux's in-memory folder, then the system's temporary
 * folder: the copy is written, read once and removed, and on the project's machine writing a
 * thousand folders and files to disk costs about 0.7 CPU seconds (a quarter of what leaving out
 * the guide contents saves Pagefind at +1000 pages), in memory about 0.03 s. A place that fails
 * (none there, or full: a container's /dev/shm may hold only 64 MB) hands over to the next.
 */
export function writeIndexInputCopy(dist: string, places: readonly string[] = ['/dev/shm', tmpdir()]): string {
  let failure: unknown;
  for (const place of places) {
    let copy: string | undefined;
    try {
      copy = mkdtempSync(join(place, 'search-index-input-'));
      writeIndexInput(dist, copy);
      return copy;
    } catch (error) {
      if (copy) rmSync(copy, { recursive: true, force: true });
      failure = error;
    }
  }
  throw new Error(`Search index: could not write the pages' copy for Pagefind in ${places.join(' or ')}.`, { cause: failure });
}
