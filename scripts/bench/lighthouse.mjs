// Lighthouse with its default mobile settings (emulated phone, simulated slow 4G and CPU) on every
// built page, from the compressing server, in one Chromium with the flags this machine needs.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { readManifest } from '../../src/features/chrome/built-site.mjs';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../ensure-browser.mjs';
import { table } from './report.mjs';
import { serve } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const INFORMATIVE = new Set(['informative', 'notApplicable', 'manual']);

/** @param {import('./report.mjs').BenchContext} context */
export async function benchLighthouse({ dist, log }) {
  const server = await serve(dist);
  const chrome = await chromeLauncher.launch({ chromePath: chromiumExecutablePath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'silent' });
  const pages = [];
  try {
    for (const { path } of readManifest(dist).pages) {
      const url = server.url + path.slice(1);
      const lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }))?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? null;
      pages.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: audit('largest-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
        tbtMs: audit('total-blocking-time'),
        failingAudits: Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && !INFORMATIVE.has(a.scoreDisplayMode))
          .map((a) => a.id),
      });
      log(`lighthouse ${path}: ${CATEGORIES.map(score).join('/')}`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  const report = table(
    ['Page', 'Perf', 'A11y', 'BP', 'SEO', 'LCP ms', 'CLS', 'TBT ms', 'Below 1'],
    pages.map((l) => [
      l.path,
      l.performance,
      l.accessibility,
      l.bestPractices,
      l.seo,
      Math.round(l.lcpMs ?? 0),
      (l.cls ?? 0).toFixed(3),
      Math.round(l.tbtMs ?? 0),
      l.failingAudits.join(' ') || '-',
    ]),
  );
  return { figures: pages, report };
}
