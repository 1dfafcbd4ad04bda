// The one way the browser tests run axe: in the page itself, with the site's bar (WCAG 2.2 A and
// AA, and best practice) and reduced motion emulated (animated content gives timing-dependent
// contrast results). axe-core is injected once per document and run with axe.run(); the
// AxeBuilder of @axe-core/playwright opens a blank page for every run and injects axe twice, which
// made each run several times dearer. The site has no frames, so nothing is lost.
import axe, { type Result, type RunOptions } from 'axe-core';
import { expect, type Page } from '@playwright/test';
import { formatAxeViolations } from './format.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** What the colour scheme decides: the checks run again in the dark scheme. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface AxeScope {
  /** Run only these rules (default: every rule tagged WCAG_TAGS). */
  rules?: string[];
  /** Check only what this CSS selector matches (default: the whole document). */
  include?: string;
  /** Leave these rules out (checked elsewhere, e.g. the colour rules on the pages that show every class). */
  except?: string[];
}

export interface AxeOutcome {
  violations: Result[];
  /** How many rules passed: 0 means axe checked nothing. */
  passed: number;
}

/** Runs axe in the page as it is now (after whatever the test did) and returns its findings. */
export async function runAxe(page: Page, { rules, include, except = [] }: AxeScope = {}): Promise<AxeOutcome> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS },
    rules: Object.fromEntries(except.map((id) => [id, { enabled: false }])),
    // Node details only for what fails: the passes are counted, not sent back.
    resultTypes: ['violations'],
  };
  return page.evaluate(
    async ({ include, options }) => {
      const axeInPage = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axeInPage.run(include ? { include: [include] } : document, options);
      return { violations: results.violations, passed: results.passes.length };
    },
    { include, options },
  );
}

/** Fails with axe's findings, named by `what` (the page and the state it is in), unless there are none. */
export async function expectNoAxeViolations(page: Page, what: string, scope: AxeScope = {}): Promise<void> {
  const { violations, passed } = await runAxe(page, scope);
  expect(passed, `axe ran no checks on ${what}`).toBeGreaterThan(0);
  expect(violations.length, `axe violations on ${what}:\n${formatAxeViolations(violations)}`).toBe(0);
}
