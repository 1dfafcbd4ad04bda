/**
 * Site-wide settings an editor may need to change. Everything else is derived from content.
 */
import { keysOf } from '../../shared/keys';

export const SITE_NAME = 'Lupus and Stromal Cell Therapy';

/** Separator between page title and site name in `<title>`: an en dash, as in the page shell spec. */
export const TITLE_SEPARATOR = ' – ';

/**
 * The four topics a page can belong to. The order here is the order of the primary navigation.
 * `overview` is the topic's hub page, written as `content/pages/<folder>/index.mdx`.
 */
export const TOPICS = {
  'stromal-cell-therapy': { label: 'Stromal cell therapy', overview: '/stromal-cell-therapy/' },
  'trial-history': { label: 'The US trials', overview: '/trial-history/' },
  'lupus-nephritis': { label: 'Lupus nephritis', overview: '/lupus-nephritis/' },
  about: { label: 'About this site', overview: '/about/' },
} as const;

export type TopicId = keyof typeof TOPICS;
export const TOPIC_IDS = /* @__PURE__ */ keysOf(TOPICS);

/** Links of the primary navigation, in order; the same on every page. */
export const PRIMARY_NAV: ReadonlyArray<{ label: string; href: string; topic?: TopicId }> = [
  { label: 'Home', href: '/' },
  { label: TOPICS['stromal-cell-therapy'].label, href: TOPICS['stromal-cell-therapy'].overview, topic: 'stromal-cell-therapy' },
  { label: TOPICS['trial-history'].label, href: TOPICS['trial-history'].overview, topic: 'trial-history' },
  { label: TOPICS['lupus-nephritis'].label, href: TOPICS['lupus-nephritis'].overview, topic: 'lupus-nephritis' },
  { label: 'Glossary', href: '/glossary/' },
];

/** Links in the footer's "About this site" navigation. */
export const FOOTER_NAV: ReadonlyArray<{ label: string; href: string }> = [
  { label: 'About this site', href: '/about/' },
  { label: 'Sources', href: '/sources/' },
  { label: 'Glossary', href: '/glossary/' },
  { label: 'Accessibility statement', href: '/about/accessibility/' },
  { label: 'Privacy', href: '/about/privacy/' },
];

/** Longest allowed gap between two reviews of a page. */
export const MAX_REVIEW_INTERVAL_YEARS = 3;
