/**
 * A link's words when it leads to a page in another language than the current page (an English
 * page in the Spanish guide): the title marked with its language, so a screen reader reads it in
 * that voice, then "(en inglés)" in the page's language. Otherwise the words alone. The one place
 * this markup is written: LinkLabel.astro renders it around its slot, and the guide contents
 * (chrome/guide-list.ts) around each title.
 */
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import type { Locale } from '../../shared/paths.ts';
import { hreflangOf, wordsFor } from './dictionary';

/**
 * @param wordsHtml the link's words, already HTML
 * @param target the language of the page linked to
 * @param current the current page's language (Astro.currentLocale)
 * @param ownWords the words are the page's own (from its dictionary, such as "Glosario"), not the other page's title
 */
export function linkLabelHtml(wordsHtml: string, target: Locale | undefined, current: string | undefined, ownWords = false): string {
  const other = hreflangOf(target, current);
  if (!other) return wordsHtml;
  const words = ownWords ? wordsHtml : `<span${addAttribute(other, 'lang')}>${wordsHtml}</span>`;
  return `${words} <span class="other-language">${escapeHTML(wordsFor(current).inEnglish)}</span>`;
}
