// The Guidepup virtual screen reader, run inside the page: its browser build is served to the page
// through page.route (nothing leaves the machine) and imported there. It walks the whole page item
// by item, as a screen reader user pressing "next" would, and returns what it would say.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const BROWSER_BUILD = readFileSync(require.resolve('@guidepup/virtual-screen-reader/browser.js'), 'utf8');
/** A same-origin address the page imports the screen reader from; answered by page.route. */
const MODULE_PATH = '/__virtual-screen-reader.js';

/** Everything the virtual screen reader says from the top of the page to "end of document". */
export async function walkWholePage(page: Page): Promise<string[]> {
  await page.route(`**${MODULE_PATH}`, (route) => route.fulfill({ contentType: 'text/javascript', body: BROWSER_BUILD }));
  return page.evaluate(async (modulePath) => {
    const { virtual } = (await import(modulePath)) as {
      virtual: {
        start(options: { container: Element; displayCursor?: boolean }): Promise<void>;
        next(): Promise<void>;
        lastSpokenPhrase(): Promise<string>;
        spokenPhraseLog(): Promise<string[]>;
        stop(): Promise<void>;
      };
    };
    await virtual.start({ container: document.body, displayCursor: false });
    // A generous cap so a loop in the reading order cannot hang the test.
    for (let step = 0; step < 20_000; step++) {
      await virtual.next();
      if ((await virtual.lastSpokenPhrase()) === 'end of document') break;
    }
    const log = await virtual.spokenPhraseLog();
    await virtual.stop();
    return log;
  }, MODULE_PATH);
}

const STRUCTURE_ROLES = new Set(['banner', 'navigation', 'main', 'contentinfo', 'complementary', 'region', 'article', 'search', 'heading']);

/**
 * Keeps only landmarks and headings from a Playwright aria snapshot, with their exact nesting
 * (a node is kept only if every ancestor is kept), so a baseline records the page's structure
 * rather than every word of it.
 */
export function structureOnly(ariaSnapshot: string): string {
  const kept: string[] = [];
  let skipBelow = Infinity; // indentation under which everything is dropped
  for (const line of ariaSnapshot.split('\n')) {
    const match = /^(\s*)- '?(\w+)/.exec(line); // YAML quotes names containing a colon
    if (!match) continue; // text and property lines (/url:) belong to their node
    const indent = match[1]!.length;
    if (indent > skipBelow) continue;
    skipBelow = Infinity;
    if (STRUCTURE_ROLES.has(match[2]!)) {
      // Headings' own children (text) are not structure.
      kept.push(line.replace(/:\s*$/, match[2] === 'heading' ? '' : ':').replace(/^(\s*- heading .*?\[level=\d\]).*$/, '$1'));
      if (match[2] === 'heading') skipBelow = indent;
    } else {
      skipBelow = indent;
    }
  }
  // A landmark with no kept children loses its trailing colon.
  return kept
    .map((line, i) => {
      const indent = /^\s*/.exec(line)![0].length;
      const next = kept[i + 1];
      const hasChild = next !== undefined && /^\s*/.exec(next)![0].length > indent;
      return hasChild ? line : line.replace(/:$/, '');
    })
    .join('\n');
}
