// The built site as the scripts and tests see it: the page manifest that every build writes
// (dist/page-manifest.json, made from the pages collection by src/pages/page-manifest.json.ts).
// The address, base path and page ↔ file ↔ URL mapping live in src/shared/paths.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_MANIFEST_FILE } from '../../shared/paths.ts';

import { PLACEHOLDER_SITE_URL } from '../../shared/paths.ts';

export { basePath, PLACEHOLDER_SITE_URL, SITE_URL } from '../../shared/paths.ts';

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
      'Canonical links and the sitemap will show that address, not the real one; printed pages show no address,',
      'and no updates feed (updates.xml) is written, so feed readers cannot follow the site.',
      'Set it to the public address when building, for example:',
      '  SITE_URL=https://your-domain.example npm run build',
    );
  }
  if (siteContact(env.SITE_CONTACT).placeholder) {
    lines.push(
      'SITE_CONTACT is not set, so pages have no "Report a problem with this page" link.',
      'Set it to where readers can reach the editors, for example:',
      '  SITE_CONTACT=mailto:editors@your-domain.example npm run build',
    );
  }
  return lines;
}

/**
 * Every HTML page of the build in dist, with its kind (content, search, not-found) and, for content
 * pages, topic, title and review dates. Throws when there is no build.
 * @param {string} dist
 * @returns {import('../../shared/paths.ts').PageManifest}
 */
export function readManifest(dist) {
  const file = join(dist, PAGE_MANIFEST_FILE);
  if (!existsSync(file)) throw new Error(`No ${PAGE_MANIFEST_FILE} in ${dist}: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(file, 'utf8'));
}
