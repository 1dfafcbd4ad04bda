import type { BrowserContext, Page, Request } from '@playwright/test';

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
 * polling and no networkidle. Chromium now and then never ends a request (no finished or failed
 * event: seen twice in the bench's first searches, which then waited for good), so `quiet()` gives
 * up after `limitMs` and resolves with the addresses still in flight, for the caller to name.
 */
export function requestsInFlight(source: Page | BrowserContext): { pending: () => number; quiet: (limitMs?: number) => Promise<string[]> } {
  const page = source as Page;
  const open = new Set<Request>();
  let waiting: Array<() => void> = [];
  const ended = (request: Request) => {
    open.delete(request);
    if (open.size > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  page.on('request', (request) => void open.add(request));
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    pending: () => open.size,
    quiet: async (limitMs = 15_000) => {
      if (open.size === 0) return [];
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        timer = setTimeout(resolve, limitMs);
      });
      clearTimeout(timer);
      return [...open].map((request) => request.url());
    },
  };
}
