// Every page prints as a clean document to take to an appointment (issue 5): printed to PDF in
// Chromium on A4 and US Letter, read back with pdftotext, and checked for what must and must not
// be on paper. The page is opened in the dark colour scheme to prove print ignores the theme.
// One load per page serves both paper sizes; each PDF is read once (tests/helpers/pdf.ts, whose
// parsing is unit-tested beside it), and the first PDF is read while the second is printed.
import { test as base, expect, newSitePage, type Page } from './helpers/test.ts';
import { builtPages } from './helpers/pages.ts';
import { siteUrl } from './helpers/site.ts';
import { DICTIONARIES } from '../src/features/i18n/dictionary.ts';
import { splitLocale } from '../src/shared/paths.ts';
import { PRINTABLE_PX, printPdf, readPdf, sheetFill, squash, type PaperFormat, type PrintedPdf } from './helpers/pdf.ts';
import { bulletList } from './helpers/format.ts';
import { addressFollows, strandedHeading } from './helpers/printout.ts';

const FORMATS: PaperFormat[] = ['A4', 'Letter'];

/**
 * The most sheets each page may print on, A4 and US Letter, under the sub-path build CI tests
 * (longer printed addresses). Set from the printouts after issues 10 to 12 landed (November 2026):
 * issue 12's print changes (smaller references without notes) took the earlier content from 105 to
 * 99 A4 sheets in all; the corrected facts, summaries, evidence table and About section then added
 * text. A page may print on fewer, never on more: if new content makes a page genuinely longer,
 * raise its number here deliberately, in the same commit. Raised in December 2026 (issue 17) from the
 * printouts: boxed warnings, pregnancy planning, urgent-help boxes, vaccines, pinpoints and each
 * page's corrections took the site from 141 to 190 A4 sheets (27 pages then, 28 now); the longest printouts (the
 * pregnancy and treatment pages, 11 sheets) are issue 20's to shorten.
 */
