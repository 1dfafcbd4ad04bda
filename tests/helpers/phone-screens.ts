// Pages a reader can finish (issue 20, point 5): on a 390×844 phone, as the reader arrives (every
// fold closed), a reading page is at most MAX_PHONE_SCREENS screens long, not counting the entries
// of lists that grow with a data file, each of which stays under a screen. A step of
// tests/every-page-in-the-browser.spec.ts, in the page's one load.
import type { Page } from '@playwright/test';
import { splitLocale } from '../../src/shared/paths.ts';
import { TRANSLATION_ALLOWANCE } from './translation-allowance.ts';

/**
 * The longest a reading page may be, in phone screens. About ten screens is what a worried reader
 * on a phone reads through in one sitting; past that, a page splits into parts of its guide or folds
 * its technical layer (MoreDetail, open on paper). Eleven leaves a screen for the page chrome.
 */
export const MAX_PHONE_SCREENS = 11;

/** A limit in screens on a page: times its language's allowance for a translation (the same content in longer text), to a tenth. */
const forLanguageOf = (path: string, screens: number): number => Math.round(screens * TRANSLATION_ALLOWANCE[splitLocale(path).locale] * 10) / 10;

/** A page's limit: MAX_PHONE_SCREENS for its language. */
export const maxPhoneScreens = (path: string): number => forLanguageOf(path, MAX_PHONE_SCREENS);

const PHONE = { width: 390, height: 844 };

/**
 * Reference pages are jumped into, by a link or a letter, never read through, so their length is
 * not a reading length: the glossary (the whole A–Z, GlossaryList) and the sources (the full
 * bibliography, SourceList). Known by the lists they render, so a page that renders either is one.
 */
const REFERENCE_LISTS = /\bclass="[^"]*\b(?:glossary-section|source-group)\b/;

/** True for a page that renders the whole glossary or the whole source list (its built HTML). */
export function isReferencePage(html: string): boolean {
  return REFERENCE_LISTS.test(html);
}

/**
 * The entries of lists drawn from a data file: the trials (content/trials.yaml, TrialsTable), the
 * studies (content/studies.yaml, EvidenceTable), the site's updates (content/updates.yaml,
 * UpdatesList) and the corrections (CorrectionsList). An editor adds an entry without touching a
 * page or code (README), so these lists grow with the data, and the reader scans them (the trials
 * page has a finder) rather than reading them through: the page's reading length leaves them out,
 * and each entry must instead stay short on its own.
 */
const DATA_LIST_ENTRIES = 'ol.trial-list > li, table.evidence-table > tbody > tr, ol.updates-list > li, ul.corrections-list > li';

/** The longest one entry of a data list may be on a phone, folds closed, in English (December 2026: a trial card 0.69 at most, a study's row 0.88). */
export const MAX_ENTRY_SCREENS = 1;

/** An entry's limit on a page: MAX_ENTRY_SCREENS for its language. */
const maxEntryScreens = (path: string): number => forLanguageOf(path, MAX_ENTRY_SCREENS);

/** The page's height on a phone, in screens, without its data lists' entries, as a problem when it is over its limit; and each entry over MAX_ENTRY_SCREENS. */
export async function phoneScreensProblems(page: Page, path: string): Promise<string[]> {
  await page.setViewportSize(PHONE);
  // The page script opens the fold-on-phone lists on a wide screen and closes them again when the
  // width drops (chrome/fold-on-phone.ts, on the media query's change event, a frame later): measure
  // once they are closed, as a reader arriving on a phone finds them.
  await page.waitForFunction(() => [...document.querySelectorAll('details.fold-on-phone')].every((fold) => !(fold as HTMLDetailsElement).open));
  await page.evaluate(() => window.scrollTo(0, 0));
  const { screens, entries } = await page.evaluate((selector) => {
    const entries = [...document.querySelectorAll<HTMLElement>(selector)].map((entry) => ({
      name: entry.id || entry.textContent!.trim().slice(0, 40),
      screens: entry.getBoundingClientRect().height / window.innerHeight,
    }));
    const inLists = entries.reduce((sum, entry) => sum + entry.screens, 0);
    return { screens: document.documentElement.scrollHeight / window.innerHeight - inLists, entries };
  }, DATA_LIST_ENTRIES);
  await page.setViewportSize({ width: 1280, height: 720 });
  const max = maxPhoneScreens(path);
  const problems =
    screens > max
      ? [
          `${path} is ${screens.toFixed(1)} phone screens (390×844, folds closed${entries.length ? `, without its ${entries.length} data-list entries` : ''}), over ${max}: split it into parts of its guide or fold its technical layer in <MoreDetail> (README "Building blocks for pages")`,
        ]
      : [];
  const maxEntry = maxEntryScreens(path);
  for (const entry of entries.filter((e) => e.screens > maxEntry))
    problems.push(
      `${path}: the entry "${entry.name}" is ${entry.screens.toFixed(2)} phone screens (folds closed), over ${maxEntry}: shorten its data-file fields, or move detail into its folded part`,
    );
  return problems;
}
