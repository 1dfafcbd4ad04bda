/**
 * content/glossary.yaml as written, for the Markdown plugin, which runs before the content
 * collections exist (the glossary collection validates the same file with glossaryEntrySchema).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, readYamlList, type WithId } from '../../shared/content-files';
import { DEFAULT_LOCALE, type Locale } from '../../shared/paths.ts';
import type { GlossaryEntryData, SpanishGlossaryEntryData } from './schema';

export function readGlossary(): readonly (GlossaryEntryData & WithId)[] {
  return readYamlList<GlossaryEntryData & WithId>('glossary.yaml');
}

const NO_ENTRIES: readonly (SpanishGlossaryEntryData & WithId)[] = [];

/** The glossary a page in `locale` marks terms from: content/glossary.yaml, or content/<locale>/glossary.yaml (none until it exists). */
export function readGlossaryIn(locale: Locale, root: string = process.cwd()): readonly (SpanishGlossaryEntryData & WithId)[] {
  if (locale === DEFAULT_LOCALE) return readGlossary();
  const file = `${locale}/glossary.yaml`;
  return existsSync(join(root, CONTENT_DIR, file)) ? readYamlList<SpanishGlossaryEntryData & WithId>(file, root) : NO_ENTRIES;
}
