/**
 * Reads the page manifest that the build wrote into its output folder (src/pages/page-manifest.json.ts)
 * and checks it against the files: every page it lists was built, and every HTML file built is
 * listed. Used by the build integrations here; the scripts and tests read it through
 * src/features/chrome/built-site.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import { PAGE_MANIFEST_FILE, builtFileOfPath, type PageManifest } from '../../shared/paths.ts';

/**
 * @param dist the build's output folder
 * @param builtPathnames the `pages` Astro's astro:build:done hook reports (pathnames without the base)
 */
export function readBuiltManifest(dist: string, builtPathnames: readonly string[]): PageManifest {
  const file = join(dist, PAGE_MANIFEST_FILE);
  if (!existsSync(file))
    throw new AstroError(
      `${PAGE_MANIFEST_FILE} is missing from the build.`,
      'src/pages/page-manifest.json.ts must stay: the search index and the headers are built from it.',
    );
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as PageManifest;
  const listed = new Set(manifest.pages.map((page) => page.file));
  const problems: string[] = [];
  for (const page of manifest.pages) {
    if (!existsSync(join(dist, page.file))) problems.push(`${page.path} is in ${PAGE_MANIFEST_FILE} but ${page.file} was not built.`);
  }
  for (const pathname of builtPathnames) {
    const html = builtFileOfPath(`/${pathname}`.replace(/^\/404$/, '/404.html'));
    if (html.endsWith('.html') && existsSync(join(dist, html)) && !listed.has(html)) {
      problems.push(`${html} was built but is not in ${PAGE_MANIFEST_FILE}: add its kind to CODE_PAGES in src/shared/paths.ts.`);
    }
  }
  if (problems.length) throw new AstroError(`The page manifest does not match the build:\n  - ${problems.join('\n  - ')}`);
  return manifest;
}
