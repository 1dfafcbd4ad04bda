/**
 * Part of the one page script (src/features/chrome/page.ts), kept tiny: it wires the header's search link
 * and the Ctrl+K / ⌘K shortcut to the search dialog, whose shell is already in the page as a
 * <template> (SearchTrigger.astro), so it opens with its box focused at once. The search code (and Pagefind)
 * is fetched on the first sign of intent: pointing at, focusing or pressing the link, or the
 * shortcut; never before. The search page starts its own box (search-page-start.ts, its own script, so
 * reading pages do not carry it). Without JavaScript, or if loading fails, the link goes to /search/ and
 * the dialog's box still submits there.
 */
const trigger = document.querySelector<HTMLAnchorElement>('a[data-search-trigger]');
const shell = document.querySelector<HTMLTemplateElement>('template[data-search-dialog-shell]');
let dialog: HTMLDialogElement | undefined;
// On the search page the shortcut and the link focus the page's own box instead of opening the dialog.
const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
const apple = /Mac|iPhone|iPad/.test(navigator.userAgent);

let ui: Promise<typeof import('./search-ui')> | undefined;
/** The search code, fetched once. */
const load = (): Promise<typeof import('./search-ui')> => (ui ??= import('./search-ui'));
/** The search code, then Pagefind's script, index entry and WebAssembly, so the first search waits for none of them. */
const prepare = () => load().then((module) => (module.prepare(), module));
const preload = () => void prepare().catch(() => {});

/** The dialog, made from its template the first time it opens; at the end of the body, so the header's colours and layout do not reach into it. */
function makeDialog(template: HTMLTemplateElement): HTMLDialogElement | undefined {
  const source = template.content.querySelector('dialog');
  if (!source) return undefined;
  const made = document.importNode(source, true);
  document.body.append(made);
  // Whatever closed the dialog (Escape, Close, a click outside), focus goes back to the link, so
  // keyboard and screen reader users keep their place (WCAG 2.4.3).
  made.addEventListener('close', () => {
    trigger?.setAttribute('aria-expanded', 'false');
    trigger?.focus();
  });
  return made;
}

function openSearch(event: Event): void {
  event.preventDefault();
  // On the search page, the shortcut and the link go to its own search box.
  if (shell && !dialog) dialog = makeDialog(shell);
  const shown = dialog;
  const box = (searchPage ?? shown)?.querySelector<HTMLInputElement>('[data-search-input]');
  if (shown && !searchPage && !shown.open) {
    shown.showModal();
    trigger?.setAttribute('aria-expanded', 'true');
    void prepare()
      .then((module) => module.startDialog(shown))
      .catch(() => {});
  }
  box?.focus();
}

if (trigger) {
  const key = trigger.dataset['shortcutKey'] ?? 'k';
  const shortcut = trigger.querySelector<HTMLElement>('[data-search-shortcut]');
  const hint = trigger.querySelector<HTMLElement>('[data-search-hint]');
  if (shortcut && hint) {
    shortcut.textContent = `${apple ? '⌘' : 'Ctrl'} ${key.toUpperCase()}`;
    // The words come with the page, in its language (SearchTrigger.astro): the loader carries no dictionary.
    hint.textContent = `${hint.dataset['words'] ?? ''} ${apple ? 'Command' : 'Control'} ${key.toUpperCase()}`;
    shortcut.hidden = false;
    trigger.setAttribute('aria-describedby', hint.id);
  }
  trigger.setAttribute('aria-keyshortcuts', `${apple ? 'Meta' : 'Control'}+${key.toUpperCase()}`);
  if (shell) trigger.setAttribute('aria-haspopup', 'dialog');
  for (const intent of ['pointerenter', 'pointerdown', 'focus']) trigger.addEventListener(intent, preload, { once: true, passive: true });
  trigger.addEventListener('click', (event) => {
    // Let Ctrl/⌘/Shift-click open the search page in a new tab or window as usual.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    openSearch(event);
  });
  document.addEventListener('keydown', (event) => {
    const modifier = apple ? event.metaKey : event.ctrlKey;
    if (!modifier || event.altKey || event.shiftKey || event.key.toLowerCase() !== key) return;
    openSearch(event);
  });

  // Arriving from a search result: mark the searched words on this page.
  const highlightParam = trigger.dataset['highlightParam'];
  if (highlightParam && new URLSearchParams(location.search).has(highlightParam))
    void load()
      .then((module) => module.highlight())
      .catch(() => {});
}
