import { chromium } from '@playwright/test';
const pages = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
for (const p of pages) {
  await page.goto(`http://127.0.0.1:4420/lupus-msc${p}`);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`${p}\t${h}px\t${(h / 844).toFixed(1)} screens`);
}
await browser.close();
