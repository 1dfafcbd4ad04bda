// The trials list (content/trials.yaml rendered by <TrialsTable />) and the urgency boxes
// (<Urgency level>): the table shows every trial with its registry link, status and "as of" date;
// the page's JSON-LD carries the same trials as MedicalTrial; the three urgency levels are told
// apart by words and border shape, not colour alone, on screen, in forced colours and on paper.
import { test, expect, type Page } from './helpers/test.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from './helpers/pages.ts';
import { withBase } from './helpers/site.ts';
import { printToText, squash } from './helpers/pdf.ts';

const TRIALS_PAGE = '/stromal-cell-therapy/trials-open-now/';
const URGENCY_PAGE = '/lupus-nephritis/pregnancy-infections-and-urgent-help/';
const SYMPTOMS_PAGE = '/lupus-nephritis/symptoms-and-diagnosis/';

interface ListedTrial {
  id: string;
  title: string;
  phase: string;
  status: string;
  sponsor: string;
  /** YYYY-MM-DD (the yaml package reads dates as strings). */
  checked: string;
  locations: { country: string; city?: string }[];
}
const listed = parseYaml(readFileSync(join(PROJECT_ROOT, 'content', 'trials.yaml'), 'utf8')) as ListedTrial[];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const spelled = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

test.describe('the trials table', () => {
  test('shows one row per trial in content/trials.yaml, each with its sponsor, places and "as of" date, and links to every registry record', async ({
    page,
  }) => {
    await page.goto(withBase(TRIALS_PAGE));
    const table = page.getByRole('table', { name: /Registered cell therapy trials/ });
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(listed.length);
    expect(listed.length).toBeGreaterThan(0);
    for (const trial of listed) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(trial.id) }) });
      await expect(row, `row for ${trial.id}`).toHaveCount(1);
      await expect(page.locator('.trials-table__records').getByRole('link', { name: trial.id, exact: true })).toHaveAttribute(
        'href',
        `https://clinicaltrials.gov/study/${trial.id}`,
      );
      await expect(row).toContainText(trial.sponsor);
      await expect(row).toContainText(trial.phase);
      await expect(row).toContainText(`As of ${spelled(String(trial.checked))}`);
      for (const place of trial.locations) await expect(row).toContainText(place.country);
    }
  });

  test('lists trials that are recruiting before the others', async ({ page }) => {
    await page.goto(withBase(TRIALS_PAGE));
    const statuses = await page.locator('.trials-table tbody tr td:nth-child(3) strong').allTextContents();
    const firstOther = statuses.findIndex((s) => s !== 'Recruiting');
    expect(statuses.length).toBe(listed.length);
    if (firstOther >= 0) expect(statuses.slice(firstOther), `statuses in order: ${statuses.join(', ')}`).not.toContain('Recruiting');
  });

  test('its column headers and row headers are scoped so each cell is read with its trial and column', async ({ page }) => {
    await page.goto(withBase(TRIALS_PAGE));
    const table = page.locator('.trials-table table');
    await expect(table.locator('thead th[scope="col"]')).toHaveCount(5);
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(listed.length);
    // The scrolling region is keyboard-reachable and named by the caption, like every <Table>.
    const region = page.getByRole('region', { name: /Registered cell therapy trials/ });
    await expect(region).toHaveAttribute('tabindex', '0');
  });

  test('the page carries every listed trial as MedicalTrial structured data with the same facts', async ({ page }) => {
    await page.goto(withBase(TRIALS_PAGE));
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const graph = (JSON.parse(json!) as { '@graph': Record<string, unknown>[] })['@graph'];
    const webPage = graph.find((n) => n['@type'] === 'MedicalWebPage')!;
    const trials = (webPage.about as Record<string, unknown>[]).filter((n) => n['@type'] === 'MedicalTrial');
    expect(trials.map((t) => (t.identifier as { value: string }).value).sort()).toEqual(listed.map((t) => t.id).sort());
    for (const trial of listed) {
      const ld = trials.find((t) => (t.identifier as { value: string }).value === trial.id)!;
      expect(ld.name).toBe(trial.title);
      expect(ld.phase).toBe(trial.phase);
      expect(ld.status).toBe(`https://schema.org/${trial.status}`);
      expect(ld.sponsor).toEqual({ '@type': 'Organization', name: trial.sponsor });
    }
  });
});

