// Where the first content sentence (first paragraph of the page's own text) starts, per page and width.
import { chromium } from '@playwright/test';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const dist = 'dist';
const pages = [];
const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) { const f = join(d, e.name); if (e.isDirectory() && e.name !== 'pagefind') walk(f); else if (e.name === 'index.html' && readFileSync(f, 'utf8').includes('data-pagefind-body')) pages.push('/' + f.slice(dist.length + 1, -'index.html'.length)); } };
walk(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const out = {};
for (const [w, h] of [[390, 844], [320, 568]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  for (const p of pages.sort()) {
    await page.goto(`http://127.0.0.1:${process.env.PORT}${p}`);
    const r = await page.evaluate(() => {
      const y = (el) => el ? Math.round(el.getBoundingClientRect().top + scrollY) : null;
      const header = document.querySelector('.site-header');
      const firstP = document.querySelector('.prose > p, .prose > .callout p, .prose p');
      const summary = document.querySelector('.page-summary'); const body = document.querySelector('.prose > p');
      const topics = document.querySelector('.topic-cards, #what-this-site-covers');
      return { body: y(body), header: header ? Math.round(header.getBoundingClientRect().height) : null, summary: y(summary), firstP: y(firstP), topics: y(topics) };
    });
    (out[p] ??= {})[w] = r;
  }
  await ctx.close();
}
await browser.close();
console.log('page'.padEnd(44), 'w390: header summary firstP topics | w320: header summary firstP topics');
for (const [p, v] of Object.entries(out)) console.log(p.padEnd(44), JSON.stringify(v[390]), JSON.stringify(v[320]));
