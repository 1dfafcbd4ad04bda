// Any size, any setting (issue 5): a page reflows at 320 CSS px and at 400% zoom of a 1280 px
// window (1.4.10), survives 200% browser text size (1.4.4) and the 1.4.12 text-spacing overrides
// without clipping, keeps targets large enough (2.5.8; navigation 44 px, 2.5.5), keeps borders and
// focus visible in forced colours, and has no animation or transition under reduced motion.
// Each function applies its setting to the page as it is loaded, returns what it found, and takes
// the setting off again, so one load serves them all (tests/every-page-in-the-browser.spec.ts, on
// the pages of pagesShowingEveryClass()).
import { expect, type Page } from '@playwright/test';
import { runAxe } from './axe.ts';
import { formatAxeViolations } from './format.ts';

/** WCAG 1.4.12's test values: line height 1.5, paragraph spacing 2em, letter 0.12em, word 0.16em. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

const NAVIGATION_TARGETS =
  'nav[aria-label="Main"] a, nav[aria-label="Breadcrumb"] a, footer nav a, nav.previous-next a, .az-letters a, .site-name, nav.guide-contents a, nav.guide-contents summary, nav.toc summary, .report-problem a, .topic-card__title a';

/** Horizontal page scroll and clipped content: what makes text or controls unreachable. */
async function layoutProblems(page: Page, setting: string): Promise<string[]> {
  return page.evaluate((setting) => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      // Name the widest culprits to make a failure actionable.
      const wide = [...document.body.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest('.table-region, .visually-hidden, .skip-link'))
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      out.push(`${setting}: the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth}px): ${wide.join(', ')}`);
    }
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.visually-hidden') || !el.checkVisibility()) continue;
      const s = getComputedStyle(el);
      // Text hidden on purpose for screen readers (a 1×1 absolutely positioned box, the usual
      // pattern, also Pagefind's [data-pf-sr-hidden]) is not clipped content.
      if (s.position === 'absolute' && el.clientWidth <= 1 && el.clientHeight <= 1) continue;
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      if ((hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
        out.push(`${setting}: ${el.tagName.toLowerCase()}.${el.className} clips its content`);
      }
    }
    // A scrolling table region must be reachable by keyboard and named.
    for (const region of document.querySelectorAll<HTMLElement>('.table-region')) {
      if (region.scrollWidth > region.clientWidth + 1 && (region.tabIndex !== 0 || !region.getAttribute('aria-label'))) {
        out.push(`${setting}: a scrolling table region is not focusable and named`);
      }
    }
    return out;
  }, setting);
}

async function smallTargets(page: Page, setting: string): Promise<string[]> {
  return page.locator(NAVIGATION_TARGETS).evaluateAll(
    (els, setting) =>
      els
        .filter((el) => (el as HTMLElement).checkVisibility())
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 44 - 0.5 || r.width < 24)
        .map(({ el, r }) => `${setting}: navigation link "${el.textContent?.trim()}" is ${Math.round(r.width)}×${Math.round(r.height)}px (needs 44px tall)`),
    setting,
  );
}

/** 320 CSS px wide (a small phone), then 400% zoom of a 1280×720 window (320×180 CSS px); axe's target size at 320 px. */
export async function reflowProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const [setting, size] of [
    ['320px wide', { width: 320, height: 640 }],
    ['400% zoom of 1280px', { width: 320, height: 180 }],
  ] as const) {
    await page.setViewportSize(size);
    problems.push(...(await layoutProblems(page, setting)));
    problems.push(...(await smallTargets(page, setting)));
  }
  // Target size (2.5.8) on the narrow layout too, where links wrap and crowd.
  await page.setViewportSize({ width: 320, height: 640 });
  const axe = await runAxe(page, { rules: ['target-size'] });
  if (axe.passed === 0) problems.push('axe target-size at 320px checked nothing');
  if (axe.violations.length) problems.push(`axe target-size at 320px:\n${formatAxeViolations(axe.violations)}`);
  await page.setViewportSize({ width: 1280, height: 720 });
  return problems;
}

const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

/** 200% browser text size (the setting, not zoom), at 1280 and 640 px. */
export async function textSizeProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.setViewportSize({ width: 1280, height: 720 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await expect.poll(() => rootFontSize(page), { message: '200% text size applied (32px root)' }).toBe('32px');
  problems.push(...(await layoutProblems(page, '200% text at 1280px')));
  await page.setViewportSize({ width: 640, height: 720 });
  problems.push(...(await layoutProblems(page, '200% text at 640px')));
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
  await cdp.detach();
  await expect.poll(() => rootFontSize(page), { message: 'the text size back to 16px' }).toBe('16px');
  await page.setViewportSize({ width: 1280, height: 720 });
  return problems;
}

/**
 * WCAG 1.4.12 text spacing, wide and narrow. The overrides are a constructed stylesheet adopted by
 * the document, which the page's CSP (rightly) does not govern as it governs a <style> element.
 */
export async function textSpacingProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, TEXT_SPACING);
  const lineHeightRatio = () =>
    page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('main p') ?? document.body);
      return Math.round((parseFloat(s.lineHeight) / parseFloat(s.fontSize)) * 100) / 100;
    });
  expect(await lineHeightRatio(), 'the text-spacing overrides took (line height 1.5)').toBe(1.5);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 720 });
    problems.push(...(await layoutProblems(page, `text spacing at ${width}px`)));
  }
  await page.evaluate(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1)));
  await page.setViewportSize({ width: 1280, height: 720 });
  return problems;
}

/** Forced colours: box and table borders and the focus outline (skip link, then site name) survive the system palette. */
export async function forcedColourProblems(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours emulated').toBe(true);
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const visible = (s: CSSStyleDeclaration, side: 'Top' | 'Left') =>
      s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) >= 1 && s[`border${side}Color`] !== 'rgba(0, 0, 0, 0)';
    for (const el of document.querySelectorAll('.callout, .key-facts, th, td')) {
      const s = getComputedStyle(el);
      // A "sources differ" note is a quiet aside on purpose: only its left rule.
      const quiet = el.matches('.callout--sources-differ');
      if ((!quiet && !visible(s, 'Top')) || !visible(s, 'Left')) out.push(`forced colours: ${el.tagName.toLowerCase()}.${el.className} has no visible border`);
    }
    for (const li of document.querySelectorAll('.checklist li')) {
      if (!visible(getComputedStyle(li, '::before'), 'Top')) out.push('forced colours: a checklist box has no visible border');
    }
    return out;
  });
  // The skip link focused after keyboard use shows as the first Tab shows it (:focus-visible); one
  // Tab on is the site name.
  await page.locator('a.skip-link').focus();
  for (let i = 0; i < 2; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, what: document.activeElement!.textContent?.trim() };
    });
    if (ring.style === 'none' || ring.width < 2 || ring.color === 'rgba(0, 0, 0, 0)') {
      problems.push(`forced colours: "${ring.what}" has no visible focus outline (${ring.style} ${ring.width}px ${ring.color})`);
    }
  }
  await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
  return problems;
}

/** Reduced motion: no animation or transition anywhere, pseudo-elements included. */
export async function motionProblems(page: Page): Promise<string[]> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return page.evaluate(() => {
    const out = new Set<string>();
    const seconds = (list: string) => list.split(',').some((v) => parseFloat(v) > 0);
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        if ((s.animationName !== 'none' && seconds(s.animationDuration)) || seconds(s.transitionDuration)) {
          out.add(
            `reduced motion: ${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''} still moves (${s.animationName} ${s.animationDuration}, transition ${s.transitionDuration})`,
          );
        }
      }
    }
    return [...out];
  });
}
