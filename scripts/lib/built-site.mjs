// Where the built site is served and what it is made of, shared by astro.config.mjs, the build
// scripts, the bench and the tests, so they all agree on the public address, the base path and
// which files are pages.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The placeholder origin used until the publisher sets SITE_URL; a production build warns about it. */
export const PLACEHOLDER_SITE_URL = 'https://lupus-msc.example.org';
/** The public origin canonical URLs, the sitemap and printouts use: SITE_URL, or a placeholder until deployed. */
export const SITE_URL = process.env.SITE_URL || PLACEHOLDER_SITE_URL;

/** The placeholder contact used until the publisher sets SITE_CONTACT; a production build warns about it. */
export const PLACEHOLDER_CONTACT = 'mailto:editors@lupus-msc.example.org';

/**
 * Where readers report a mistake or write to the editors: the one contact setting of the site,
 * SITE_CONTACT, read at build time like SITE_URL. Either a mailto: address or an https:// page
 * (for example an issue form). Throws a message naming the setting and how to fix it.
 * @param {string | undefined} raw
 * @returns {{ href: string, kind: 'email' | 'web', placeholder: boolean }}
 */
export function siteContact(raw = process.env.SITE_CONTACT) {
  const value = (raw ?? '').trim() || PLACEHOLDER_CONTACT;
  const example = 'for example SITE_CONTACT=mailto:editors@example.org or SITE_CONTACT=https://example.org/report-a-problem';
  if (/^mailto:/i.test(value)) {
    if (!/^mailto:[^@\s?]+@[^@\s?]+\.[^@\s?]+$/i.test(value)) {
      throw new Error(`SITE_CONTACT is "${value}", which is not a complete email address after mailto:; ${example}`);
    }
    return { href: value, kind: 'email', placeholder: value === PLACEHOLDER_CONTACT };
  }
  if (!URL.canParse(value) || new URL(value).protocol !== 'https:') {
    throw new Error(`SITE_CONTACT is "${value}": it must be a mailto: address or a full https:// address where readers can report a problem; ${example}`);
  }
  return { href: value, kind: 'web', placeholder: false };
}

/**
 * A production build for the placeholder address or contact would publish printouts, canonical
 * links and a "report a problem" link that lead nowhere: the lines astro.config.mjs prints loudly.
 * Empty when both are set. @returns {string[]}
 */
export function deploymentWarnings(env = process.env) {
  const lines = [];
  if (!env.SITE_URL) {
    lines.push(
      `SITE_URL is not set, so this build uses the placeholder address ${PLACEHOLDER_SITE_URL}.`,
      'Canonical links, the sitemap and every printed page will show that address, not the real one.',
      'Set it to the public address when building, for example:',
      '  SITE_URL=https://your-domain.example npm run build',
    );
  }
  if (siteContact(env.SITE_CONTACT).placeholder) {
    lines.push(
      `SITE_CONTACT is not set, so "Report a problem with this page" uses the placeholder ${PLACEHOLDER_CONTACT}.`,
      'Set it to where readers can reach the editors, for example:',
      '  SITE_CONTACT=mailto:editors@your-domain.example npm run build',
    );
  }
  return lines;
}

/** "/", or the base path with one leading and one trailing slash (as astro.config.mjs reads it). */
export function basePath(raw = '') {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Every built HTML page under dist/, leaving out Pagefind's own files. @param {string} dist */
export function builtHtmlFiles(dist) {
  /** @type {string[]} */
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && !(dir === dist && entry.name === 'pagefind')) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full);
    }
  };
  walk(dist);
  return out.sort();
}
