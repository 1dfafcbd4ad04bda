// Any size, any setting (issue 5): every page reflows at 320 CSS px and at 400% zoom of a 1280 px
// window (1.4.10), survives 200% browser text size (1.4.4) and the 1.4.12 text-spacing overrides
// without clipping, keeps targets large enough (2.5.8; navigation 44 px, 2.5.5), keeps borders and
// focus visible in forced colours, and has no animation or transition under reduced motion.
// Light and dark axe runs are in every-page-in-the-browser.spec.ts.
//
// What is checked here is how each kind of element is laid out and styled, not the words of a page,
// so it runs on the pages that between them show every class name the site uses
// (pagesShowingEveryClass(): one page of each template first), not on every page.
import { test, expect, type Page } from './helpers/test.ts';
import { runAxe } from './helpers/axe.ts';
import { builtHtml, pagesShowingEveryClass } from './helpers/pages.ts';
import { withBase } from './helpers/site.ts';
import { bulletList, formatAxeViolations } from './helpers/format.ts';

// The text-spacing overrides are injected as a stylesheet, which the site's CSP rightly blocks.
test.use({ bypassCSP: true });

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

for (const { path } of pagesShowingEveryClass()) {
  test(`${path} reflows, zooms, takes text spacing, forced colours and reduced motion`, async ({ page }) => {
    test.setTimeout(90_000);
    const problems: string[] = [];

    // 1. 320 CSS px wide (a small phone), then 400% zoom of a 1280×720 window (320×180 CSS px).
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(withBase(path));
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

    // The same load throughout: each setting below is applied to the page as it is and taken off
    // again, and the browser lays the page out anew, as when a reader changes it.
    const rootFontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

    // 2. 200% browser text size (the setting, not zoom), at 1280 px.
    await page.setViewportSize({ width: 1280, height: 720 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await expect.poll(rootFontSize, { message: '200% text size applied (32px root)' }).toBe('32px');
    problems.push(...(await layoutProblems(page, '200% text at 1280px')));
    await page.setViewportSize({ width: 640, height: 720 });
    problems.push(...(await layoutProblems(page, '200% text at 640px')));
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
    await cdp.detach();
    await expect.poll(rootFontSize, { message: 'the text size back to 16px' }).toBe('16px');

    // 3. WCAG 1.4.12 text spacing, wide and narrow.
    const spacing = await page.addStyleTag({ content: TEXT_SPACING });
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 720 });
      problems.push(...(await layoutProblems(page, `text spacing at ${width}px`)));
    }
    await spacing.evaluate((style) => (style as Element).remove());

    // 4. Forced colours: box and table borders and the focus outline survive the system palette.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours emulated').toBe(true);
    // Nothing has had focus yet, so the first Tab starts from the top of the page.
    expect(await page.evaluate(() => document.activeElement === document.body), 'no element focused before the Tab walk').toBe(true);
    const forced = await page.evaluate(() => {
      const out: string[] = [];
      const visible = (s: CSSStyleDeclaration, side: 'Top' | 'Left') =>
        s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) >= 1 && s[`border${side}Color`] !== 'rgba(0, 0, 0, 0)';
      for (const el of document.querySelectorAll('.callout, .key-facts, th, td')) {
        const s = getComputedStyle(el);
        // A "sources differ" note is a quiet aside on purpose: only its left rule.
        const quiet = el.matches('.callout--sources-differ');
        if ((!quiet && !visible(s, 'Top')) || !visible(s, 'Left'))
          out.push(`forced colours: ${el.tagName.toLowerCase()}.${el.className} has no visible border`);
      }
      for (const li of document.querySelectorAll('.checklist li')) {
        if (!visible(getComputedStyle(li, '::before'), 'Top')) out.push('forced colours: a checklist box has no visible border');
      }
      return out;
    });
    problems.push(...forced);
    // Focus by keyboard (so :focus-visible applies): the skip link, then the site name.
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, what: document.activeElement!.textContent?.trim() };
      });
      if (ring.style === 'none' || ring.width < 2 || ring.color === 'rgba(0, 0, 0, 0)') {
        problems.push(`forced colours: "${ring.what}" has no visible focus outline (${ring.style} ${ring.width}px ${ring.color})`);
      }
    }

    // 5. Reduced motion: no animation or transition anywhere, pseudo-elements included.
    await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
    const moving = await page.evaluate(() => {
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
    problems.push(...moving);

    expect(problems, `${path}:\n${bulletList(problems)}`).toEqual([]);
  });
}

// Tables on phones (issue 12): at 320 and 390 px each row is a card of label–value pairs, so no
// cell is cut off or needs sideways scrolling; every value carries its column's label.
for (const { path } of pagesShowingEveryClass().filter((p) => /<table\b/.test(builtHtml(p)))) {
  test(`${path}: no table cell is clipped or scrolled out of sight at 320 and 390 px`, async ({ page }) => {
    await page.goto(withBase(path), { waitUntil: 'domcontentloaded' });
    await expect(page.locator('main table').first(), 'the built page has a table').toBeVisible();
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 800 });
      const problems = await page.evaluate((width) => {
        const out: string[] = [];
        for (const region of document.querySelectorAll<HTMLElement>('.table-region')) {
          const caption = region.querySelector('caption')?.textContent?.trim() ?? '';
          const box = region.getBoundingClientRect();
          if (region.scrollWidth > region.clientWidth + 1)
            out.push(`${width}px: "${caption}" scrolls sideways (${region.scrollWidth} > ${region.clientWidth}px)`);
          for (const cell of region.querySelectorAll<HTMLElement>('tbody th, tbody td')) {
            const r = cell.getBoundingClientRect();
            const text = cell.textContent!.trim().slice(0, 30);
            if (r.left < box.left - 1 || r.right > box.right + 1) out.push(`${width}px: "${caption}": cell "${text}" reaches outside the table's area`);
            // Its text stays inside it (measured on the text itself: the invisible tap areas of
            // citation markers may overhang, and do not hide anything).
            let spill = false;
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.parentElement!.closest('.visually-hidden, [popover]')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              spill ||= [...range.getClientRects()].some((t) => t.width > 0 && (t.left < r.left - 1 || t.right > r.right + 1));
            }
            if (spill) out.push(`${width}px: "${caption}": the text of cell "${text}" runs outside it`);
            // Each value shows its column's name (the header row is hidden from sight).
            if (cell.matches('td') && !getComputedStyle(cell, '::before').content.includes(cell.dataset.label ?? '\u0000'))
              out.push(`${width}px: "${caption}": cell "${text}" has no visible label`);
          }
        }
        return out;
      }, width);
      expect(problems, `${path} at ${width}px`).toEqual([]);
    }
  });
}
