// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { basePath, deploymentWarnings, SITE_URL, siteContact } from './scripts/lib/built-site.mjs';
import { rehypeTables } from './src/lib/rehype-tables.ts';
import { remarkCitations } from './src/lib/remark-citations.ts';
import { remarkGlossary } from './src/lib/remark-glossary.ts';
import { remarkLinksAndImages } from './src/lib/remark-links-and-images.ts';

/**
 * Deployment settings come from the environment so one build serves any host:
 *   SITE_URL  — the public origin, used for canonical URLs and the sitemap (default: a placeholder).
 *   BASE_PATH — the sub-path the site is served from, e.g. /lupus-msc/ (default: /).
 *   SITE_CONTACT — where readers report a problem: a mailto: or https:// address (default: a placeholder).
 */
const site = SITE_URL;
const base = basePath(process.env.BASE_PATH);
// A malformed contact stops the build here, with a message naming SITE_CONTACT and how to fix it.
siteContact();

/** A production build with placeholder settings says so loudly (not a failure: tests build without them). */
const warnAboutPlaceholders = {
  name: 'warn-about-placeholder-settings',
  hooks: {
    'astro:build:start': () => {
      const lines = deploymentWarnings();
      if (lines.length === 0) return;
      const rule = '!'.repeat(78);
      console.warn(['', rule, '!! WARNING: this build is not ready to publish', rule, ...lines.map((line) => `!! ${line}`), rule, ''].join('\n'));
    },
  },
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // No code samples on a health site, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
    processor: unified({
      // Order matters: links are checked before glossary terms add links of their own.
      remarkPlugins: [[remarkLinksAndImages, { base }], remarkCitations, remarkGlossary],
      rehypePlugins: [rehypeTables],
    }),
  },
  integrations: [mdx(), warnAboutPlaceholders],
  security: {
    // Astro hashes the scripts and styles it emits into script-src and style-src; everything else
    // is denied unless named here. The same policy goes out as a header (scripts/build-headers.mjs).
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
  devToolbar: { enabled: false },
});
