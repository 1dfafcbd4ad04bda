/**
 * Site-wide settings an editor may need to change. Everything else is derived from content.
 */
import { keysOf } from '../../shared/keys';
import { en, type Word } from '../i18n/en';

/** The English words, written once in the dictionary (src/features/i18n/en.ts); other languages have their own. */
export const SITE_NAME = en.siteName;

/** Separator between page title and site name in `<title>`: an en dash, as in the page shell spec. */
export const TITLE_SEPARATOR = ' – ';

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
