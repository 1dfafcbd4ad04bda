// Lighthouse with its default mobile settings (emulated phone, simulated slow 4G and CPU), run in
// Debian's Chromium with the flags this machine needs. One browser for all pages.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../ensure-browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/**
 * @param {string[]} urls
 * @param {string} chromePath
 * @param {(message: string) => void} log
 */
export async function runLighthouse(urls, chromePath, log) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' });
  /** @type {Record<string, object>} */
  const results = {};
  try {
    for (const url of urls) {
      const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const lhr = runner?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id) => lhr.audits[id]?.numericValue ?? null;
      const failing = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'notApplicable' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => a.id);
      results[url] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: audit('largest-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
        tbtMs: audit('total-blocking-time'),
        failingAudits: failing,
        runtimeError: lhr.runtimeError?.message ?? null,
      };
      log(`lighthouse ${url}: ${CATEGORIES.map(score).join('/')}`);
    }
  } finally {
    chrome.kill();
  }
  return results;
}
