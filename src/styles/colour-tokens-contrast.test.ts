// Every text colour token against every background it is used on, in the light and the dark
// scheme, read from src/styles/tokens.css and measured with the WCAG 2 contrast formula. This is
// what makes the dark scheme's contrast hold on every page: the browser suite runs axe's colour
// rules in dark on one page of each template (tests/every-page-is-accessible.spec.ts), and the dark
// scheme may change nothing but colours (dark-scheme-changes-colours-only.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { isDarkScheme, STYLES } from '../shared/testing/css.ts';

const TOKENS = join(STYLES, 'tokens.css');

/** Text colours and the backgrounds they sit on. The site aims at 7:1 (WCAG 1.4.6, AAA) for text. */
const TEXT_ON_PAGE = ['text', 'text-secondary', 'link', 'link-visited', 'investigational', 'warning', 'note', 'differ', 'care'] as const;
const PAGE_BACKGROUNDS = ['background', 'surface'] as const;
/** Focus outlines need 3:1 against what they sit on (WCAG 1.4.11). */
const OUTLINES: Array<[string, string]> = [
  ['focus', 'background'],
  ['focus', 'surface'],
  ['focus-on-header', 'header'],
];
const TEXT_MINIMUM = 7;
const OUTLINE_MINIMUM = 3;

type Scheme = Record<string, string>;

/** The --color-* tokens of each scheme: the light ones in :root, the dark ones overriding them. */
function schemes(css: string): { light: Scheme; dark: Scheme } {
  const light: Scheme = {};
  const darkOverrides: Scheme = {};
  postcss.parse(css).walkDecls(/^--color-/, (decl) => {
    (isDarkScheme(decl.parent?.parent) ? darkOverrides : light)[decl.prop.slice('--color-'.length)] = decl.value.trim();
  });
  return { light, dark: { ...light, ...darkOverrides } };
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`tokens.css: "${hex}" is not a #rrggbb colour; write colour tokens as #rrggbb so their contrast can be checked`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const { light, dark } = schemes(readFileSync(TOKENS, 'utf8'));

describe('colour tokens', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#0b4f8a', '#ffffff')).toBeCloseTo(8.4, 1);
  });

  it('has a dark value for every colour it uses', () => {
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
    expect(Object.keys(light).length).toBeGreaterThan(10);
  });

  for (const [name, scheme] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`keeps text at ${TEXT_MINIMUM}:1 or more on every background, and focus outlines at ${OUTLINE_MINIMUM}:1, in the ${name} scheme`, () => {
      const low: string[] = [];
      for (const text of TEXT_ON_PAGE)
        for (const background of PAGE_BACKGROUNDS) {
          const ratio = contrast(scheme[text]!, scheme[background]!);
          if (ratio < TEXT_MINIMUM) low.push(`--color-${text} on --color-${background}: ${ratio.toFixed(2)}:1`);
        }
      const onHeader = contrast(scheme['header-text']!, scheme['header']!);
      if (onHeader < TEXT_MINIMUM) low.push(`--color-header-text on --color-header: ${onHeader.toFixed(2)}:1`);
      for (const [outline, background] of OUTLINES) {
        const ratio = contrast(scheme[outline]!, scheme[background]!);
        if (ratio < OUTLINE_MINIMUM) low.push(`--color-${outline} on --color-${background}: ${ratio.toFixed(2)}:1`);
      }
      expect(low, `colour pairs below the minimum in the ${name} scheme (src/styles/tokens.css)`).toEqual([]);
    });
  }
});
