// Reading the site's stylesheets in unit tests, with PostCSS's parser: the shared layers in
// src/styles/ and each feature's own stylesheet in src/features/<feature>/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type AtRule } from 'postcss';

export const SRC = join(import.meta.dirname, '..', '..');
export const STYLES = join(SRC, 'styles');

/** Every stylesheet of the site, by path from src/ ("styles/base.css", "features/search/search.css"). */
export function stylesheets(): Array<{ file: string; css: string }> {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .sort()
    .map((file) => ({ file, css: readFileSync(join(SRC, file), 'utf8') }));
}

/** The top-level statements of a stylesheet, comments left out: "@layer x, y;", "@import './a.css';", "@layer x", ".selector". */
export function topLevel(css: string): string[] {
  return postcss.parse(css).nodes.flatMap((node) => {
    if (node.type === 'atrule') return [`@${node.name} ${node.params}${node.nodes ? '' : ';'}`];
    if (node.type === 'rule') return [node.selector];
    return node.type === 'decl' ? [node.toString()] : [];
  });
}

/** True for `@media (prefers-color-scheme: dark)`: what the site's dark scheme may change is inside these. */
export function isDarkScheme(node: { type: string } | undefined): node is AtRule {
  return node?.type === 'atrule' && (node as AtRule).name === 'media' && /prefers-color-scheme:\s*dark/.test((node as AtRule).params);
}
