// Lighthouse with its default mobile settings (emulated phone, simulated slow 4G and CPU) on every
// built page, from the compressing server: the four scores, total blocking time, audits below 1.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { readManifest } from '../../src/features/chrome/built-site.mjs';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../ensure-browser.mjs';
import { serve } from './browser.mjs';
import { table } from './report.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const INFORMATIVE = new Set(['informative', 'notApplicable', 'manual']);

/** @param {import('./report.mjs').BenchContext} context */
export async function benchLighthouse({ dist, log }) {
  const { base, pages } = readManifest(dist);
  const server = await serve(dist, base);
  const chrome = await chromeLauncher.launch({ chromePath: chromiumExecutablePath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'silent' });
  const figures = [];
  try {
    for (const { path } of pages) {
      const lhr = (await lighthouse(server.url + path.slice(1), { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }))?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      const [performance, accessibility, bestPractices, seo] = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
      const below = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && !INFORMATIVE.has(a.scoreDisplayMode));
      const tbtMs = lhr.audits['total-blocking-time']?.numericValue ?? null;
      figures.push({ path, performance, accessibility, bestPractices, seo, tbtMs, failingAudits: below.map((a) => a.id) });
      log(`lighthouse ${path}: ${performance}/${accessibility}/${bestPractices}/${seo}`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  const rows = figures.map((l) => [l.path, l.performance, l.accessibility, l.bestPractices, l.seo, Math.round(l.tbtMs ?? 0), l.failingAudits.join(' ') || '-']);
  return { figures, report: table(['Page', 'Perf', 'A11y', 'BP', 'SEO', 'TBT ms', 'Below 1'], rows) };
}
