// Pages past their next review say so, and the build names them (a fixture build).
import { test, expect } from './helpers/test.ts';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithFixture, BUILD_TIMEOUT_MS, FIXTURES } from './helpers/build-with-fixture.ts';

// What the tables and the text say (caption, headers, rows in file order, the data file's values,
// citations, the figures quoted, "as of" months) is read from the built HTML in
// tests/built-site/every-page.spec.ts; how they fit a phone (no sideways scrolling at 390 and
// 320 px, cards with labels) is a step of every page with a table in
// tests/every-page-in-the-browser.spec.ts. Here, the build of a page past its review.
test.describe('dated claims', () => {
  // The "as of" and overdue rules (src/features/review/review.ts) are unit tests: tests/unit/review.test.ts.
  // Whether the site's own pages are overdue depends on the calendar, so it is a build warning
  // (proven below on a fixture), not a live assertion that would fail on a date.

  test.describe('a page past its next review (fixture build)', () => {
    test.describe.configure({ timeout: BUILD_TIMEOUT_MS + 10_000 });
    let dir: string | undefined;
    test.afterEach(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test('still builds, warns naming the overdue page and the stale claim, and tells readers', async () => {
      const result = await buildWithFixture(join(FIXTURES, 'dated-claims'));
      dir = result.dir;
      expect(result.code, `an overdue page must not fail the build:\n${result.output}`).toBe(0);
      expect(result.output).toMatch(/overdue for review[\s\S]*content\/pages\/overdue-review-fixture\.mdx \(next review was due 2025-01-10\)/);
      // Only the claim dated before the last review (2024-01-10) warns, with its line.
      expect(result.output).toMatch(/overdue-review-fixture\.mdx: line \d+: <AsOf date="2023-12"> is older than the page's last review/);
      expect(result.output).not.toContain('<AsOf date="2024-01"> is older');
      const html = readFileSync(join(dir, 'dist', 'overdue-review-fixture', 'index.html'), 'utf8');
      expect(html).toMatch(/class="review-overdue"[^>]*>\s*<strong>Review overdue:<\/strong>/);
      expect(html).toContain('<time datetime="2025-01-10">10 January 2025</time>');
    });
  });
});