// December 2026 (issue 20, editorial pass), measured: the evidence table moved from research-so-far
// (10/12 -> 7/8) to studies-in-detail (6/7); the compact glossary 11/12 -> 9/10; treatment 11 -> 10 on A4;
// the home page and the urgent-help page each gained a body paragraph that now states and cites what
// their boxes say (/ Letter 5 -> 6, urgent help 11/12 -> 12/13); the trial history gained a dated line
// on MiSLE's results and where to follow them (Letter 5 -> 6).
// Re-measured 4 December 2026 (issue 20, point 5), after the printout's end changed: the review dates
// and "Printed from" went to a letterhead, the disclaimer to the foot of every sheet, and a footer
// that used to take a sheet of its own no longer does. 216 -> 209 A4 and 233 -> 222 Letter sheets in
// all (measured 213/227 before); every budget that dropped was lowered to its printout.
const PRINT_BUDGET: Record<string, Record<PaperFormat, number>> = {
  // December 2026 (issue 20): the four top tasks before the topics, and the questions-sheet link: 5 -> 6.
  '/': { A4: 6, Letter: 6 },
  // The Spanish edition (issue 21), measured December 2026; every page measured again on 4 December 2026
  // once all were translated (es-wire; Spanish runs about 10% longer than English, so some take a sheet more).
  '/es/': { A4: 6, Letter: 7 },
  '/es/glossary/': { A4: 10, Letter: 11 },
  '/es/questions-to-ask-your-doctor/': { A4: 1, Letter: 1 },
  '/es/search/': { A4: 6, Letter: 6 },
  '/es/urgent-help/': { A4: 5, Letter: 5 },
  '/es/about/': { A4: 4, Letter: 4 },
  '/es/about/accessibility/': { A4: 3, Letter: 3 },
  '/es/about/corrections/': { A4: 9, Letter: 9 },
  '/es/about/privacy/': { A4: 1, Letter: 1 },
  '/es/about/updates/': { A4: 2, Letter: 2 },
  '/es/lupus-nephritis/': { A4: 4, Letter: 5 },
  '/es/lupus-nephritis/birth-control-and-fertility/': { A4: 3, Letter: 4 },
  '/es/lupus-nephritis/infections-vaccines-and-transplants/': { A4: 5, Letter: 5 },
  '/es/lupus-nephritis/outlook-and-living-with-it/': { A4: 6, Letter: 7 },
  '/es/lupus-nephritis/pregnancy-infections-and-urgent-help/': { A4: 8, Letter: 9 },
  '/es/lupus-nephritis/research/': { A4: 7, Letter: 7 },
  '/es/lupus-nephritis/symptoms-and-diagnosis/': { A4: 5, Letter: 5 },
  '/es/lupus-nephritis/treatment-guidelines/': { A4: 6, Letter: 7 },
  '/es/lupus-nephritis/treatment/': { A4: 9, Letter: 9 },
  '/es/sources/': { A4: 18, Letter: 18 },
  '/es/stromal-cell-therapy/': { A4: 6, Letter: 6 },
  '/es/stromal-cell-therapy/before-joining-a-trial/': { A4: 8, Letter: 8 },
  '/es/stromal-cell-therapy/car-t-and-transplants/': { A4: 7, Letter: 7 },
  // Measured 4 December 2026: the Spanish references run longer than one sheet holds (9/9, last sheets 37% and 51%).
  '/es/stromal-cell-therapy/hard-to-control-lupus/': { A4: 9, Letter: 9 },
  '/es/stromal-cell-therapy/lupus-guidelines/': { A4: 8, Letter: 9 },
  '/es/stromal-cell-therapy/other-cell-therapies/': { A4: 7, Letter: 8 },
  '/es/stromal-cell-therapy/research-so-far/': { A4: 8, Letter: 8 },
  '/es/stromal-cell-therapy/safety/': { A4: 7, Letter: 8 },
  '/es/stromal-cell-therapy/studies-in-detail/': { A4: 7, Letter: 7 },
  '/es/stromal-cell-therapy/taking-part-in-a-trial/': { A4: 6, Letter: 6 },
  '/es/stromal-cell-therapy/trials-open-now/': { A4: 13, Letter: 13 },
  '/es/stromal-cell-therapy/unproven-clinics/': { A4: 8, Letter: 8 },
  '/es/stromal-cell-therapy/what-are-stromal-cells/': { A4: 6, Letter: 6 },
  '/es/trial-history/': { A4: 6, Letter: 6 },
  '/es/trial-history/funding/': { A4: 5, Letter: 5 },
  '/es/trial-history/misle-results-and-details/': { A4: 5, Letter: 5 },
  '/es/trial-history/phase-1-trial/': { A4: 7, Letter: 8 },
  '/es/trial-history/phase-2-misle-trial/': { A4: 7, Letter: 7 },
  // December 2026 (issue 20, point 5): two more pages in its list of every page (the split pages): Letter 2 -> 3;
  // two more split pages (birth control, before joining a trial): A4 2 -> 3 (last sheet 20% full).
  '/404.html': { A4: 3, Letter: 3 },
  '/about/': { A4: 4, Letter: 4 },
  '/about/accessibility/': { A4: 3, Letter: 3 },
  // December 2026 (issue 20, point 5): by day and page, the page's link on screen only: 8/8 -> 7/8.
  // 4 December 2026 (second pass): five new corrections (MiSLE's deadline x2, symptoms, and their day): corrections 7/8 -> 8/9,
  // symptoms 4 -> 5 on A4, MiSLE results 4/4 -> 5/5 (last sheets 45% and 26%); Updates kept to 2 sheets by tighter print spacing.
  '/about/corrections/': { A4: 8, Letter: 9 },
  '/about/privacy/': { A4: 1, Letter: 1 },
  '/glossary/': { A4: 9, Letter: 10 },
  '/lupus-nephritis/': { A4: 4, Letter: 4 },
  // December 2026 (warnings2): each medicine named carries its label warning or a link to it, measured:
  // outlook A4 5 -> 6 (the link to the steroid warnings), treatment-guidelines 5/5 -> 6/6 (the clinicians'
  // table's prednisone, hydroxychloroquine and ACE-inhibitor warnings), treatment 7/7 -> 8/8 (the
  // prednisone label's warnings). Issue 20, point 5: infections, vaccines, dialysis and transplants
  // moved from the pregnancy page to their own page.
  '/lupus-nephritis/outlook-and-living-with-it/': { A4: 6, Letter: 6 },
  // December 2026 (issue 20, point 5, measured): birth control and fertility moved to a page of their own, the
  // technical table folded on screen (printed open), the copy of the urgent-help signs replaced by a link: 9/9 -> 8/8.
  '/lupus-nephritis/pregnancy-infections-and-urgent-help/': { A4: 8, Letter: 8 },
  '/lupus-nephritis/birth-control-and-fertility/': { A4: 3, Letter: 3 },
  '/lupus-nephritis/infections-vaccines-and-transplants/': { A4: 5, Letter: 5 },
  '/lupus-nephritis/research/': { A4: 6, Letter: 7 },
  '/lupus-nephritis/symptoms-and-diagnosis/': { A4: 5, Letter: 5 },
  // December 2026 (issue 20, point 5): guidelines and clinicians' tables moved to their own page: 11/11 -> 7/8.
  '/lupus-nephritis/treatment/': { A4: 8, Letter: 8 },
  '/lupus-nephritis/treatment-guidelines/': { A4: 6, Letter: 6 },
  // Three more pages in its A to Z (urgent help, updates, questions sheet): Letter 5 -> 6 (measured).
  // December 2026 (issue 20, point 5, measured): two more pages in its A–Z list of pages: A4 5 -> 6 (last sheet 24% full).
  '/search/': { A4: 6, Letter: 6 },
  // December 2026: six more trial registry sources (the trials list grew from 4 to 10): A4 16 -> 17.
  // December 2026: five more drug labels (fludarabine, methotrexate, azathioprine, rituximab, tacrolimus): 17/17 -> 18/18.
  '/sources/': { A4: 18, Letter: 18 },
  '/stromal-cell-therapy/': { A4: 5, Letter: 5 },
  // December 2026: the older medicines' pregnancy and eye warnings beside their names moved the medicines table's rows (A4 7 at 70% -> 8 at 43%).
  '/stromal-cell-therapy/hard-to-control-lupus/': { A4: 8, Letter: 8 },
  // December 2026: each older medicine's label warnings and pregnancy advice added (methotrexate, azathioprine, rituximab, tacrolimus and others): 7/7 -> 8/8.
  '/stromal-cell-therapy/lupus-guidelines/': { A4: 8, Letter: 8 },
  // December 2026 (issue 20, point 5): CAR-T results, risks and the clinicians' table moved to car-t-and-transplants: 10/11 -> 7/8.
  '/stromal-cell-therapy/other-cell-therapies/': { A4: 7, Letter: 7 },
  '/stromal-cell-therapy/before-joining-a-trial/': { A4: 7, Letter: 7 },
  '/stromal-cell-therapy/car-t-and-transplants/': { A4: 6, Letter: 7 },
  '/stromal-cell-therapy/research-so-far/': { A4: 7, Letter: 8 },
  '/stromal-cell-therapy/studies-in-detail/': { A4: 6, Letter: 6 },
  '/stromal-cell-therapy/safety/': { A4: 6, Letter: 7 },
  '/stromal-cell-therapy/taking-part-in-a-trial/': { A4: 6, Letter: 6 },
  // December 2026 (issue 19): one card per trial with who can join and what it asks, a finder line
  // and the box on trials abroad: 8/9 -> 10/11 sheets with 4 trials. With 10 trials and a section on
  // what taking part involves (measured 4 December 2026): 18 A4, 19 Letter, after fact names moved
  // from a grid to a float on paper (a grid row moved whole to the next sheet: 19/22 before); 17/17
  // once the footer no longer took a last sheet of its own. Each further trial adds about two thirds
  // of a sheet; re-measure when content/trials.yaml grows.
  // Folded cards (issue 20, point 5) print open: 17/18 -> 16/18.
  // December 2026 (issue 20, point 5, measured): what taking part involves, costs and questions moved to
  // before-joining-a-trial, and its technical detail under the list: 16/18 -> 11/12.
  '/stromal-cell-therapy/trials-open-now/': { A4: 11, Letter: 12 },
  // December 2026 (issue 20, point 5, measured): repeated sentences trimmed: Letter 8 -> 7.
  '/stromal-cell-therapy/unproven-clinics/': { A4: 7, Letter: 7 },
  '/stromal-cell-therapy/what-are-stromal-cells/': { A4: 5, Letter: 5 },
  '/trial-history/': { A4: 6, Letter: 6 },
  '/trial-history/funding/': { A4: 5, Letter: 5 },
  '/trial-history/phase-1-trial/': { A4: 6, Letter: 7 },
  // December 2026 (issue 20, point 5): the law on posting results, the plan and the clinicians' table moved to misle-results-and-details: 8/9 -> 6/6.
  '/trial-history/phase-2-misle-trial/': { A4: 6, Letter: 6 },
  '/trial-history/misle-results-and-details/': { A4: 5, Letter: 5 },
  // Designed to print on one sheet of either size (issue 20): a budget of 1, never more.
  '/questions-to-ask-your-doctor/': { A4: 1, Letter: 1 },
  '/about/updates/': { A4: 2, Letter: 2 },
  '/urgent-help/': { A4: 4, Letter: 5 },
};

