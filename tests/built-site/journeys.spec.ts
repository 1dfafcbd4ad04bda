// Journeys, read from the built HTML: the home page leads with the reader's top tasks, the main
// navigation's names say where they lead, urgent help is one step from every page, and the pages
// whose readers want a trial, an option or a warning link to it in their text (issue 20).
import { localizedPath } from '../../src/shared/paths.ts';
import { DICTIONARIES } from '../../src/features/i18n/dictionary.ts';
import { TOP_TASKS, URGENT_HELP_PATH } from '../../src/features/chrome/site.ts';
import { test, expect, URL_ROOT } from '../helpers/test.ts';
import { builtPages } from '../helpers/pages.ts';
import { attr, elements, text, type Element } from '../helpers/html.ts';
import { closest, hasClass, parsed, parsedAt, type ParsedPage } from '../helpers/built-page.ts';
import { siteUrl, toSitePath, withBase } from '../helpers/site.ts';

const TRIALS = '/stromal-cell-therapy/trials-open-now/';
const OPTIONS = '/stromal-cell-therapy/hard-to-control-lupus/';
const CLINICS = '/stromal-cell-therapy/unproven-clinics/';

/** Where a link leads, as a site path without its fragment (null if off the site). */
const target = (doc: ParsedPage, a: Element) => toSitePath(attr(a, 'href')!, siteUrl(doc.page.path))?.replace(/#.*$/, '') ?? null;

/** The links of the page's own text: inside the article's prose, not in navigation or a box. */
function textLinks(doc: ParsedPage): string[] {
  return doc.all
    .filter((el) => el.tagName === 'a' && attr(el, 'href') && closest(el, (p) => hasClass(p, 'prose')))
    .filter((a) => !closest(a, (box) => box.tagName === 'nav' || box.tagName === 'aside'))
    .map((a) => target(doc, a))
    .filter((path): path is string => path !== null);
}

test('the home page leads with the four top tasks, before the topics, each linking to the page that answers it', { tag: URL_ROOT }, () => {
  const home = parsedAt('/');
  const tasks = home.all.find((el) => hasClass(el, 'topic-cards--tasks'));
  expect(tasks, 'a list of top tasks on the home page').toBeDefined();
  const links = elements(tasks!).filter((el) => el.tagName === 'a' && closest(el, (h) => h.tagName === 'h2'));
  expect(links.map((a) => [text(a), target(home, a)])).toEqual([
    ['Can I join a trial?', TRIALS],
    ['What are my options now?', OPTIONS],
    ['Is this clinic safe?', CLINICS],
    ['When should I get help now?', URGENT_HELP_PATH],
  ]);
  expect(TOP_TASKS.map((task) => task.href)).toEqual([TRIALS, OPTIONS, CLINICS, URGENT_HELP_PATH]);
  const tasksAt = home.all.indexOf(tasks!);
  const topicsAt = home.all.findIndex((el) => hasClass(el, 'topic-cards') && !hasClass(el, 'topic-cards--tasks'));
  expect(tasksAt >= 0 && topicsAt > tasksAt, 'the tasks come before the topics').toBe(true);
  const prose = home.all.find((el) => hasClass(el, 'prose'))!;
  const first = prose.childNodes.find((n): n is Element => 'tagName' in n);
  expect(first, 'the tasks are the first thing after the summary').toBe(tasks);
});

test('every page links to the urgent-help page from its header, in one step', { tag: URL_ROOT }, () => {
  const missing = builtPages()
    .map((page) => parsed(page))
    .filter((doc) => {
      const row = doc.all.find((el) => el.tagName === 'header' && hasClass(el, 'site-header'));
      // In another language: the translation of the page when there is one, else the English page, marked.
      const translated = localizedPath(URGENT_HELP_PATH, doc.page.lang);
      const expected = builtPages().some((p) => p.path === translated) ? translated : URGENT_HELP_PATH;
      const words = DICTIONARIES[doc.page.lang].urgentHelp;
      return !row || !elements(row).some((a) => a.tagName === 'a' && text(a).startsWith(words) && target(doc, a) === expected);
    })
    .map((doc) => doc.page.path);
  expect(missing, 'pages without an "Urgent help" link in the header row').toEqual([]);
});

test('the main navigation names say where they lead: trials a reader can join, and the history of the US trials', () => {
  const home = parsedAt('/');
  const nav = home.all.find((el) => el.tagName === 'nav' && attr(el, 'aria-label') === 'Main')!;
  const links = elements(nav)
    .filter((el) => el.tagName === 'a')
    .map((a) => `${text(a)} -> ${target(home, a)}`);
  expect(links).toContain(`Trials you can join -> ${TRIALS}`);
  expect(links).toContain('History of the US trials -> /trial-history/');
  expect(
    links.some((link) => link.startsWith('The US trials')),
    'no "The US trials" leading to a history section',
  ).toBe(false);
});

test('the MiSLE, trial-history and taking-part pages link in their text to the pages a reader needs next', () => {
  const needs: Record<string, string[]> = {
    '/trial-history/': [TRIALS, OPTIONS, CLINICS],
    '/trial-history/phase-1-trial/': [TRIALS],
    '/trial-history/phase-2-misle-trial/': [TRIALS, OPTIONS, CLINICS],
    '/trial-history/funding/': [TRIALS, CLINICS],
    '/stromal-cell-therapy/taking-part-in-a-trial/': [TRIALS, OPTIONS, CLINICS],
  };
  const missing = Object.entries(needs).flatMap(([path, targets]) => {
    const links = textLinks(parsedAt(path));
    return targets.filter((t) => !links.includes(t)).map((t) => `${path} does not link to ${t} in its text`);
  });
  expect(missing).toEqual([]);
});

test('the urgent-help page puts its care cards straight under the summary, titled by real headings, with their facts cited below them', () => {
  const doc = parsedAt(URGENT_HELP_PATH);
  const prose = doc.all.find((el) => hasClass(el, 'prose'))!;
  const children = prose.childNodes.filter((n): n is Element => 'tagName' in n);
  const cards = children.filter((el) => el.tagName === 'aside' && hasClass(el, 'urgency'));
  expect(cards.map((card) => attr(card, 'data-urgency'))).toEqual(['emergency', 'same-day', 'soon']);
  expect(children.slice(0, 3), 'the three cards come first').toEqual(cards);
  for (const card of cards) {
    const heading = elements(card).find((el) => el.tagName === 'h2');
    expect(heading && text(heading), 'each card is titled by an h2 that is its name').toBe(attr(card, 'aria-label'));
    expect(
      elements(card).filter((el) => hasClass(el, 'citation')),
      'no citation marker inside a card',
    ).toEqual([]);
  }
  const citedBelow = children.slice(3).flatMap((el) => elements(el).filter((c) => hasClass(c, 'citation')));
  expect(citedBelow.length, 'the facts are cited in the text below the cards').toBeGreaterThan(5);
});

test('the lupus nephritis pregnancy page sends readers to the urgent-help page instead of repeating it', () => {
  const doc = parsedAt('/lupus-nephritis/pregnancy-infections-and-urgent-help/');
  expect(textLinks(doc)).toContain(URGENT_HELP_PATH);
  expect(doc.all.filter((el) => hasClass(el, 'urgency'))).toEqual([]);
});

test('the home page puts the topics first, as cards whose title is the link to a built page, before the key facts', () => {
  const home = parsedAt('/');
  // The top tasks use the same cards, before the topics (tests/built-site/journeys.spec.ts).
  const cards = home.all.filter((el) => hasClass(el, 'topic-card') && !closest(el, (list) => hasClass(list, 'topic-cards--tasks')));
  expect(cards, 'three topic cards').toHaveLength(3);
  for (const card of cards) {
    const links = elements(card).filter((el) => el.tagName === 'a' && closest(el, (a) => a.tagName === 'h2'));
    expect(links, 'the card title is the link').toHaveLength(1);
    const target = toSitePath(attr(links[0]!, 'href')!, siteUrl('/'));
    expect(
      builtPages().some((p) => p.path === target),
      `card link ${target} leads to a built page`,
    ).toBe(true);
  }
  const cardsAt = home.all.findIndex((el) => hasClass(el, 'topic-cards') && !hasClass(el, 'topic-cards--tasks'));
  const factsAt = home.all.findIndex((el) => hasClass(el, 'key-facts'));
  expect(cardsAt >= 0 && factsAt > cardsAt, 'the key facts come after the topic cards').toBe(true);
});

test('the therapy and nephritis topics each offer "Questions to ask your care team" as a checklist of at least three questions', () => {
  for (const topic of ['/stromal-cell-therapy/', '/lupus-nephritis/']) {
    const offering = builtPages()
      .filter((p) => p.path.startsWith(topic))
      .filter((p) => {
        const doc = parsed(p);
        const main = doc.all.find((el) => el.tagName === 'main');
        if (!main) return false;
        const inMain = elements(main);
        const headings = inMain.filter((el) => el.tagName === 'h2' && text(el).includes('Questions to ask your care team'));
        const items = inMain.filter((el) => el.tagName === 'li' && closest(el, (e) => hasClass(e, 'checklist')));
        return headings.length === 1 && items.length >= 3;
      });
    expect(offering.length, `no page under ${topic} has a "Questions to ask your care team" heading with a checklist of at least 3 questions`).toBeGreaterThan(
      0,
    );
  }
});

test('the urgent-help page has emergency, same-day and soon boxes, each named by its own words; the symptoms page has a "soon" box linking to the urgent-help page', () => {
  const URGENCY_PAGE = '/urgent-help/';
  const boxesOf = (doc: ParsedPage) =>
    doc.all
      .filter((el) => el.tagName === 'aside' && hasClass(el, 'urgency'))
      .map((box) => ({
        box,
        level: attr(box, 'data-urgency'),
        name: attr(box, 'aria-label'),
        label: text(elements(box).find((el) => hasClass(el, 'urgency__label'))!),
      }));
  const urgent = boxesOf(parsedAt(URGENCY_PAGE));
  expect(urgent.map((b) => b.level)).toEqual(['emergency', 'same-day', 'soon']);
  for (const box of urgent) expect(box.name, `${box.level} box is named by its visible label`).toBe(box.label);
  expect(new Set(urgent.map((b) => b.label)).size, 'each level has its own words').toBe(3);
  const emergency = urgent.find((b) => /^Emergency: call 911/.test(b.name ?? ''));
  expect(emergency, 'a box named "Emergency: call 911…"').toBeDefined();
  expect(text(emergency!.box)).toContain('chest pain');

  const symptoms = parsedAt('/lupus-nephritis/symptoms-and-diagnosis/');
  expect(boxesOf(symptoms).map((b) => b.level)).toEqual(['soon']);
  const links = symptoms.all.filter((el) => el.tagName === 'a' && text(el) === 'when to get help urgently');
  expect(links, 'one link named "when to get help urgently"').toHaveLength(1);
  expect(attr(links[0]!, 'href')).toBe(withBase(URGENCY_PAGE));
});
