// Page weight: every built page loaded once in Chromium from the compressing server; the brotli bytes
// of its HTML, stylesheets and scripts, its requests (the icon left out) and its DOM elements.
// DOM elements are also counted without the citations and definitions, which Starlight's bench
// pages do not carry, so the table shows how much of the difference from Starlight they are.
import { readManifest } from '../../src/features/chrome/built-site.mjs';
import { brotliOf, inChromium, recordTransfer } from './browser.mjs';
import { kB, table } from './report.mjs';

/**
 * The markup of citations and definitions, which Starlight's bench pages leave out (starlight.mjs
 * renders each of our components as its children only and runs none of our content plugins): whole
 * subtrees (the markers, citations/Cite.astro; the reference list, citations/References.astro; each
 * definition, glossary/GlossaryTerm.astro; the printed word list, glossary/GlossaryPrintList.astro)
 * and the wrappers around words that stay (the term's button and its abbreviation, GlossaryTerm.astro;
 * the span that keeps a term with its punctuation, glossary/remark-glossary.ts).
 */
export const CITATIONS_AND_DEFINITIONS = {
  subtrees: '.citation-group, section.references, .glossary-definition, .glossary-print',
  wrappers: 'button.glossary-term, button.glossary-term > abbr, .keep-together',
};

/** A build's pages (ours, or Starlight's at the same paths) at a first load. @param {string} dist @param {string} base @param {string[]} paths */
export async function measurePages(dist, base, paths) {
  return inChromium(dist, base, async (browser, url) => {
    const measured = [];
    for (const path of paths) {
      const tab = await browser.newPage();
      const stop = recordTransfer(tab);
      const response = await tab.goto(url + path.slice(1));
      if (response?.status() !== 200) throw new Error(`bench: ${url + path.slice(1)} answered ${response?.status()}, not 200`);
      const files = await stop();
      const [domElements, citationsAndDefinitions] = await tab.evaluate(({ subtrees, wrappers }) => {
        const outermost = [...document.querySelectorAll(subtrees)].filter((element) => !element.parentElement?.closest(subtrees));
        const inSubtrees = outermost.reduce((sum, element) => sum + 1 + element.querySelectorAll('*').length, 0);
        return [document.querySelectorAll('*').length, inSubtrees + document.querySelectorAll(wrappers).length];
      }, CITATIONS_AND_DEFINITIONS);
      await tab.close();
      const of = (/** @type {string} */ type) => brotliOf(files.filter((file) => file.type === type));
      const [html, css, js] = [of('document'), of('stylesheet'), of('script')];
      measured.push({
        path,
        html,
        css,
        js,
        brotli: html + css + js,
        requests: files.length,
        domElements,
        domWithoutCitationsAndDefinitions: domElements - citationsAndDefinitions,
      });
    }
    return measured;
  });
}

/** @param {import('./report.mjs').BenchContext} context */
export async function benchPages({ dist }) {
  const { base, pages } = readManifest(dist);
  const measured = await measurePages(
    dist,
    base,
    pages.map(({ path }) => path),
  );
  const figures = measured.map((page, i) => ({ ...page, kind: pages[i]?.kind }));
  const rows = figures.map((p) => [p.path, kB(p.html), kB(p.css), kB(p.js), kB(p.brotli), p.requests, p.domElements, p.domWithoutCitationsAndDefinitions]);
  return {
    figures,
    report: table(['Page', 'HTML kB br', 'CSS kB br', 'JS kB br', 'Total kB br', 'Requests', 'DOM elements', 'without citations, definitions'], rows),
  };
}
