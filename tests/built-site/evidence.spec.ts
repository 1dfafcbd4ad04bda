// The evidence tables, read from the built HTML (tests/helpers/built-page.ts: each page parsed once
// per worker, shared with every other built-site check): caption, headers, rows in file order, the
// data file's values and a citation of each paper, the figures the text quotes and the "as of"
// months of claims that age. How the tables fit a phone is a step of
// tests/every-page-in-the-browser.spec.ts.
import { NOT_REPORTED, readStudies, selectStudies, yesNo } from '../../src/features/evidence/studies.ts';
import { test, expect } from '../helpers/test.ts';
import { attr, elements, text, type Element } from '../helpers/html.ts';
import { childElements, closest, hasClass, parsedAt } from '../helpers/built-page.ts';

// The evidence table and the figures quoted from it come from content/studies.yaml; claims that age
// carry an "as of" month. (How the table fits a phone is a step of tests/every-page-in-the-browser.spec.ts.)
test.describe('the evidence tables, their figures and dated claims', () => {
  const STUDIES = readStudies();
  const COLUMNS = ['Study', 'Design', 'People and follow-up', 'Cells and dose', 'Main result', 'Safety'];
  const TABLES = [
    // The full table has its own page; the plain-words account that quotes its figures is research-so-far.
    {
      path: '/stromal-cell-therapy/studies-in-detail/',
      textPath: '/stromal-cell-therapy/research-so-far/',
      condition: undefined,
      caption: 'Published studies of MSCs in lupus and lupus nephritis',
    },
    {
      path: '/lupus-nephritis/research/',
      textPath: '/lupus-nephritis/research/',
      condition: 'lupus-nephritis' as const,
      caption: 'Published studies of MSCs in people with lupus nephritis',
    },
  ];
  const cellText = (el: Element) => text(el);

  for (const { path, textPath, condition, caption } of TABLES) {
    test(`${path}: the evidence table has its caption, column and row headers, ${condition ? `only studies of people with ${condition}` : 'every study'} in file order, the data file's values and a citation of each paper`, async () => {
      const doc = parsedAt(path);
      const expected = selectStudies(STUDIES, condition);
      expect(expected.length, 'the data file has studies for this table').toBeGreaterThan(0);
      const tables = doc.all.filter((el) => el.tagName === 'table' && hasClass(el, 'evidence-table'));
      expect(tables, 'one evidence table').toHaveLength(1);
      const table = tables[0]!;
      const inTable = elements(table);

      await test.step('a caption, column headers, one row header per study, in a region named after the table', () => {
        expect(text(inTable.find((el) => el.tagName === 'caption')!)).toBe(caption);
        const columnHeads = inTable.filter((el) => el.tagName === 'th' && attr(el, 'scope') === 'col' && closest(el, (e) => e.tagName === 'thead'));
        expect(columnHeads.map(cellText)).toEqual(COLUMNS);
        const rowHeads = inTable.filter((el) => el.tagName === 'th' && attr(el, 'scope') === 'row' && closest(el, (e) => e.tagName === 'tbody'));
        expect(rowHeads).toHaveLength(expected.length);
        // The scrolling region is named after the table, like every <Table> on the site.
        const region = closest(table, (el) => hasClass(el, 'table-region'));
        expect(
          region && (region.tagName === 'section' || attr(region, 'role') === 'region') && attr(region, 'aria-label'),
          'a region named after the table',
        ).toBe(caption);
      });

      const rows = inTable.filter((el) => el.tagName === 'tr' && closest(el, (e) => e.tagName === 'tbody'));
      await test.step(condition ? `only studies of people with ${condition}, in file order` : 'every study, in file order', () => {
        expect(rows.map((row) => (attr(row, 'id') ?? '').replace(/^study-/, ''))).toEqual(expected.map((study) => study.id));
      });

      await test.step('the data file values, and "not reported" for what a paper does not report', () => {
        for (const study of expected) {
          const row = rows.find((r) => attr(r, 'id') === `study-${study.id}`)!;
          const cells = childElements(row)
            .filter((el) => el.tagName === 'td')
            .map(cellText);
          expect(cells[0], study.id).toContain(`Randomized: ${yesNo(study.randomised)}.`);
          expect(cells[0], study.id).toContain(study.comparator === 'None' ? 'No comparison group.' : `Compared with: ${study.comparator ?? NOT_REPORTED}.`);
          expect(cells[1], study.id).toContain(`${study.participants ?? NOT_REPORTED} with`);
          expect(cells[1], study.id).toContain(`Follow-up: ${study.followUp ?? NOT_REPORTED}.`);
          expect(cells[2], study.id).toContain(`Dose: ${study.dose ?? NOT_REPORTED}.`);
          expect(cells[3], study.id).toBe(study.mainResult.replace(/\s+/g, ' ').trim());
          expect(cells[4], study.id).toBe((study.safety ?? NOT_REPORTED).replace(/\s+/g, ' ').trim());
        }
      });

      await test.step("each study's paper cited with a number that leads to that paper in the reference list, which links back", () => {
        for (const study of expected) {
          const row = rows.find((r) => attr(r, 'id') === `study-${study.id}`)!;
          const links = elements(row).filter((el) => el.tagName === 'a' && hasClass(el, 'citation') && closest(el, (e) => e.tagName === 'th'));
          expect(links, `${study.id}: one citation in the row header`).toHaveLength(1);
          const href = attr(links[0]!, 'href')!;
          const reference = doc.all.filter((el) => `#${attr(el, 'id')}` === href);
          expect(reference, `${study.id} cites ${href}`).toHaveLength(1);
          // Every reference links back to each place it is cited, including this row.
          const citeId = attr(links[0]!, 'id');
          expect(elements(reference[0]!).filter((el) => el.tagName === 'a' && attr(el, 'href') === `#${citeId}`)).toHaveLength(1);
        }
      });

      const textDoc = parsedAt(textPath);
      await test.step(`the Kunming trial's size and remission rates in the text of ${textPath} equal content/studies.yaml`, () => {
        const deng = STUDIES.find((s) => s.id === 'deng-2017-kunming')!;
        const prose = text(textDoc.all.find((el) => hasClass(el, 'prose'))!);
        expect(prose).toContain(`It included ${deng.participants} people with`);
        // Each rate may be followed by its counts, "75% (9 of 12) with MSCs".
        const rate = (value: string) => `${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\([^)]*\\))?`;
        expect(prose).toMatch(
          new RegExp(`${rate(deng.figures!.remissionWithCells!)} with MSCs and ${rate(deng.figures!.remissionWithPlacebo!)} with the placebo`),
        );
      });

      await test.step(`claims that age on ${textPath} (MiSLE's results among them) carry a month no older than the page's last review`, () => {
        // The months come from the content, so the test does not fail when the calendar moves.
        const reviewDates = textDoc.all.find((el) => hasClass(el, 'review-dates'))!;
        const reviewed = attr(
          elements(reviewDates).find((el) => el.tagName === 'time')!,
          'datetime',
        )!;
        const claims = textDoc.all.filter((el) => hasClass(el, 'as-of') && closest(el, (e) => hasClass(e, 'prose')));
        expect(
          claims.some((claim) => /results/.test(text(closest(claim, (e) => e.tagName === 'p') ?? claim))),
          'a paragraph on results carries an "as of"',
        ).toBe(true);
        const words = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
        for (const claim of claims) {
          const month = attr(
            elements(claim).find((el) => el.tagName === 'time')!,
            'datetime',
          )!;
          expect(month >= reviewed.slice(0, 7), `"as of" ${month} is older than the page's last review (${reviewed})`).toBe(true);
          expect(text(claim)).toContain(`s of ${words.format(new Date(`${month}-01T00:00:00Z`))}`);
        }
      });
    });
  }
});
