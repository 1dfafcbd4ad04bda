// The dark colour scheme may change colours and nothing else. The browser suite relies on this: it
// runs axe's full rule set in the light scheme and only the colour rules in the dark one
// (tests/every-page-is-accessible.spec.ts), so a layout or visibility change made only in dark
// mode would go unchecked. This test keeps that assumption true.
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { isDarkScheme, stylesheets } from '../shared/testing/css.ts';
/** Properties that only colour what is already there. */
const COLOUR_PROPERTIES = new Set(['color', 'background', 'background-color', 'border-color', 'outline-color', 'text-decoration-color', 'fill', 'stroke']);

/** Declarations under `@media (prefers-color-scheme: dark)` that are not colours, as "file:line property". */
function nonColourDarkDeclarations(css: string, file: string): string[] {
  const found: string[] = [];
  postcss.parse(css, { from: file }).walkAtRules('media', (rule) => {
    if (!isDarkScheme(rule)) return;
    rule.walkDecls((decl) => {
      const colour = decl.prop.startsWith('--color-') || COLOUR_PROPERTIES.has(decl.prop);
      if (!colour) found.push(`${file}:${decl.source?.start?.line ?? '?'} ${decl.prop}`);
    });
  });
  return found;
}

describe('the dark colour scheme', () => {
  it('changes only colour tokens and colour properties in every stylesheet', () => {
    const files = stylesheets();
    expect(files.length, 'stylesheets found in src/styles').toBeGreaterThan(0);
    const problems = files.flatMap(({ file, css }) => nonColourDarkDeclarations(css, `src/styles/${file}`));
    expect(problems, 'declarations in a dark-scheme block that are not colours (the dark axe run checks colours only)').toEqual([]);
  });

  it('is caught when it changes more than colours', () => {
    const css = '@layer components { @media (prefers-color-scheme: dark) { .a { --color-text: #fff; display: none; } } }';
    expect(nonColourDarkDeclarations(css, 'x.css')).toEqual(['x.css:1 display']);
  });
});
