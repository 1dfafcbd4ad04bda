/**
 * Read-only access to the content files for the build-time plugins, which run before Astro's
 * content collections are available. Validation of these files is done by the collections' schemas
 * (src/content.config.ts); here we only read what the plugins need.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

export const CONTENT_DIR = 'content';
export const PAGES_DIR = join(CONTENT_DIR, 'pages');

interface WithId {
  id: string;
}

function readYamlList<T extends WithId>(file: string): T[] {
  const data: unknown = parse(readFileSync(join(process.cwd(), CONTENT_DIR, file), 'utf8'));
  return Array.isArray(data) ? (data as T[]).filter((entry) => typeof entry?.id === 'string') : [];
}

export function readSourceIds(): Set<string> {
  return new Set(readYamlList<WithId>('sources.yaml').map((source) => source.id));
}

export interface GlossaryEntryData extends WithId {
  term: string;
  plural?: string;
  abbr?: string;
  aliases?: string[];
  definition: string;
}

export function readGlossary(): GlossaryEntryData[] {
  return readYamlList<GlossaryEntryData>('glossary.yaml');
}

/**
 * The URL path of a page from its file path inside content/pages:
 * `index.mdx` → `/`, `about/index.mdx` → `/about/`, `about/privacy.mdx` → `/about/privacy/`.
 */
export function pagePathFromId(id: string): string {
  const withoutIndex = id.replace(/(^|\/)index$/, '');
  return withoutIndex ? `/${withoutIndex}/` : '/';
}

/** The URL paths of every content page, read from the file system. */
export function readPagePaths(): Set<string> {
  const root = join(process.cwd(), PAGES_DIR);
  const paths = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.mdx')) paths.add(pagePathFromId(relative(root, full).split(sep).join('/').replace(/\.mdx$/, '')));
    }
  };
  walk(root);
  return paths;
}
