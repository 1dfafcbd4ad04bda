/**
 * Text from data as HTML with each name of unbroken-names.ts kept whole in `span.unbroken`, escaped
 * as Astro escapes text: what Unbroken.astro renders, and what markup written once and reused (the
 * guide contents, chrome/guide-list.ts) puts around a title. Apart from unbroken-names.ts so the
 * Markdown plugin that shares the list does not load Astro's runtime.
 */
import { escapeHTML } from 'astro/runtime/server/index.js';
import { textParts } from './unbroken-names';

export function unbrokenHtml(value: string): string {
  return textParts(value)
    .map((part) => (part.unbroken ? `<span class="unbroken">${escapeHTML(part.text)}</span>` : escapeHTML(part.text)))
    .join('');
}