/**
 * No printout ends on a nearly empty sheet (issue 20): the page's own text must fill at least this
 * share of the last sheet's printable height (about seven lines of text, or five references). No
 * page is exempt. By design, not by page: the review dates and where the copy was printed are in
 * the letterhead and the disclaimer at the foot of every sheet, so the printout ends with the page's
 * text, and print.css keeps the last entries of the list that closes a page together.
 */
const LAST_SHEET_MIN_FILL = 0.15;

/**
 * The page chrome that needs a screen, found by what it is (landmark, role or component). Each one
 * on a page must carry .screen-only, the class that hides it on paper (src/styles/utilities.css),
 * so taking the class off a component fails here. With `text`, its words must not be on paper
 * either; the others' words are there for other reasons (a definition is in the printed word list,
 * a single letter or "Search" is in any text, the guide contents repeat the page title, the About
 * pages name the "Report a problem" link).
 */
const SCREEN_ONLY_CHROME: { what: string; selector: string; text: boolean }[] = [
  { what: 'skip link', selector: 'a[href="#main-content"]', text: true },
  { what: 'primary navigation', selector: 'nav[aria-label="Main"]', text: true },
  { what: 'search link', selector: 'header a[data-search-trigger]', text: false },
  { what: 'search dialog', selector: 'dialog', text: false },
  { what: 'breadcrumbs', selector: 'nav[aria-label="Breadcrumb"]', text: true },
  { what: 'guide contents', selector: 'nav.guide-contents', text: false },
  { what: 'contents list', selector: 'nav[aria-label="On this page"]', text: true },
  { what: 'previous/next links', selector: 'nav[aria-label="Previous and next pages"]', text: true },
  { what: 'A to Z letters', selector: 'nav.az-letters', text: false },
  { what: 'glossary definitions opened in place', selector: '[popover]', text: false },
  { what: 'back-to-citation links', selector: '.references__back', text: true },
  { what: 'report-a-problem link', selector: '.report-problem', text: false },
  { what: 'footer links', selector: 'footer nav', text: true },
];

