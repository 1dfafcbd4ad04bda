// Records what a page's Content Security Policy blocks, so a test can say exactly what broke.
import { expect, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './pages.ts';
import { basePath } from './site.ts';

/** What recordCspViolations() keeps for a page: the console's reports since the last call. */
const consoleReports = new WeakMap<Page, string[]>();

/**
 * Starts recording before the page loads (an init script is not subject to the CSP). Chromium
 * reports a violation both as a `securitypolicyviolation` event in the page, which names the
 * directive and the blocked address, and as a console message; both are kept, so nothing is missed
 * if one of them is not raised. Returns a function that lists everything recorded so far; an empty
 * list means nothing was blocked. On a page kept for several tests, call it again before each
 * load: the recording is set up once, and what the console said before is forgotten (the events'
 * list belongs to the document, so a new load starts a new one).
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const recording = consoleReports.has(page);
  const fromConsole: string[] = [];
  consoleReports.set(page, fromConsole);
  if (!recording) {
    page.on('console', (msg) => {
      if (/Content.Security.Policy/i.test(msg.text())) consoleReports.get(page)!.push(msg.text());
    });
    await page.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
      document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
    });
  }
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []))];
}

/** dist/_headers as { "/path/*": { header: value } } (Netlify / Cloudflare Pages format). */
export function readHeadersFile(): Record<string, Record<string, string>> {
  const file = join(distDir(), '_headers');
  expect(existsSync(file), 'dist/_headers is missing: src/features/chrome/headers.ts writes it in `npm run build`').toBe(true);
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules[line.trim()] = current = {};
    else if (current) {
      const [name, ...value] = line.trim().split(':');
      current[name!.trim().toLowerCase()] = value.join(':').trim();
    }
  }
  return rules;
}

/**
 * Serve responses with the headers from _headers, as a static host would: every response, or only
 * those whose URL matches `only` (the page itself, when nothing but its document is checked against
 * the policy: each routed response is fetched and handed back by the test process, which is dear).
 */
export async function serveWithHeadersFile(page: Page, only = '**/*'): Promise<void> {
  const headers = readHeadersFile()[`${basePath()}*`]!;
  await page.route(only, async (route) => {
    // The preview server on a loaded 2-core machine now and then resets a connection (ECONNRESET);
    // the browser would simply retry, so the harness tries twice more before failing the test.
    let response;
    for (let attempt = 1; ; attempt++) {
      try {
        response = await route.fetch();
        break;
      } catch (error) {
        if (attempt === 3 || !/ECONNRESET|ECONNREFUSED|socket hang up/.test(String(error))) throw error;
      }
    }
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
}
