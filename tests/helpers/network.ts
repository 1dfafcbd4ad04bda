import type { Page } from '@playwright/test';

/** Counts the page's requests in flight, so a test can wait until there are none (no networkidle). */
export function inFlight(page: Page): () => number {
  let pending = 0;
  page.on('request', () => pending++);
  page.on('requestfinished', () => pending--);
  page.on('requestfailed', () => pending--);
  return () => pending;
}
