/**
 * Site-wide settings an editor may need to change. Everything else is derived from content.
 */
import { keysOf } from '../../shared/keys';
import { en, type Word } from '../i18n/en';

/** The English words, written once in the dictionary (src/features/i18n/en.ts); other languages have their own. */
export const SITE_NAME = en.siteName;

export { TITLE_SEPARATOR } from './title-separator';
import { TITLE_SEPARATOR } from './title-separator';

/**
 * The longest `<title>` (html-validate's long-title): browser tabs, bookmarks and search results
 * cut a longer one. Spanish titles run longer than English ones, so the rule is the same in every
 * language: the page's title and the site name when they fit, else the page's short name (its
 * `shortTitle`; a topic's overview, its topic's name) and the site name.
 */
export const TAB_TITLE_MAX = 90;

/** A page's `<title>` by the rule above (`shortName`: the name the page has in menus and breadcrumbs). */
export function tabTitle(title: string, siteName: string, shortName?: string): string {
  const full = `${title}${TITLE_SEPARATOR}${siteName}`;
  return full.length <= TAB_TITLE_MAX || !shortName ? full : `${shortName}${TITLE_SEPARATOR}${siteName}`;
}

/**
 * The editor's problem when a page's title cannot make a `<title>` within TAB_TITLE_MAX, or
 * undefined: a title that is too long with the site name after it needs a `shortTitle` that fits.
 */
export function tabTitleProblem(title: string, siteName: string, shortTitle: string | undefined): string | undefined {
  const room = TAB_TITLE_MAX - `${TITLE_SEPARATOR}${siteName}`.length;
  if (title.length <= room) return undefined;
  if (shortTitle === undefined)
    return `"title" is ${title.length} characters: with "${TITLE_SEPARATOR}${siteName}" after it, the browser tab title would be longer than ${TAB_TITLE_MAX} characters. Add a "shortTitle" of at most ${room} characters: the tab, the menus and the breadcrumbs use it.`;
  if (shortTitle.length > room)
    return `"shortTitle" is ${shortTitle.length} characters; the title is too long for the browser tab, so the tab uses the shortTitle, which can be at most ${room} characters with "${TITLE_SEPARATOR}${siteName}" after it. Shorten it.`;
  return undefined;
}

/** Said in every page's footer on screen, and at the foot of every printed sheet (print.css). */
export const DISCLAIMER = en.disclaimer;

/**
 * The four topics a page can belong to. The order here is the order of the primary navigation.
 * `overview` is the topic's hub page, written as `content/pages/<folder>/index.mdx`.
 */
export const TOPICS = {
  'stromal-cell-therapy': { label: 'Stromal cell therapy', overview: '/stromal-cell-therapy/' },
  'trial-history': { label: 'History of the US trials', overview: '/trial-history/' },
  'lupus-nephritis': { label: 'Lupus nephritis', overview: '/lupus-nephritis/' },
  about: { label: 'About this site', overview: '/about/' },
} as const;

export type TopicId = keyof typeof TOPICS;
export const TOPIC_IDS = /* @__PURE__ */ keysOf(TOPICS);

/** The page listing trials that are open or about to open. */
export const TRIALS_OPEN_PATH = '/stromal-cell-therapy/trials-open-now/';

/** One short page of warning signs for all of lupus, linked from the header row of every page. */
export const URGENT_HELP_PATH = '/urgent-help/';

/**
 * The home page's first cards (<TopTasks />): the questions worried readers come with most, each
 * answered by one page. The card's text is that page's description, so it never goes stale.
 */
export const TOP_TASKS: ReadonlyArray<{ question: string; word: Word; href: string }> = [
  { question: 'Can I join a trial?', word: 'taskJoinTrial', href: TRIALS_OPEN_PATH },
  { question: 'What are my options now?', word: 'taskOptions', href: '/stromal-cell-therapy/hard-to-control-lupus/' },
  { question: 'Is this clinic safe?', word: 'taskClinic', href: '/stromal-cell-therapy/unproven-clinics/' },
  { question: 'When should I get help now?', word: 'taskHelpNow', href: URGENT_HELP_PATH },
];

/** Links of the primary navigation, in order; the same on every page. */
export const PRIMARY_NAV: ReadonlyArray<{ label: string; word: Word; href: string; topic?: TopicId }> = [
  { label: 'Home', word: 'home', href: '/' },
  // The reader's first question, "can I join a trial?", gets its own link: the trial-history
  // section is about trials that have ended.
  { label: 'Trials you can join', word: 'trialsYouCanJoin', href: TRIALS_OPEN_PATH },
  { label: TOPICS['stromal-cell-therapy'].label, word: 'topicStromal', href: TOPICS['stromal-cell-therapy'].overview, topic: 'stromal-cell-therapy' },
  { label: TOPICS['trial-history'].label, word: 'topicTrialHistory', href: TOPICS['trial-history'].overview, topic: 'trial-history' },
  { label: TOPICS['lupus-nephritis'].label, word: 'topicNephritis', href: TOPICS['lupus-nephritis'].overview, topic: 'lupus-nephritis' },
  { label: 'Glossary', word: 'glossary', href: '/glossary/' },
];

/** Links in the footer's "About this site" navigation. */
export const FOOTER_NAV: ReadonlyArray<{ label: string; word: Word; href: string }> = [
  { label: 'About this site', word: 'footerAbout', href: '/about/' },
  { label: 'Sources', word: 'sources', href: '/sources/' },
  { label: 'Glossary', word: 'glossary', href: '/glossary/' },
  { label: 'Accessibility statement', word: 'accessibility', href: '/about/accessibility/' },
  { label: 'Privacy', word: 'privacy', href: '/about/privacy/' },
];

/** Longest allowed gap between two reviews of a page. */
export const MAX_REVIEW_INTERVAL_YEARS = 3;
