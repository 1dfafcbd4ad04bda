// The built site as the scripts and tests see it: the page manifest that every build writes
// (dist/page-manifest.json, made from the pages collection by src/pages/page-manifest.json.ts).
// The address, base path and page ↔ file ↔ URL mapping live in src/lib/paths.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_MANIFEST_FILE } from '../../src/lib/paths.ts';

export { basePath, SITE_URL } from '../../src/lib/paths.ts';

/**
 * Every HTML page of the build in dist, with its kind (content, search, not-found) and, for content
 * pages, topic, title and review dates. Throws when there is no build.
 * @param {string} dist
 * @returns {import('../../src/lib/paths.ts').PageManifest}
 */
export function readManifest(dist) {
  const file = join(dist, PAGE_MANIFEST_FILE);
  if (!existsSync(file)) throw new Error(`No ${PAGE_MANIFEST_FILE} in ${dist}: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(file, 'utf8'));
}