/** What the page holds, read from the DOM on screen before printing. */
interface ScreenFacts {
  title: string;
  canonical: string;
  hasReview: boolean;
  /** Source addresses in the reference list (their text is the address). */
  sourceUrls: string[];
  /** Links in the text and what their printed destination must be. */
  textLinks: { text: string; printed: string }[];
  /** Text only on screen that must not be on paper. */
  screenOnly: { what: string; text: string }[];
  /** Screen-only chrome (SCREEN_ONLY_CHROME) without the .screen-only class. */
  unmarked: string[];
  /** .print-only parts that are shown on screen. */
  printOnlyOnScreen: string[];
  /** Headings and box labels that must not end a page. */
  headings: string[];
  words: number;
  listItems: number;
  /** The glossary words explained on the page (its print-only word list). */
  glossaryWords: { term: string; definition: string }[];
  /** Glossary terms in the text (each must be in the printed word list). */
  termsInText: number;
}

async function screenFacts(page: Page): Promise<ScreenFacts> {
  return page.evaluate((chrome) => {
    const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const origin = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href).origin;
    const textLinks = [...document.querySelectorAll<HTMLAnchorElement>('main :is(.prose, .key-facts) a[href]')]
      // Links within the page (a fragment of this very page) print no destination.
      .filter((a) => !a.matches('.citation, .source__link, .screen-only a') && a.pathname + a.search !== location.pathname + location.search)
      .map((a) => {
        const href = a.getAttribute('href')!;
        return { text: clean(a.textContent), printed: href.startsWith('/') ? origin + href : href };
      });
    const joined = (selector: string) => clean([...document.querySelectorAll(`${selector}`)].map((el) => el.textContent).join(' '));
    const screenOnly = chrome
      .filter((part) => part.text)
      .map(({ what, selector }) => ({ what, text: joined(selector) }))
      .filter((item) => item.text !== '');
    const unmarked = chrome.flatMap(({ what, selector }) =>
      [...document.querySelectorAll(selector)].filter((el) => !el.matches('.screen-only')).map((el) => `${what}: ${el.outerHTML.slice(0, 80)}`),
    );
    const printOnlyOnScreen = [...document.querySelectorAll('.print-only')].filter((el) => el.checkVisibility()).map((el) => el.outerHTML.slice(0, 80));
    const main = document.querySelector('main')!;
    return {
      title: clean(document.querySelector('h1')?.textContent),
      canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? '',
      hasReview: !!document.querySelector('.review-dates'),
      sourceUrls: [...document.querySelectorAll('.references a.source__link')].map((a) => a.getAttribute('href')!),
      textLinks,
      screenOnly,
      unmarked,
      printOnlyOnScreen,
      // Table captions and header cells too: a table's header alone at a page bottom is stranded.
      headings: [...main.querySelectorAll('h2, h3, h4, .callout__label, .key-facts__title, caption, thead th')].map((h) => clean(h.textContent)),
      words: clean(main.textContent).split(' ').length,
      listItems: main.querySelectorAll('li').length,
      glossaryWords: [...document.querySelectorAll('.glossary-print__list dt')].map((term) => ({
        term: clean(term.textContent),
        definition: clean(term.nextElementSibling?.matches('dd') ? term.nextElementSibling.textContent : ''),
      })),
      termsInText: main.querySelectorAll('button.glossary-term').length,
    };
  }, SCREEN_ONLY_CHROME);
}

