import { relative } from 'node:path';
import { AstroError } from 'astro/errors';

interface Positioned {
  position?: { start: { line: number } } | undefined;
}

/** The README sections that tell an editor how to write each kind of content. */
export type ReadmeSection =
  | 'Add a page'
  | 'Cite a source'
  | 'Add a study to the evidence table'
  | 'Keep pages current'
  | 'Add a glossary term'
  | 'Building blocks for pages'
  | 'Add or update a trial in the trials list'
  | 'Tell readers what changed'
  | 'Translate a page';

/** The hint under an error: where in the README the editor finds how to write it right. */
export const readmeHint = (section: ReadmeSection): string => `See "${section}" in README.md.`;

/**
 * An error in content, worded for the editor who has to fix it. It always starts with the file
 * (relative to the project) and, when known, the line, so the editor can go straight there; its
 * hint (Astro prints it under the message) names the README section that explains the content.
 */
export class ContentError extends AstroError {
  /** `path` is the page's file, absolute or relative to the project. */
  constructor(path: string, problems: string[], section: ReadmeSection = 'Add a page') {
    const where = relative(process.cwd(), path);
    const list = problems.length === 1 ? ` ${problems[0]}` : `\n${problems.map((p) => `  - ${p}`).join('\n')}`;
    super(`Content problem in ${where}:${list}`, readmeHint(section));
    this.name = 'ContentError';
  }
}

/** Prefix a problem with its line number when the node has one. */
export function atLine(node: Positioned, message: string): string {
  const line = node.position?.start.line;
  return line ? `line ${line}: ${message}` : message;
}
