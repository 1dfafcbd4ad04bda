/**
 * A production build with placeholder settings says so loudly, before anything is built: without
 * SITE_URL every canonical link, the sitemap and every printout carry a placeholder address, and
 * without SITE_CONTACT "Report a problem with this page" leads nowhere. A warning, not a failure:
 * the tests and local builds run without them. A malformed SITE_CONTACT does fail, when the
 * config is read, with a message naming the setting and how to fix it.
 */
import type { AstroIntegration } from 'astro';
import { deploymentWarnings, siteContact } from './built-site.mjs';

export function deploymentSettings(): AstroIntegration {
  siteContact();
  return {
    name: 'deployment-settings',
    hooks: {
      'astro:build:start': () => {
        const lines = deploymentWarnings();
        if (lines.length === 0) return;
        // console.warn rather than the logger: a boxed block stays visible in a long build log.
        const rule = '!'.repeat(78);
        console.warn(['', rule, '!! WARNING: this build is not ready to publish', rule, ...lines.map((line) => `!! ${line}`), rule, ''].join('\n'));
      },
    },
  };
}