/**
 * Boxes that must not break across pages, as [first words, last words] of their printed text,
 * for those that fit on one page. Measured in print media at the paper's printable width.
 */
async function unbreakables(page: Page, format: PaperFormat): Promise<{ what: string; head: string; tail: string }[]> {
  await page.setViewportSize({ width: PRINTABLE_PX[format].width, height: PRINTABLE_PX[format].height });
  return page.evaluate((maxHeight) => {
    // Printed text of an element: text nodes, less the visually hidden words that paper never shows,
    // the callout icon, reference numbers (small raised text that pdftotext may place out of
    // line) and screen-only parts (back links, glossary definitions). Squashed as squash() does.
    // A link whose ::after prints its address is followed by it on paper.
    const origin = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href).origin;
    const text = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element) || node.matches('.visually-hidden, .callout__icon, .screen-only, .citation-group')) return '';
      const inner = [...node.childNodes].map(text).join('');
      const after = node.matches('a[href]') ? getComputedStyle(node, '::after').content : 'none';
      if (after === 'none' || after === 'normal') return inner;
      const href = node.getAttribute('href')!;
      return `${inner} (${href.startsWith('/') ? origin + href : href})`;
    };
    const printed = (el: Element, space = '') =>
      text(el)
        .replace(/\s+/g, space)
        .replace(/[\u00ad-]+/g, '')
        .trim();
    const selectors: [string, string][] = [
      ['callout', '.callout'],
      ['key facts', '.key-facts'],
      ['checklist', '.checklist'],
      ['table row', 'tbody tr'],
      ['reference', '.references__list > li'],
      ['timeline entry', '.timeline__entry'],
    ];
    return selectors.flatMap(([what, selector]) =>
      [...document.querySelectorAll(selector)]
        .filter((el) => el.getBoundingClientRect().height < maxHeight)
        .map((el) => {
          // A table row: pdftotext interleaves the lines of neighbouring cells, so only the first
          // word of the first cell and the last word of the last cell are reliably whole.
          if (el.matches('tr')) {
            const words = (cell: Element) => printed(cell, ' ').split(' ').filter(Boolean);
            return { what, head: words(el.firstElementChild!)[0] ?? '', tail: words(el.lastElementChild!).at(-1) ?? '' };
          }
          const text = printed(el);
          return { what, head: text.slice(0, 20), tail: text.slice(-12) };
        }),
    );
  }, PRINTABLE_PX[format].height * 0.8);
}

