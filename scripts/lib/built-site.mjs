// Where the built site is served and what it is made of, shared by astro.config.mjs, the build
// scripts, the bench and the tests, so they all agree on the public address, the base path and
// which files are pages.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The public origin canonical URLs and the sitemap use: SITE_URL, or a placeholder until deployed. */
export const SITE_URL = process.env.SITE_URL ?? 'https://lupus-msc.example.org';

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
