/**
 * Read-only access to the content files for the build-time plugins, which run before Astro's
 * content collections are available. Validation of these files is done by the collections' schemas
 * (src/content.config.ts); here we only read what the plugins need.
 *
 * Every MDX file's plugins ask for the same data, so each file is read once and read again only
 * when it changes: a YAML file when its modification time or size changes, the list of pages when
 * a folder under content/pages gains, loses or renames an entry (which changes that folder's
 * modification time). Checking costs one stat per file or folder, so a build stays linear in
 * pages, and `astro dev` never serves data older than the files. During `astro build` the files
 * cannot change, so once read they are not checked again (`holdContentFiles()`, called when the
 * build starts): over a thousand pages, even a stat per file per page adds up.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_LOCALE, pageIdFromFile, pagePathFromId, pagesDirOf, PAGES_DIR, type Locale } from './paths.ts';

export const CONTENT_DIR = 'content';
export { PAGES_DIR };

export interface WithId {
  id: string;
}

/** A stat signature that changes when a file or folder changes. */
const signature = (path: string): string => {
  const stats = statSync(path);
  return `${stats.mtimeMs}:${stats.size}`;
};

/** Set for the rest of the process once a build starts: what has been read stays as read. */
let held = false;

/**
 * Stops checking the content files for changes: for `astro build`, where they cannot change
 * (src/shared/content-data-watch.ts). `false` checks them again (the unit tests, which share
 * this module between files).
 */
export function holdContentFiles(hold = true): void {
  held = hold;
}

/**
 * The one YAML reader of the site: the content collections' file() loaders (src/content.config.ts)
 * and the Markdown plugins (below) both parse the data files with it, so both see the same values.
 * YAML 1.2's core schema with timestamps, as Astro's own loader reads YAML: an unquoted 2026-11-22
 * is a date, yes and no stay words.
 */
export const parseContentYaml = (text: string): Record<string, unknown>[] | Record<string, Record<string, unknown>> =>
  parse(text, { customTags: ['timestamp'] }) as Record<string, unknown>[] | Record<string, Record<string, unknown>>;

const yamlCache = new Map<string, { signature: string; entries: WithId[] }>();

/**
 * A list of entries with an id from a YAML file in content/, read again only when the file changes.
 * `root` is the project folder (the unit tests pass a throwaway one).
 */
export function readYamlList<T extends WithId>(file: string, root: string = process.cwd()): T[] {
  const path = join(root, CONTENT_DIR, file);
  let cached = yamlCache.get(path);
  if (held && cached) return cached.entries as T[];
  const current = signature(path);
  if (cached?.signature !== current) {
    const data = parseContentYaml(readFileSync(path, 'utf8'));
    const entries = Array.isArray(data) ? data.filter((entry): entry is Record<string, unknown> & WithId => typeof entry?.['id'] === 'string') : [];
    cached = { signature: current, entries };
    yamlCache.set(path, cached);
  }
  return cached.entries as T[];
}

const rawCache = new Map<string, { signature: string; entries: Record<string, unknown>[] }>();

/**
 * Every entry of a list in a YAML file in content/, ids or not (content/es/updates.yaml names its
 * English entries by date, kind and page), read again only when the file changes; a file that does
 * not exist is an empty list (a language whose data is not translated yet).
 */
export function readYamlEntries(file: string, root: string = process.cwd()): Record<string, unknown>[] {
  const path = join(root, CONTENT_DIR, file);
  let cached = rawCache.get(path);
  if (held && cached) return cached.entries;
  const current = safeSignature(path);
  if (current === undefined) return [];
  if (cached?.signature !== current) {
    const data = parseContentYaml(readFileSync(path, 'utf8'));
    cached = { signature: current, entries: Array.isArray(data) ? data.filter((entry) => typeof entry === 'object' && entry !== null) : [] };
    rawCache.set(path, cached);
  }
  return cached.entries;
}

/** content/sources.yaml as written (validated by the `sources` collection's schema). */
export function readSources<Source extends WithId>(): Source[] {
  return readYamlList<Source>('sources.yaml');
}

let sourceIds: { entries: WithId[]; ids: Set<string> } | undefined;

export function readSourceIds(root: string = process.cwd()): ReadonlySet<string> {
  const entries = readYamlList<WithId>('sources.yaml', root);
  if (sourceIds?.entries !== entries) sourceIds = { entries, ids: new Set(entries.map((source) => source.id)) };
  return sourceIds.ids;
}

/** Per project folder: the folders of content/pages with their signatures, and the page paths. */
const pagesCache = new Map<string, { folders: Map<string, string>; paths: Set<string> }>();

/** The site paths of every content page, read from the file system (`projectRoot`: the project folder, a throwaway one in the unit tests). */
export function readPagePaths(projectRoot: string = process.cwd(), locale: Locale = DEFAULT_LOCALE): ReadonlySet<string> {
  const key = `${projectRoot}\0${locale}`;
  const cached = pagesCache.get(key);
  if (cached && (held || [...cached.folders].every(([folder, seen]) => safeSignature(folder) === seen))) return cached.paths;
  const root = join(projectRoot, pagesDirOf(locale));
  const folders = new Map<string, string>();
  // A language without translations yet has no folder: no pages, checked again when one appears.
  if (locale !== DEFAULT_LOCALE && safeSignature(root) === undefined) return new Set();
  const paths = new Set<string>();
  const walk = (dir: string) => {
    folders.set(dir, signature(dir));
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.mdx')) paths.add(pagePathFromId(pageIdFromFile(relative(root, full))));
    }
  };
  walk(root);
  pagesCache.set(key, { folders, paths });
  return paths;
}

/** A folder that has gone counts as changed. */
function safeSignature(path: string): string | undefined {
  try {
    return signature(path);
  } catch {
    return undefined;
  }
}
