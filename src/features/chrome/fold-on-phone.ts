/**
 * Keeps a fold-on-phone <details> (guide contents, "On this page", references, a page's
 * corrections) open wherever CSS shows its content: from 48em (layout.css) the list is always on
 * screen, so its disclosure must say "expanded" too. Otherwise screen readers announce a closed
 * disclosure whose links are in view, and axe finds a side column that scrolls with nothing
 * focusable in it (a closed <details> hides its links from the accessibility tree). Without
 * JavaScript the lists are still shown by CSS; this only brings the element's state in line.
 */
const WIDE = '(min-width: 48em)';

export function syncFoldsToWidth(root: ParentNode, wide: boolean): void {
  for (const fold of root.querySelectorAll<HTMLDetailsElement>('details.fold-on-phone')) fold.open = wide;
}

const query = globalThis.matchMedia?.(WIDE);
if (query && typeof document !== 'undefined') {
  syncFoldsToWidth(document, query.matches);
  query.addEventListener('change', (event) => syncFoldsToWidth(document, event.matches));
}
