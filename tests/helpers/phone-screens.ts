// Pages a reader can finish (issue 20, point 5): on a 390×844 phone, as the reader arrives (every
// fold closed), a reading page is at most MAX_PHONE_SCREENS screens long. A step of
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

/** A page's limit: MAX_PHONE_SCREENS, times its language's allowance for a translation (the same content in longer text). */
export const maxPhoneScreens = (path: string): number => Math.round(MAX_PHONE_SCREENS * TRANSLATION_ALLOWANCE[splitLocale(path).locale] * 10) / 10;

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

/** The page's height on a phone, in screens, as a problem when it is over MAX_PHONE_SCREENS. */
export async function phoneScreensProblems(page: Page, path: string): Promise<string[]> {
  await page.setViewportSize(PHONE);
  // The page script opens the fold-on-phone lists on a wide screen and closes them again when the
  // width drops (chrome/fold-on-phone.ts, on the media query's change event, a frame later): measure
  // once they are closed, as a reader arriving on a phone finds them.
  await page.waitForFunction(() => [...document.querySelectorAll('details.fold-on-phone')].every((fold) => !(fold as HTMLDetailsElement).open));
  await page.evaluate(() => window.scrollTo(0, 0));
  const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
  await page.setViewportSize({ width: 1280, height: 720 });
  const max = maxPhoneScreens(path);
  return screens > max
    ? [
        `${path} is ${screens.toFixed(1)} phone screens (390×844, folds closed), over ${max}: split it into parts of its guide or fold its technical layer in <MoreDetail> (README "Building blocks for pages")`,
      ]
    : [];
}
