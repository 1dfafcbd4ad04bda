// First screens of five pages at phone (390×844) and desktop (1280×800), as compressed JPEGs, for
// issue 20's before/after note. Run against a built site served by `astro preview`:
//   node docs/measurements/issue-20/screenshots.mjs <before|after> [origin+base]
import { chromium } from '@playwright/test';
import { chromiumExecutablePath } from '../../../scripts/ensure-browser.mjs';

const [label = 'after', base = 'http://127.0.0.1:4430/lupus-msc/'] = process.argv.slice(2);
const PAGES = {
  home: '',
  'nephritis-overview': 'lupus-nephritis/',
  'research-so-far': 'stromal-cell-therapy/research-so-far/',
  'trials-open-now': 'stromal-cell-therapy/trials-open-now/',
  funding: 'trial-history/funding/',
};
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const browser = await chromium.launch({ executablePath: chromiumExecutablePath() });
for (const [size, viewport] of Object.entries(SIZES)) {
  const page = await browser.newPage({ viewport });
  for (const [name, path] of Object.entries(PAGES)) {
    await page.goto(base + path);
    const file = new URL(`${label}-${size}-${name}.jpg`, import.meta.url).pathname;
    await page.screenshot({ path: file, type: 'jpeg', quality: 30 });
  }
  await page.close();
}
await browser.close();