/** The browser's clock is fixed (page.clock), so the printed date never depends on the calendar. */
const PRINTED_ON = new Date('2026-12-01T10:00:00Z');
function todayAsPrinted(lang: string): string {
  return PRINTED_ON.toLocaleDateString(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * One page per worker, reused by each of its tests (each loads its own page into it): the context
 * and the fixed clock are set up once rather than 34 times. It opens at A4's printable width in the
 * dark scheme, so a page is laid out once as on paper and the switch to print media needs no
 * layout at a desktop width.
 */
const test = base.extend<{ printPage: Page }>({
  printPage: async ({ workerPage }, use) =>
    use(
      await workerPage('print', async (browser) => {
        const page = await newSitePage(browser, { viewport: PRINTABLE_PX.A4, colorScheme: 'dark' });
        await page.clock.setFixedTime(PRINTED_ON);
        return page;
      }),
    ),
});

for (const { path, lang } of builtPages()) {
  // Each page prints in its own language: the letterhead, the foot of every sheet, the word list.
  const words = DICTIONARIES[lang];
  const [SITE_NAME, DISCLAIMER] = [words.siteName, words.disclaimer];
  test(`${path} prints as a clean document on A4 and US Letter`, async ({ printPage: page }) => {
    test.setTimeout(60_000);
    expect(PRINT_BUDGET[path], `${path} has no sheet budget in PRINT_BUDGET: add one from its printout`).toBeDefined();
    // The screen as the last test left it: print media and Letter's width.
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(PRINTABLE_PX.A4);
    await page.goto(siteUrl(path));
    const facts = await screenFacts(page);
    expect(facts.unmarked, 'screen-only chrome without the .screen-only class').toEqual([]);
    expect(facts.printOnlyOnScreen, '.print-only parts shown on screen').toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    // Both sizes from the one load, in print media (still in the dark scheme): each size's boxes
    // are measured at its printable width just before it prints, and each PDF is read (pdftotext, a
    // child process) while the browser goes on: Letter prints and the look is checked meanwhile.
    const printed: { format: PaperFormat; keepTogether: Awaited<ReturnType<typeof unbreakables>>; read: Promise<PrintedPdf> }[] = [];
    for (const format of FORMATS) {
      const keepTogether = await unbreakables(page, format);
      const read = readPdf(await printPdf(page, format));
      // Awaited below; a failure before then must not count as an unhandled rejection.
      read.catch(() => {});
      printed.push({ format, keepTogether, read });
    }

    // In print: the screen-only parts are not rendered, the
    // print-only ones are, and every visible piece of text is black on white.
    const look = await page.evaluate(() => {
      const stillShown = [...document.querySelectorAll('.screen-only')].filter((el) => el.checkVisibility()).map((el) => el.outerHTML.slice(0, 80));
      const printOnlyHidden = [...document.querySelectorAll('.print-only')].filter((el) => !el.checkVisibility()).map((el) => el.outerHTML.slice(0, 80));
      const notBlack = [...document.body.querySelectorAll('*')]
        .filter((el) => el.checkVisibility() && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
        .filter((el) => getComputedStyle(el).color !== 'rgb(0, 0, 0)')
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${getComputedStyle(el).color}`);
      const body = getComputedStyle(document.body).backgroundColor;
      // "Sources differ" notes are deliberately not boxes (a thin rule), on screen and on paper.
      const boxes = [...document.querySelectorAll('.callout:not(.callout--sources-differ), .key-facts, td, th')].filter((el) => {
        const s = getComputedStyle(el);
        return !(parseFloat(s.borderTopWidth) >= 1 && s.borderTopStyle === 'solid' && s.borderTopColor === 'rgb(0, 0, 0)');
      });
      const regions = [...document.querySelectorAll('.table-region')].filter((el) => getComputedStyle(el).overflowX !== 'visible');
      const heads = [...document.querySelectorAll('thead')].filter((el) => getComputedStyle(el).display !== 'table-header-group');
      // On paper each checklist item (the questions to ask the care team) has an empty box to tick.
      const tickBoxes = [...document.querySelectorAll('main .checklist li')]
        .map((li) => {
          const s = getComputedStyle(li, '::before');
          return { width: parseFloat(s.width), border: parseFloat(s.borderTopWidth), color: s.borderTopColor, text: li.textContent!.trim().slice(0, 40) };
        })
        .filter((box) => !(box.width >= 12 && box.border >= 1 && box.color === 'rgb(0, 0, 0)'))
        .map((box) => `"${box.text}": ${box.width}px wide, ${box.border}px ${box.color} border`);
      // A disclosure in the text (a trial's details, the references, the investigational label)
      // prints open: paper has no button to open it.
      const foldedOnPaper = [...document.querySelectorAll('main details')]
        .filter((details) => !details.closest('.screen-only'))
        .flatMap((details) => [...details.children].filter((child) => !child.matches('summary, .screen-only') && !child.checkVisibility()))
        .map((el) => el.outerHTML.slice(0, 80));
      return {
        stillShown,
        printOnlyHidden,
        foldedOnPaper,
        notBlack: [...new Set(notBlack)],
        body,
        boxes: boxes.length,
        regions: regions.length,
        heads: heads.length,
        tickBoxes,
      };
    });
    expect(look.stillShown, 'screen-only parts rendered in print').toEqual([]);
    expect(look.printOnlyHidden, 'print-only parts not rendered in print').toEqual([]);
    expect(look.foldedOnPaper, 'folded text that does not print').toEqual([]);
    expect(look.notBlack, 'text that is not black in print (dark scheme)').toEqual([]);
    expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(look.body);
    expect(look.boxes, 'callouts, key facts and table cells without a solid black border in print').toBe(0);
    expect(look.regions, 'table regions that would cut a table off on paper').toBe(0);
    expect(look.heads, 'table header rows that would not repeat on each page').toBe(0);
    expect(look.tickBoxes, 'checklist items without an empty black box of at least 12px to tick on paper').toEqual([]);

    const counts: string[] = [];
    for (const { format, keepTogether, read } of printed) {
      const { pages, sheets } = await read;
      const lastSheetFill = sheetFill(sheets.at(-1)!);
      const all = pages.join('\n');
      const flat = squash(all);
      // For finding link addresses: without raised reference numbers (and the punctuation after
      // them), which pdftotext may drop into the middle of a wrapped address. The running page
      // number is in the margin, which the page text leaves out, so an address can wrap across sheets.
      const flatProse = flat.replace(/\[\d+(,\d+)*\][.,;:]?/g, '');
      const problems: string[] = [];
      counts.push(`${format} ${pages.length} (last sheet ${Math.round(lastSheetFill * 100)}% full)`);

      // What must be on paper.
      for (const must of [SITE_NAME, facts.title]) if (!flat.includes(squash(must))) problems.push(`missing "${must}"`);
      for (const url of facts.sourceUrls) if (!flat.includes(squash(url))) problems.push(`reference address missing: ${url}`);
      for (const link of facts.textLinks) {
        if (!addressFollows(flatProse, link.text, link.printed)) problems.push(`link "${link.text}" is not followed by its address ${link.printed}`);
      }
      // The letterhead, on the first sheet under the site name and above the title: the page's own
      // address and the date printed, and the review dates. (At the end until December 2026, when a
      // footer kept whole moved to a sheet of its own whenever the text ended low on a sheet.)
      const first = squash(pages[0] ?? '');
      const titleAt = first.indexOf(squash(facts.title));
      const letterhead = [
        `${words.printedFrom} ${facts.canonical} ${words.printedOn} ${todayAsPrinted(lang)}.`,
        ...(facts.hasReview ? [words.lastReviewed, words.nextReviewDue] : []),
      ];
      for (const must of letterhead) {
        const at = first.indexOf(squash(must));
        if (at < 0 || at > titleAt) problems.push(`the first sheet does not say "${must}" above the title`);
      }
      // At the foot of every sheet: the disclaimer and the page number (print.css's margin boxes).
      sheets.forEach((sheet, index) => {
        const foot = squash(sheet.margin.join(' '));
        for (const must of [DISCLAIMER, `${words.printPage}${index + 1}${words.printOf}${sheets.length}`])
          if (!foot.includes(squash(must))) problems.push(`sheet ${index + 1} lacks "${must}" at its foot`);
      });

      // What must not be on paper.
      for (const { what, text } of facts.screenOnly) if (flat.includes(squash(text))) problems.push(`${what} printed: "${text.slice(0, 60)}"`);
      if (/\(#/.test(all) || /\(\s*[^)\s]*#ref-/.test(all)) problems.push('an in-page link printed its destination');
      if (/\/glossary\/#/.test(flat)) problems.push('a glossary link printed its destination');
      // The words explained on screen are listed with their meanings on paper, after the text.
      if (facts.glossaryWords.length !== facts.termsInText)
        problems.push(`${facts.termsInText} glossary terms in the text but ${facts.glossaryWords.length} in the printed word list`);
      if (facts.glossaryWords.length) {
        const listAt = flat.indexOf(squash(words.wordsUsed));
        if (listAt < 0) problems.push(`no "${words.wordsUsed}" list`);
        for (const { term, definition } of facts.glossaryWords) {
          if (flat.indexOf(squash(`${term}:${definition}`), listAt) < 0) problems.push(`the word list lacks "${term}: ${definition.slice(0, 30)}…"`);
        }
        if (listAt >= 0 && listAt < flat.indexOf(squash(facts.title))) problems.push('the word list comes before the text');
      }
      // Source notes are editors' context for the Sources page, not for a page's printed references.
      if (facts.sourceUrls.length && /Note:/.test(all) && splitLocale(path).path !== '/sources/') problems.push('a source note printed with the references');
      // Never more sheets than PRINT_BUDGET allows: a page that grows on paper is a deliberate choice.
      const budget = PRINT_BUDGET[path]![format];
      if (pages.length > budget) problems.push(`${pages.length} sheets, more than the ${budget} in PRINT_BUDGET`);
      if (pages.length > 1 && lastSheetFill < LAST_SHEET_MIN_FILL)
        problems.push(
          `the last sheet is only ${Math.round(lastSheetFill * 100)}% full (at least ${LAST_SHEET_MIN_FILL * 100}%): see how print.css keeps the end of a printout together`,
        );

      // Pages: none blank, none ending on a heading, boxes whole, a reasonable count.
      sheets.forEach((sheet, index) => {
        if (!sheet.lines.some((line) => line.text.trim())) problems.push(`page ${index + 1} is blank`);
        const stranded = index < sheets.length - 1 ? strandedHeading(sheet, facts.headings) : undefined;
        if (stranded) problems.push(`page ${index + 1} ends with the heading "${stranded}"`);
      });
      // Reference numbers out of the page text too, as they are out of the boxes' text.
      const flatPages = pages.map((text) => squash(text).replace(/\[\d+(,\d+)*\]/g, ''));
      for (const box of keepTogether) {
        if (!flatPages.some((p) => p.includes(box.head) && p.includes(box.tail))) problems.push(`${box.what} split across pages: "${box.head}…${box.tail}"`);
      }
      // About 250 words fit on a printed page with the reference list; far more pages than that
      // means something broke (blank pages, a box forced onto its own page, enormous type).
      // Each printed link address takes about a line (8 words' room), and so does a list item.
      const limit = Math.ceil((facts.words + 8 * facts.textLinks.length + 6 * facts.listItems) / 180) + 1;
      if (pages.length > limit) problems.push(`${pages.length} pages for ${facts.words} words (limit ${limit})`);

      expect(problems, `${path} printed on ${format}:\n${bulletList(problems)}`).toEqual([]);
    }
    // Reported in the test output: page counts per paper size.
    console.log(`print page count ${path}: ${counts.join(', ')}`);
    test.info().annotations.push({ type: 'print pages', description: counts.join(', ') });
  });
}
