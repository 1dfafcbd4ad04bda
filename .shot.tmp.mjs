import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const [,, path, w, h, out, scheme] = process.argv;
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, colorScheme: scheme || 'light' });
const page = await ctx.newPage();
await page.goto(`http://127.0.0.1:4404${path}`);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
