// The evidence table and the figures quoted from it come from content/studies.yaml; claims that
// age carry an "as of" month; pages past their next review say so, and the build names them.
import { test, expect, type Page } from './helpers/test.ts';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readStudies } from '../src/features/evidence/studies.ts';
import { NOT_REPORTED, selectStudies, yesNo } from '../src/features/evidence/studies.ts';
import { buildWithFixture, BUILD_TIMEOUT_MS, FIXTURES } from './helpers/build-with-fixture.ts';
import { withBase } from './helpers/site.ts';

const STUDIES = readStudies();
const ALL_STUDIES_PAGE = '/stromal-cell-therapy/studies-in-detail/';
// The plain-words account of the research, which quotes figures from the table's data.
const RESEARCH_PAGE = '/stromal-cell-therapy/research-so-far/';
const NEPHRITIS_PAGE = '/lupus-nephritis/research/';
const COLUMNS = ['Study', 'Design', 'People and follow-up', 'Cells and dose', 'Main result', 'Safety'];

const evidenceTable = (page: Page) => page.locator('table.evidence-table');

/** Each row's study id (from its id="study-…") in table order. */
async function rowStudyIds(page: Page): Promise<string[]> {
  const ids = await evidenceTable(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.id));
  return ids.map((id) => id.replace(/^study-/, ''));
}

for (const { path, condition, caption } of [
  { path: ALL_STUDIES_PAGE, condition: undefined, caption: 'Published studies of MSCs in lupus and lupus nephritis' },
  { path: NEPHRITIS_PAGE, condition: 'lupus-nephritis', caption: 'Published studies of MSCs in people with lupus nephritis' },
]) {
  test.describe(`evidence table on ${path}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(withBase(path));
    });

    test('has a caption, column headers and one row header per study', async ({ page }) => {
      const table = page.getByRole('table', { name: caption });
      await expect(table).toBeVisible();
      await expect(table.locator('thead th[scope="col"]')).toHaveText(COLUMNS);
      const expected = selectStudies(STUDIES, condition);
      expect(expected.length, 'the data file has studies for this table').toBeGreaterThan(0);
      await expect(table.locator('tbody th[scope="row"]')).toHaveCount(expected.length);
      // The scrolling region is named after the table, like every <Table> on the site.
      await expect(page.getByRole('region', { name: caption })).toBeVisible();
    });

    test(condition ? `shows only studies of people with ${condition}, in file order` : 'shows every study, in file order', async ({ page }) => {
      expect(await rowStudyIds(page)).toEqual(selectStudies(STUDIES, condition).map((s) => s.id));
    });

    test('shows the data file values, and "not reported" for what a paper does not report', async ({ page }) => {
      for (const study of selectStudies(STUDIES, condition)) {
        const cells = evidenceTable(page).locator(`tr#study-${study.id} td`);
        await expect(cells.nth(0)).toContainText(`Randomized: ${yesNo(study.randomised)}.`);
        await expect(cells.nth(0)).toContainText(study.comparator === 'None' ? 'No comparison group.' : `Compared with: ${study.comparator ?? NOT_REPORTED}.`);
        await expect(cells.nth(1)).toContainText(`${study.participants ?? NOT_REPORTED} with`);
        await expect(cells.nth(1)).toContainText(`Follow-up: ${study.followUp ?? NOT_REPORTED}.`);
        await expect(cells.nth(2)).toContainText(`Dose: ${study.dose ?? NOT_REPORTED}.`);
        await expect(cells.nth(3)).toHaveText(study.mainResult);
        await expect(cells.nth(4)).toHaveText(study.safety ?? NOT_REPORTED);
      }
    });

    test("cites each study's paper with a number that leads to that paper in the reference list", async ({ page }) => {
      for (const study of selectStudies(STUDIES, condition)) {
        const link = evidenceTable(page).locator(`tr#study-${study.id} th a.citation`);
        await expect(link).toHaveCount(1);
        const href = (await link.getAttribute('href'))!;
        const reference = page.locator(href);
        await expect(reference, `${study.id} cites ${href}`).toHaveCount(1);
        // Every reference links back to each place it is cited, including this row.
        const citeId = await link.getAttribute('id');
        await expect(reference.locator(`a[href="#${citeId}"]`)).toHaveCount(1);
      }
    });

    test('fits a 390 px phone without the page scrolling sideways', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(withBase(path));
      await expect(evidenceTable(page)).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'the page is wider than the screen').toBeLessThanOrEqual(0);
    });
  });
}

test.describe('figures quoted in the text come from the data file', () => {
  const deng = STUDIES.find((s) => s.id === 'deng-2017-kunming')!;

  for (const path of [RESEARCH_PAGE, NEPHRITIS_PAGE]) {
    test(`the Kunming trial's size and remission rates on ${path} equal content/studies.yaml`, async ({ page }) => {
      await page.goto(withBase(path));
      const prose = page.locator('.prose');
      await expect(prose).toContainText(`It included ${deng.participants} people with`);
      // Each rate may be followed by its counts, "75% (9 of 12) with MSCs".
      const rate = (value: string) => `${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\([^)]*\\))?`;
      await expect(prose).toContainText(
        new RegExp(`${rate(deng.figures!.remissionWithCells!)} with MSCs and ${rate(deng.figures!.remissionWithPlacebo!)} with the placebo`),
      );
    });
  }
});

test.describe('dated claims', () => {
  for (const path of [RESEARCH_PAGE, NEPHRITIS_PAGE]) {
    test(`${path} dates its claims that age (MiSLE's results among them) with a month no older than the page's last review`, async ({ page }) => {
      await page.goto(withBase(path));
      // The months come from the content, so the test does not fail when the calendar moves.
      const reviewed = (await page.locator('.review-dates time').first().getAttribute('datetime'))!;
      const claims = page.locator('.prose .as-of');
      await expect(
        page
          .locator('.prose p', { hasText: /results/ })
          .locator('.as-of')
          .first(),
      ).toBeVisible();
      const words = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (const claim of await claims.all()) {
        const month = (await claim.locator('time').getAttribute('datetime'))!;
        expect(month >= reviewed.slice(0, 7), `"as of" ${month} is older than the page's last review (${reviewed})`).toBe(true);
        await expect(claim).toContainText(`s of ${words.format(new Date(`${month}-01T00:00:00Z`))}`);
      }
    });
  }

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
