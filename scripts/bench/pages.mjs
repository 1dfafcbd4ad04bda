// Page weight, for every built page, as Chromium loads it from the compressing server: the bytes of
// its HTML, stylesheets and scripts (raw, gzip, brotli), the requests and bytes transferred (the
// icon left out), and the DOM elements once it is loaded.
import { readManifest } from '../../src/features/chrome/built-site.mjs';
import { requestsInFlight } from '../../tests/helpers/network.ts';
import { inChromium, recordTransfer, summarise } from './browser.mjs';
import { kB, table } from './report.mjs';

/** @param {import('./report.mjs').BenchContext} context */
export async function benchPages({ dist }) {
  const pages = await inChromium(dist, async (browser, url) => {
    const measured = [];
    for (const { path, kind } of readManifest(dist).pages) {
      const tab = await browser.newPage();
      const stop = recordTransfer(tab);
      const network = requestsInFlight(tab);
      await tab.goto(url + path.slice(1));
      await network.quiet();
      const files = await stop();
      const ofType = (/** @type {string} */ type) => summarise(files.filter((file) => file.type === type));
      const domElements = await tab.evaluate(() => document.querySelectorAll('*').length);
      await tab.close();
      const { requests, wire } = summarise(files);
      measured.push({ path, kind, html: ofType('document'), css: ofType('stylesheet'), js: ofType('script'), requests, transferBytes: wire, domElements });
    }
    return measured;
  });
  /** @param {{ raw: number, gzip: number, brotli: number }} s */
  const bytes = (s) => `${kB(s.raw)} / ${kB(s.gzip)} / ${kB(s.brotli)}`;
  const report = [
    'kB raw / gzip / brotli; transfer is what Chromium downloaded (brotli where accepted), without the icon\n',
    table(
      ['Page', 'HTML', 'CSS', 'JS', 'Total br', 'Requests', 'Transfer', 'DOM elements'],
      pages.map((p) => [
        p.path,
        bytes(p.html),
        bytes(p.css),
        bytes(p.js),
        kB(p.html.brotli + p.css.brotli + p.js.brotli),
        p.requests,
        kB(p.transferBytes),
        p.domElements,
      ]),
    ),
  ].join('\n');
  return { figures: pages, report };
}