/** Border styles and label text of each urgency box on the page, as the browser computes them. */
async function urgencyBoxes(page: Page) {
  return page.locator('aside.urgency').evaluateAll((boxes) =>
    boxes.map((box) => {
      const style = getComputedStyle(box);
      const label = box.querySelector('.urgency__label')!;
      return {
        level: box.getAttribute('data-urgency'),
        name: box.getAttribute('aria-label'),
        label: label.textContent?.trim(),
        border: `${style.borderTopStyle} ${style.borderTopWidth} / left ${style.borderLeftWidth}`,
        labelRule: getComputedStyle(label).borderBottomStyle,
      };
    }),
  );
}

test.describe('urgency boxes', () => {
  test('the living-with page shows emergency, same-day and soon boxes, each named by its own words', async ({ page }) => {
    await page.goto(withBase(URGENCY_PAGE));
    const boxes = await urgencyBoxes(page);
    expect(boxes.map((b) => b.level)).toEqual(['emergency', 'same-day', 'soon']);
    for (const box of boxes) expect(box.name, `${box.level} box is named by its visible label`).toBe(box.label);
    expect(new Set(boxes.map((b) => b.label)).size, 'each level has its own words').toBe(3);
    await expect(page.getByRole('complementary', { name: /Emergency: call 911/ })).toContainText('chest pain');
  });

  test('the three levels differ in border shape, not only colour', async ({ page }) => {
    await page.goto(withBase(URGENCY_PAGE));
    const borders = (await urgencyBoxes(page)).map((b) => b.border);
    expect(new Set(borders).size, `borders: ${borders.join(' | ')}`).toBe(3);
  });

  test('in forced colours the boxes keep their borders and the emergency heading keeps a rule in place of its fill', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(withBase(URGENCY_PAGE));
    const boxes = await urgencyBoxes(page);
    for (const box of boxes) expect(box.border, `${box.level} border`).not.toMatch(/^none/);
    expect(boxes.find((b) => b.level === 'emergency')!.labelRule).toBe('solid');
    expect(new Set(boxes.map((b) => b.border)).size).toBe(3);
  });

  test('prints with each box heading and its advice, in black with the borders kept', async ({ page }) => {
    await page.goto(withBase(URGENCY_PAGE));
    const labels = (await urgencyBoxes(page)).map((b) => b.label!);
    // The advice itself, from the page: the first item of each box's list must reach the paper too.
    const advice = await page.locator('aside.urgency li:first-child').evaluateAll((items) => items.map((item) => (item as HTMLElement).innerText));
    expect(advice.length).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    const printed = await page
      .locator('aside.urgency')
      .evaluateAll((boxes) =>
        boxes.map((box) => ({ color: getComputedStyle(box.querySelector('.urgency__label')!).color, border: getComputedStyle(box).borderTopStyle })),
      );
    for (const box of printed) {
      expect(box.color).toBe('rgb(0, 0, 0)');
      expect(box.border).not.toBe('none');
    }
    await page.emulateMedia({ media: 'screen' });
    const pdf = squash((await printToText(page, 'A4')).pages.join(''));
    for (const label of labels) expect(pdf, `"${label}" on paper`).toContain(squash(label));
    for (const item of advice) expect(pdf, `"${item.slice(0, 40)}…" on paper`).toContain(squash(item).slice(0, 40));
  });

  test('the symptoms page marks its signs to report with a "soon" box and links to the urgent help section', async ({ page }) => {
    await page.goto(withBase(SYMPTOMS_PAGE));
    const boxes = await urgencyBoxes(page);
    expect(boxes.map((b) => b.level)).toEqual(['soon']);
    const link = page.getByRole('link', { name: 'when to get help urgently' });
    await expect(link).toHaveAttribute('href', withBase(`${URGENCY_PAGE}#when-to-get-help-urgently`));
  });
});
