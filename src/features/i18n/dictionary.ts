/**
 * The interface words of a page in its language: components call `wordsFor(Astro.currentLocale)`
 * (Astro's i18n routing sets it from the URL: "es" under /es/, "en" elsewhere).
 */
import { localeOf, type Locale } from '../../shared/paths.ts';
import type { TopicId } from '../chrome/site';
import { en, type Dictionary } from './en';
import { es } from './es';

export const DICTIONARIES: Readonly<Record<Locale, Dictionary>> = { en, es };

/** The page's language from Astro.currentLocale (undefined or unknown → English); in shared/paths.ts, which browser code may import without the dictionaries. */
export { localeOf };

export const wordsFor = (current: string | undefined): Dictionary => DICTIONARIES[localeOf(current)];

const TOPIC_KEYS = {
  'stromal-cell-therapy': 'topicStromal',
  'trial-history': 'topicTrialHistory',
  'lupus-nephritis': 'topicNephritis',
  about: 'topicAbout',
} as const satisfies Record<TopicId, keyof Dictionary>;

/** A topic's name in a language. */
export const topicLabel = (topic: TopicId, locale: Locale): string => DICTIONARIES[locale][TOPIC_KEYS[topic]];

/** A link's hreflang: the language of the page it leads to, when that is not the current page's. */
export const hreflangOf = (target: Locale | undefined, current: string | undefined): Locale | undefined =>
  target && target !== localeOf(current) ? target : undefined;
