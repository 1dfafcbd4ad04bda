// Records what a page's Content Security Policy blocks, so a test can say exactly what broke.
import type { Page } from '@playwright/test';

/**
 * Starts recording before the page loads (an init script is not subject to the CSP). Chromium
 * reports a violation both as a `securitypolicyviolation` event in the page, which names the
 * directive and the blocked address, and as a console message; both are kept, so nothing is missed
 * if one of them is not raised. Returns a function that lists everything recorded so far; an empty
 * list means nothing was blocked.
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) fromConsole.push(msg.text());
  });
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []))];
}
