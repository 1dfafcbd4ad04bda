/**
 * Lists, on every build, the papers that build without their DOI or PubMed number because an
 * editor wrote why in `identifierNote` (content/sources.yaml): a gap the team knows about is still
 * shown each time, so it is not forgotten. A warning, not an error: the schema already refuses a
 * paper with no way to reach it, or a gap without a reason.
 */
import type { AstroIntegration } from 'astro';
import { readSources } from '../../shared/content-files';
import { warnContent } from '../../shared/content-warnings';
import { pendingIdentifiers } from './sources';

export function sourceIdentifiers(): AstroIntegration {
  return {
    name: 'source-identifiers',
    hooks: {
      'astro:build:done': () => {
        const pending = pendingIdentifiers(readSources<Parameters<typeof pendingIdentifiers>[0][number]>());
        if (pending.length) {
          warnContent(
            'content/sources.yaml',
            `${pending.length} source(s) still lack a DOI or PubMed number; add them once confirmed:\n${pending.map((line) => `  - ${line}`).join('\n')}`,
          );
        }
      },
    },
  };
}
