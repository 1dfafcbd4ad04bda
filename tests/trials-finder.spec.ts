// The trial finder on the trials page, in a browser: what only a browser shows. The filter logic
// itself is unit-tested (src/features/trials/finder.test.ts); what the cards say is checked in the
// built HTML (tests/built-site/trials.spec.ts). Expected counts come from content/trials.yaml,
// so the tests hold whatever trials an editor lists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { test, expect, type Page } from './helpers/test.ts';
import { PROJECT_ROOT } from './helpers/pages.ts';
import { withBase } from './helpers/site.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';

const TRIALS_PAGE = '/stromal-cell-therapy/trials-open-now/';

interface ListedTrial {
  id: string;
  kind: string;
  locations: { country: string }[];
}
const listed = parseYaml(readFileSync(join(PROJECT_ROOT, 'content', 'trials.yaml'), 'utf8')) as ListedTrial[];
const inUS = listed.filter((t) => t.locations.some((p) => p.country === 'United States'));

const trialItems = (page: Page) => page.getByRole('list', { name: /Registered cell therapy trials/ }).locator(':scope > li');
const count = (page: Page) => page.getByRole('status');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page lists every trial and shows no filter that could not work', async ({ page }) => {
    await page.goto(withBase(TRIALS_PAGE));
    await expect(trialItems(page)).toHaveCount(listed.length);
    for (const trial of listed) await expect(page.getByRole('heading', { level: 3, name: new RegExp(trial.id) })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Show only trials that' })).toBeHidden();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(count(page)).toHaveText(`Showing all ${listed.length} trials`);
  });
});

test.describe('with JavaScript', () => {
  test('a keyboard user ticks "in the United States" and picks a kind, and the polite live region says how many trials are left', async ({ page }) => {
    expect(inUS.length, 'the data has US trials to find').toBeGreaterThan(0);
    expect(inUS.length, 'and others to leave out').toBeLessThan(listed.length);
    await page.goto(withBase(TRIALS_PAGE));
    const status = count(page);
    await expect(status).toHaveAttribute('role', 'status');
    const usBox = page.getByRole('checkbox', { name: 'run in the United States' });
    await usBox.focus();
    await page.keyboard.press('Space');
    await expect(usBox).toBeChecked();
    // Visible focus: the site's outline stays on the box the keyboard is on.
    expect(await usBox.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    expect(await usBox.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await expect(status).toHaveText(`Showing ${inUS.length} of ${listed.length} trials`);
    await expect(trialItems(page).filter({ visible: true })).toHaveCount(inUS.length);
    for (const trial of inUS) await expect(page.getByRole('heading', { level: 3, name: new RegExp(trial.id) })).toBeVisible();

    // Tab through the other boxes to the kinds; an arrow key picks the next kind, as radios do.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Any kind' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const kind = page.getByRole('radio', { checked: true });
    const kindLabel = (await kind.getAttribute('value'))!;
    const expected = inUS.filter((t) => t.kind === kindLabel).length;
    await expect(trialItems(page).filter({ visible: true })).toHaveCount(expected);
    await expect(status).toContainText(`Showing ${expected} of ${listed.length} trials`);

    // Back to any kind, then untick: every trial again.
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: 'Any kind' })).toBeChecked();
    await expect(status).toHaveText(`Showing ${inUS.length} of ${listed.length} trials`);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(usBox).toBeFocused();
    await page.keyboard.press('Space');
    await expect(status).toHaveText(`Showing all ${listed.length} trials`);
  });

  test('the count is rewritten only when its words change, so a screen reader is not told the same number again', async ({ page }) => {
    await page.goto(withBase(TRIALS_PAGE));
    await expect(page.getByRole('group', { name: 'Show only trials that' })).toBeVisible();
    await page.locator('[data-trial-count]').evaluate((el) => {
      (window as unknown as { countChanges: number }).countChanges = 0;
      new MutationObserver(() => (window as unknown as { countChanges: number }).countChanges++).observe(el, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    // A change event that changes nothing (the radio already chosen), then one that does.
    await page.locator('[data-trial-finder]').dispatchEvent('change');
    await page.getByRole('checkbox', { name: 'run in the United States' }).check();
    await expect(count(page)).toHaveText(`Showing ${inUS.length} of ${listed.length} trials`);
    expect(await page.evaluate(() => (window as unknown as { countChanges: number }).countChanges)).toBe(1);
  });

  test('the finder and the trials have no axe violations in the light and dark schemes and in forced colours', async ({ page }) => {
    // Three axe runs on a long page: more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    // One load: each setting restyles the same page (page.emulateMedia), the filter still applied.
    await page.goto(withBase(TRIALS_PAGE));
    await page.getByRole('checkbox', { name: 'run in the United States' }).check();
    for (const setting of [
      { colorScheme: 'light', forcedColors: 'none' },
      { colorScheme: 'dark', forcedColors: 'none' },
      { colorScheme: 'light', forcedColors: 'active' },
    ] as const) {
      await page.emulateMedia(setting);
      expect(
        await page.evaluate(() => [matchMedia('(prefers-color-scheme: dark)').matches, matchMedia('(forced-colors: active)').matches]),
        `${JSON.stringify(setting)} emulated`,
      ).toEqual([setting.colorScheme === 'dark', setting.forcedColors === 'active']);
      await expectNoAxeViolations(page, `the trials with ${JSON.stringify(setting)}`, { include: '.trials' });
    }
  });
});

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the finder, opened from its fold, and the trial cards reflow without sideways scrolling', async ({ page }) => {
    await page.goto(withBase(TRIALS_PAGE));
    // On a phone the finder's choices fold under "Narrow the list" (the site's fold-on-phone details).
    await expect(page.getByRole('group', { name: 'Kind of cell therapy' })).toBeHidden();
    await page.getByText('Narrow the list', { exact: true }).click();
    await expect(page.getByRole('group', { name: 'Kind of cell therapy' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'no sideways scrolling at 320 px').toBeLessThanOrEqual(0);
    const widest = await page.locator('.trial').evaluateAll((cards) => Math.max(...cards.map((c) => c.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(320);
  });
});

test('on the Spanish trials page the finder filters on the same facts and speaks Spanish, its words read from the page', async ({ page }) => {
  await page.goto(withBase(`/es${TRIALS_PAGE}`));
  const status = count(page);
  await expect(status).toHaveText(`Se muestran los ${listed.length} ensayos`);
  await page.getByRole('checkbox', { name: 'se hacen en Estados Unidos' }).check();
  // The Spanish cards say "Estados Unidos"; the finder still reads the English file's "United States".
  await expect(status).toHaveText(`Se muestran ${inUS.length} de ${listed.length} ensayos`);
  await expect(page.locator('.trial-list > li').filter({ visible: true })).toHaveCount(inUS.length);
});
