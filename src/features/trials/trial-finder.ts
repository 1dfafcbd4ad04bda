/**
 * The trial finder in the browser, loaded only by pages that show <TrialsTable /> (an Astro
 * <script> in the component, bundled as an external module, so the CSP needs no hash). It shows
 * the hidden controls, then on every change hides the trials that do not match (finder.ts) and
 * writes the count into the polite live region. The count is written only when its words change,
 * so a screen reader hears it once per real change and not again for a click that changes nothing.
 */
import { countText, countWordsFrom, factsFromDataset, matchesFilters, NO_FILTERS, type FinderFilters } from './finder';

const finder = document.querySelector<HTMLElement>('[data-trial-finder]');
const count = document.querySelector<HTMLElement>('[data-trial-count]');
const items = [...document.querySelectorAll<HTMLElement>('.trial-list > .trial')];

function chosen(root: HTMLElement): FinderFilters {
  const ticked = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.checked ?? false;
  return {
    inUS: ticked('inUS'),
    takesNephritis: ticked('takesNephritis'),
    takesUnder18: ticked('takesUnder18'),
    kind: root.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? NO_FILTERS.kind,
  };
}

function update(root: HTMLElement, status: HTMLElement): void {
  const filters = chosen(root);
  let shown = 0;
  for (const item of items) {
    const match = matchesFilters(factsFromDataset(item.dataset), filters);
    item.hidden = !match;
    if (match) shown += 1;
  }
  // The count's words in the page's language come from the page (data-count-*), not from this script.
  const words = countText(shown, items.length, countWordsFrom(status.dataset));
  if (status.textContent !== words) status.textContent = words;
}

if (finder && count && items.length > 0) {
  finder.hidden = false;
  finder.addEventListener('change', () => update(finder, count));
  // A browser that restores the ticked boxes on Back must show the list they describe.
  update(finder, count);
}
