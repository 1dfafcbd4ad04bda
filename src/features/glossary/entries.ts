/**
 * content/glossary.yaml as written, for the Markdown plugin, which runs before the content
 * collections exist (the glossary collection validates the same file with glossaryEntrySchema).
 */
import { readYamlList, type WithId } from '../../shared/content-files';
import type { GlossaryEntryData } from './schema';

export function readGlossary(): readonly (GlossaryEntryData & WithId)[] {
  return readYamlList<GlossaryEntryData & WithId>('glossary.yaml');
}
