// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentDataWatch } from './src/shared/content-data-watch.ts';
import { deploymentSettings } from './src/features/chrome/deployment-settings.ts';
import { headers } from './src/features/chrome/headers.ts';
import { searchIndex } from './src/features/search/search-index.ts';
import { sourceIdentifiers } from './src/features/citations/source-identifiers.ts';
import { basePath, DEFAULT_LOCALE, LOCALES, SITE_URL, stripBase } from './src/shared/paths.ts';
import { readManifest } from './src/features/chrome/built-site.mjs';
import { contentPlugins } from './src/content-plugins.ts';

/**
 * Deployment settings come from the environment so one build serves any host:
 *   SITE_URL  — the public origin, used for canonical URLs and the sitemap (default: a placeholder).
 *   BASE_PATH — the sub-path the site is served from, e.g. /lupus-msc/ (default: /).
 *   SITE_CONTACT — where readers report a problem: a mailto: or https:// address (default: a placeholder).
 */
const site = SITE_URL;
const base = basePath(process.env.BASE_PATH);
const outDir = './dist';

/**
 * The content page a sitemap URL stands for, from the page manifest the build has written by the
 * time @astrojs/sitemap runs (src/pages/page-manifest.json.ts): the sitemap lists content pages
 * only, each with the day it was last reviewed.
 * @type {Map<string, import('./src/shared/paths.ts').ManifestPage> | undefined}
 */
let contentPagesByPath;
/** The folder this build writes to: ./dist, or another given with `astro build --outDir` (the tests' root build). */
let builtTo = new URL(outDir, import.meta.url);
const contentPageAt = (/** @type {string} */ url) => {
  contentPagesByPath ??= new Map(
    readManifest(fileURLToPath(builtTo))
      .pages.filter((page) => page.kind === 'content')
      .map((page) => [page.path, page]),
  );
  const path = stripBase(base, new URL(url).pathname);
  return path === null ? undefined : contentPagesByPath.get(path);
};

/**
 * Vite wraps every dynamic import in a preload helper (about 1.7 kB, 0.65 kB brotli) that links the
 * imported chunk's own imports and stylesheets in advance, even when there are none (vitejs/vite
 * issues 13952 and 18551, open). The site's one dynamically imported file, the search code (from the
 * page script and from the search page's script), has neither: it is one file, and it links its
 * stylesheet itself (search-ui.ts). So the wrapper is taken off again before the chunk is minified.
 */
function withoutPreloadHelper() {
  const wrapped = /__vitePreload\(\(\) => (import\("[^"]+"\)), __VITE_PRELOAD__\)/g;
  return {
    name: 'without-preload-helper',
    /** @param {string} code */
    renderChunk(code) {
      if (!code.includes('__VITE_PRELOAD__')) return null;
      return { code: code.replace(wrapped, '$1'), map: null };
    },
    /**
     * Two scripts import the search code (the page script, and the search page's own), so the bundler
     * gives the helper a chunk of its own, which each still imports after its wrapper is gone: an
     * extra request on every page for code nothing calls. Drop the chunk and those imports; a chunk
     * that still uses the helper (a wrapper the pattern above missed) stops the build.
     * @param {unknown} _ @param {Record<string, any>} bundle
     */
    generateBundle(_, bundle) {
      for (const helper of Object.values(bundle).filter((file) => file.type === 'chunk' && file.name === 'preload-helper')) {
        const bareImport = new RegExp(`import\\s*["']\\./${helper.fileName.split('/').pop().replace(/\./g, '\\.')}["'];?`);
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.imports.includes(helper.fileName)) continue;
          if (!bareImport.test(chunk.code) || chunk.code.includes('__vitePreload'))
            throw new Error(
              `${chunk.fileName} still uses Vite's preload helper: a dynamic import that withoutPreloadHelper() (astro.config.mjs) did not unwrap`,
            );
          chunk.code = chunk.code.replace(bareImport, '');
          chunk.imports = chunk.imports.filter((/** @type {string} */ file) => file !== helper.fileName);
        }
        delete bundle[helper.fileName];
      }
    },
  };
}

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  // English at the root, each other language under /<locale>/ (src/shared/paths.ts LOCALES): Astro
  // then gives every component the page's language as Astro.currentLocale.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  build: { format: 'directory' },
  markdown: {
    // No code samples on a health site, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    // Astro's native (Sätteri) processor, with the site's checks and transforms (src/content-plugins.ts).
    processor: satteri(contentPlugins(base)),
  },
  // After the pages are written: the search index, dist/_headers and the sitemap (sitemap-index.xml,
  // which robots.txt names), all from dist/page-manifest.json.
  integrations: [
    { name: 'built-to', hooks: { 'astro:config:done': ({ config }) => void (builtTo = config.outDir) } },
    mdx(),
    deploymentSettings(),
    contentDataWatch(),
    sourceIdentifiers(),
    searchIndex(),
    headers(),
    sitemap({
      filter: (url) => contentPageAt(url) !== undefined,
      serialize: (item) => {
        const reviewed = contentPageAt(item.url)?.lastReviewed;
        return reviewed ? { ...item, lastmod: reviewed } : item;
      },
      // Each page lists its translations as xhtml:link alternates (the sitemap pairs /es/x/ with /x/).
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, locale])) },
      namespaces: { news: false, xhtml: true, image: false, video: false },
    }),
  ],
  security: {
    // Astro hashes the scripts and styles it emits into script-src and style-src; everything else
    // is denied unless named here. The same policy goes out as a header (src/features/chrome/headers.ts).
    csp: {
      // The one allowance beyond hashes: Pagefind's search runs as WebAssembly (only once search is opened).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    plugins: [withoutPreloadHelper()],
    // The pages' MDX modules go into one chunk of the bundle Astro renders the pages from (deleted
    // after the build), not one chunk each: a thousand chunks cost Rolldown, the disk and Node's
    // module loader about 3 CPU s at +1000 pages. What the build writes is the same, byte for byte.
    environments: { prerender: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'content', test: /\.mdx/ }] } } } } } },
    build: {
      // Every script is an external module, never inlined into the page: Astro inlines a small
      // script used on one page (the trial finder, src/features/trials/trial-finder.ts), which would
      // put its code in the HTML of every build and a hash in that page's CSP. Nor is a stylesheet
      // the search code links (search-results.css): a data: URL would break the CSP's style-src.
      // Other assets keep Vite's default (undefined: inline below 4 kB).
      assetsInlineLimit: (/** @type {string} */ file) => (/\.(js|css)$/.test(file) ? false : undefined),
    },
  },
  devToolbar: { enabled: false },
});
