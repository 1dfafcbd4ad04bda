/**
 * Astro's middleware, which it requires here (as it requires src/content.config.ts): what runs on
 * every page as it is rendered, at build time for this static site. Each step lives in its feature.
 */
export { withoutUnusedCspHashes as onRequest } from './features/chrome/csp-middleware';
