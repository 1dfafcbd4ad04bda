// A strict Content Security Policy on every page, and a headers file for static hosts that sends
// the same policy (plus what only a header can do) with the other security headers.
import { test, expect } from '@playwright/test';
// Shared with src/integrations/headers.ts so both read policies the same way (typed through JSDoc).
import { isHash, parsePolicy, readMetaPolicy } from '../src/features/chrome/csp.mjs';
import { builtHtml, builtPages } from './helpers/pages.ts';
import { basePath, siteUrl, withBase } from './helpers/site.ts';
import { openDialog, resultLinks, SEARCH_TIMEOUT, typeQuery } from './search-helpers.ts';
import { bulletList } from './helpers/format.ts';
import { readHeadersFile, recordCspViolations, serveWithHeadersFile } from './helpers/csp.ts';

test('every page has a strict CSP: nothing inline, nothing from elsewhere, no plug-ins, no <base>', () => {
  const problems: string[] = [];
  for (const page of builtPages()) {
    const meta = readMetaPolicy(builtHtml(page));
    if (!meta) {
      problems.push(`${page.path}: no CSP <meta>`);
      continue;
    }
    const policy = parsePolicy(meta);
    const expectExactly = (name: string, value: string) => {
      const got = [...(policy.get(name) ?? [])].join(' ');
      if (got !== value) problems.push(`${page.path}: ${name} is "${got}", expected "${value}"`);
    };
    expectExactly('default-src', "'none'");
    expectExactly('base-uri', "'none'");
    for (const name of ['script-src', 'style-src']) {
      const tokens = [...(policy.get(name) ?? [])];
      const loose = tokens.filter((t) => !isHash(t) && t !== "'self'" && t !== "'wasm-unsafe-eval'");
      if (loose.length) problems.push(`${page.path}: ${name} allows ${loose.join(' ')}`);
    }
    for (const [name, tokens] of policy) {
      for (const t of tokens) if (t === '*' || (/^(https?:|data:|blob:)/.test(t) && name !== 'img-src')) problems.push(`${page.path}: ${name} allows ${t}`);
    }
  }
  expect(problems, bulletList(problems)).toEqual([]);
});

test('_headers sends the policy Astro emits, for every page, plus the other security headers', () => {
  const rules = readHeadersFile();
  const base = basePath();
  const all = rules[`${base}*`];
  expect(all, `no "${base}*" rule in _headers`).toBeDefined();
  const header = parsePolicy(all!['content-security-policy'] ?? '');
  expect([...(header.get('frame-ancestors') ?? [])]).toEqual(["'none'"]);

  const problems: string[] = [];
  for (const page of builtPages()) {
    const meta = parsePolicy(readMetaPolicy(builtHtml(page)) ?? '');
    for (const [name, tokens] of meta) {
      const sent = header.get(name) ?? new Set<string>();
      // Every hash a page needs is in the header (the header covers all pages)…
      for (const t of tokens) if (!sent.has(t)) problems.push(`${page.path}: ${name} ${t} is missing from the header`);
      // …and the header allows no source the page's own policy does not.
      for (const t of sent) if (!isHash(t) && !tokens.has(t)) problems.push(`${page.path}: header ${name} adds ${t}`);
    }
    for (const name of header.keys()) if (name !== 'frame-ancestors' && !meta.has(name)) problems.push(`${page.path}: header adds directive ${name}`);
  }
  expect(problems, bulletList(problems)).toEqual([]);

  expect(all!['x-content-type-options']).toBe('nosniff');
  expect(all!['referrer-policy']).toBe('no-referrer');
  const permissions = all!['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
    expect(permissions, `Permissions-Policy must deny ${feature}`).toMatch(new RegExp(`(^|, )${feature}=\\(\\)(,|$)`));
  }
  expect(rules[`${base}_astro/*`]?.['cache-control']).toBe('public, max-age=31536000, immutable');
});

// The header-injecting route can still be fetching when a test ends; stop it quietly rather than
// let a late callback fail the next test ("route.fetch: Test ended").
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

// Every page loading without a violation under both policies is checked in
// pages-are-private-and-error-free.spec.ts, in the same load as its other checks.

test('search, once used, keeps to the same policy and stays private', async ({ page, context }) => {
  await serveWithHeadersFile(page);
  const violations = await recordCspViolations(page);
  const otherOrigins: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(siteUrl('/')).origin) otherOrigins.push(request.url());
  });

  // The dialog on a reading page: loader, dialog code, Pagefind's UI, WebAssembly and index.
  await page.goto(withBase('/lupus-nephritis/'), { waitUntil: 'networkidle' });
  await openDialog(page);
  await typeQuery(page, 'kidney biopsy');
  // The search page, which loads search on arrival, and a result opened from it (highlight script).
  await page.goto(withBase('/search/?q=dialysis'), { waitUntil: 'networkidle' });
  await expect(resultLinks(page).first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  await resultLinks(page).first().click();
  await page.waitForLoadState('networkidle');

  expect(await violations(), 'CSP violations with search used').toEqual([]);
  expect(otherOrigins, 'requests to other origins with search used').toEqual([]);
  expect(await context.cookies(), 'cookies with search used').toEqual([]);
  const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
  expect(storage, 'localStorage/sessionStorage entries with search used').toBe(0);
});

test('the policy is enforced: an injected inline script and style attribute are blocked', async ({ page }) => {
  await serveWithHeadersFile(page);
  const violations = await recordCspViolations(page);
  await page.goto(withBase('/'), { waitUntil: 'networkidle' });
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    document.body.setAttribute('style', 'outline: 5px solid red');
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran, 'an injected inline script ran: the CSP is not enforced').toBe(false);
  const seen = await violations();
  expect(seen.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(seen.some((v) => v.startsWith('style-src'))).toBe(true);
});
