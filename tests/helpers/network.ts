import type { BrowserContext, Page } from '@playwright/test';

/** Counts the page's requests in flight, so a test can wait until there are none (no networkidle). */
export function inFlight(page: Page): () => number {
  let pending = 0;
  page.on('request', () => pending++);
  page.on('requestfinished', () => pending--);
  page.on('requestfailed', () => pending--);
  return () => pending;
}

/**
 * The same count for a script (the bench): `quiet()` resolves as soon as no request of the page (or
 * of every page and worker of a context) is in flight, on the event that ends the last one, with no
 * polling and no networkidle.
 */
export function requestsInFlight(source: Page | BrowserContext): { pending: () => number; quiet: () => Promise<void> } {
  const page = source as Page;
  let pending = 0;
  let waiting: Array<() => void> = [];
  const ended = () => {
    pending--;
    if (pending > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  page.on('request', () => pending++);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return { pending: () => pending, quiet: () => (pending === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))) };
}
