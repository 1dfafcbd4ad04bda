import { relative } from 'node:path';

interface Positioned {
  position?: { start: { line: number } } | undefined;
}

/**
 * An error in content, worded for the editor who has to fix it. It always starts with the file
 * (relative to the project) and, when known, the line, so the editor can go straight there.
 */
export class ContentError extends Error {
  /** `path` is the page's file, absolute or relative to the project. */
  constructor(path: string, problems: string[]) {
    const where = relative(process.cwd(), path);
    const list = problems.length === 1 ? ` ${problems[0]}` : `\n${problems.map((p) => `  - ${p}`).join('\n')}`;
    super(`Content problem in ${where}:${list}`);
    this.name = 'ContentError';
  }
}

/** Prefix a problem with its line number when the node has one. */
export function atLine(node: Positioned, message: string): string {
  const line = node.position?.start.line;
  return line ? `line ${line}: ${message}` : message;
}
