// Issue 20's layout figures for every content page of a built site served by `astro preview`:
// at 1280×800, where the first paragraph of body text starts and how wide the text column is;
// on a 390×844 phone, how many screens the page is and what share of it the references take.
//   node docs/measurements/issue-20/measure.mjs [origin+base]
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chromiumExecutablePath } from '../../../scripts/ensure-browser.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4430/lupus-msc/';
const manifest = JSON.parse(readFileSync(process.argv[3] ?? new URL('../../../dist/page-manifest.json', import.meta.url), 'utf8'));
const paths = manifest.pages.filter((page) => page.kind === 'content').map((page) => page.path);
const browser = await chromium.launch({ executablePath: chromiumExecutablePath() });
const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
console.log('page | body text starts (px, 1280×800) | text column (px) | phone screens | references share of phone page');
for (const path of paths) {
  await desktop.goto(base + path.slice(1));
  const wide = await desktop.evaluate(() => {
    const p = [...document.querySelectorAll('main .prose p')].find(
      (el) => !el.closest('aside, .key-facts, .urgency, .table-region') && el.textContent.trim().length > 40,
    );
    return {
      top: p ? Math.round(p.getBoundingClientRect().top + scrollY) : null,
      width: Math.round(document.querySelector('main .prose')?.getBoundingClientRect().width ?? 0),
    };
  });
  await phone.goto(base + path.slice(1));
  const narrow = await phone.evaluate(() => {
    const height = document.documentElement.scrollHeight;
    const refs = document.querySelector('.references')?.getBoundingClientRect().height ?? 0;
    return { screens: (height / innerHeight).toFixed(1), refs: Math.round((refs / height) * 100) };
  });
  console.log(`${path} | ${wide.top} | ${wide.width} | ${narrow.screens} | ${narrow.refs}%`);
}
await browser.close();
