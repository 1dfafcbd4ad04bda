/**
 * Part of the one page script (src/scripts/page.ts), kept tiny and free of static imports: it wires
 * the header's search link and the Ctrl+K / ⌘K shortcut to the search dialog,
 * whose code (and Pagefind's) is fetched only when the reader opens search. Without JavaScript,
 * or if loading fails, the link simply goes to /search/. Settings come from the link's data
 * attributes, written at build time from src/lib/search.ts.
 */
const trigger = document.querySelector<HTMLAnchorElement>('a[data-search-trigger]');
const apple = /Mac|iPhone|iPad/.test(navigator.userAgent);

function openSearch(event: Event, link: HTMLAnchorElement): void {
  event.preventDefault();
  // On the search page, the shortcut and the link go to its own search box.
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  if (pageInput) {
    pageInput.focus();
    return;
  }
  import('./search-dialog')
    .then(({ openSearchDialog }) => openSearchDialog(link))
    .catch(() => location.assign(link.href));
}

if (trigger) {
  const key = trigger.dataset['shortcutKey'] ?? 'k';
  const shortcut = trigger.querySelector<HTMLElement>('[data-search-shortcut]');
  const hint = trigger.querySelector<HTMLElement>('[data-search-hint]');
  if (shortcut && hint) {
    shortcut.textContent = `${apple ? '⌘' : 'Ctrl'} ${key.toUpperCase()}`;
    hint.textContent = `Keyboard shortcut: ${apple ? 'Command' : 'Control'} ${key.toUpperCase()}`;
    shortcut.hidden = false;
    trigger.setAttribute('aria-describedby', hint.id);
  }
  trigger.setAttribute('aria-keyshortcuts', `${apple ? 'Meta' : 'Control'}+${key.toUpperCase()}`);
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', (event) => {
    // Let Ctrl/⌘/Shift-click open the search page in a new tab or window as usual.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    openSearch(event, trigger);
  });
  document.addEventListener('keydown', (event) => {
    const modifier = apple ? event.metaKey : event.ctrlKey;
    if (!modifier || event.altKey || event.shiftKey || event.key.toLowerCase() !== key) return;
    openSearch(event, trigger);
  });

  // Arriving from a search result: mark the searched words on this page.
  const highlightParam = trigger.dataset['highlightParam'];
  if (highlightParam && new URLSearchParams(location.search).has(highlightParam)) {
    void import('./search-highlight');
  }
}

// The search page's own code, loaded only there.
if (document.querySelector('[data-search-page]')) void import('./search-page');
