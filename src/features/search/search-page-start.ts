/**
 * The search page's own script (SearchPage.astro), beside the page script every page loads: it
 * fetches the search code at once, since that code draws the page's box, filters and results. It
 * lives here rather than in the every-page loader (search-loader.ts) so reading pages do not carry it.
 * Pagefind (script, index entry, WebAssembly) comes with the search code only for a query in the
 * address; otherwise at the reader's first touch of the box, which comes before the first letter,
 * so arriving costs the main thread nothing (Lighthouse total blocking time 0).
 */
const page = document.querySelector<HTMLElement>('[data-search-page]');

if (page) {
  // The same three lines as in search-loader.ts, not a module both import: the bundler would make
  // that module a file of its own, one more request on every page.
  let ui: Promise<typeof import('./search-ui')> | undefined;
  /** The search code, fetched once; the same file the header's loader fetches, so a browser fetches it once. */
  const load = (): Promise<typeof import('./search-ui')> => (ui ??= import('./search-ui'));
  const prepare = () => load().then((module) => (module.prepare(), module));
  const preload = () => void prepare().catch(() => {});

  const box = page.querySelector<HTMLInputElement>('[data-search-input]');
  const hasQuery = Boolean(box && new URLSearchParams(location.search).get(box.name)?.trim());
  // A query in the address: the A–Z steps aside now, before the page is drawn, so nothing moves later.
  if (hasQuery) page.setAttribute('data-has-query', '');
  if (!hasQuery) {
    for (const intent of ['focus', 'keydown', 'input']) box?.addEventListener(intent, preload, { once: true, passive: true });
    // Pointing at the box or the examples (a mouse, before the click) starts it sooner still.
    for (const area of [box?.form, page.querySelector('[data-search-examples]')])
      for (const intent of ['pointerenter', 'pointerdown']) area?.addEventListener(intent, preload, { once: true, passive: true });
  }
  (hasQuery ? prepare() : load()).then((module) => module.startSearchPage()).catch(() => page.querySelector('[data-search-failed]')?.removeAttribute('hidden'));
}
