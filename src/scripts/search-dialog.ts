/**
 * The search dialog: Pagefind's <pagefind-modal> with this site's result template. Built the first
 * time the reader opens search; reused after that. The topic filter is on the search page, which the
 * dialog links to with the same query: Pagefind 1.6's filter dropdown is a combobox button without
 * an accessible name (axe: button-name), so it is not used here.
 */
import { searchPageUrl } from '../lib/search';
import { addResultTemplate, loadPagefindComponents } from './pagefind-components';

interface PagefindModal extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

let modal: Promise<PagefindModal> | undefined;

function element(tag: string, attributes: Record<string, string> = {}, ...children: Element[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

async function buildModal(trigger: HTMLElement): Promise<PagefindModal> {
  const results = element('pagefind-results');
  addResultTemplate(results);
  const searchPageLink = element('a', { class: 'search-dialog__page-link', href: searchPageUrl('') });
  searchPageLink.textContent = 'Filter by topic on the search page';
  const el = element(
    'pagefind-modal',
    { class: 'search-dialog' },
    element('pagefind-modal-header', {}, element('pagefind-input')),
    element(
      'pagefind-modal-body',
      {},
      element('pagefind-summary'),
      results,
    ),
    element('pagefind-modal-footer', {}, element('pagefind-keyboard-hints'), searchPageLink),
  ) as PagefindModal;
  // Configure first, then connect: the modal re-renders when its words change, and a re-render
  // after connecting would nest its dialog inside a second one.
  const instance = await loadPagefindComponents();
  // The link carries the current query, so the reader keeps their search when they go to filter it.
  instance.on('search', (term) => searchPageLink.setAttribute('href', searchPageUrl(term)));
  document.body.append(el);
  await customElements.whenDefined('pagefind-modal');
  const dialog = el.querySelector('dialog');
  if (!dialog) throw new Error('Pagefind modal has no dialog');
  trigger.setAttribute('aria-controls', dialog.id);
  // Whatever closed the dialog (Escape, the close button, a click outside), focus goes back to
  // the link that opened it, so keyboard and screen reader users keep their place (WCAG 2.4.3).
  dialog.addEventListener('close', () => {
    trigger.setAttribute('aria-expanded', 'false');
    trigger.focus();
  });
  return el;
}

export async function openSearchDialog(trigger: HTMLElement): Promise<void> {
  modal ??= buildModal(trigger);
  const el = await modal;
  if (el.isOpen) return;
  el.open();
  trigger.setAttribute('aria-expanded', 'true');
}
