import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC, STYLES, stylesheets, topLevel } from '../shared/testing/css.ts';

// The site's CSS is in cascade layers (src/styles/global.css): a later layer wins whatever the
// specificity, so no rule needs !important. A rule outside every layer would beat all of them, so
// these tests fail as soon as one appears, in a stylesheet or in a component's <style> block.

const ROOT = join(import.meta.dirname, '../..');

const global = topLevel(readFileSync(join(STYLES, 'global.css'), 'utf8'));
const order = /^@layer ([\w\s,-]+);$/.exec(global[0] ?? '')?.[1]?.split(/\s*,\s*/) ?? [];
/** What global.css imports, as paths from src/: "styles/base.css", "features/search/search.css". */
const imported = global.slice(1).map((statement) => {
  const path = /^@import '(\.{1,2}\/[\w/-]+\.css)';$/.exec(statement)?.[1];
  return path ? join('styles', path) : statement;
});
/** Layers a feature's stylesheet may use: its screen rules and its print rules, side by side. */
const FEATURE_LAYERS = ['components', 'search', 'print'];
/**
 * Stylesheets a page links only when it needs them, outside global.css (in its layers all the same): the search
 * results' (linked by the search code), and those of components few pages show (src/features/chrome/page-stylesheets.ts).
 */
const ON_DEMAND = [
  join('features', 'search', 'search-results.css'),
  join('features', 'trials', 'trials.css'),
  join('features', 'tables', 'tables.css'),
  join('features', 'evidence', 'evidence.css'),
  join('features', 'boxes', 'urgency.css'),
  join('features', 'boxes', 'timeline.css'),
  join('features', 'review', 'updates.css'),
];

describe('the cascade layers', () => {
  it('are declared once, in global.css, before anything else, and global.css only imports the files', () => {
    expect(order.length, 'global.css must start with "@layer tokens, base, …;"').toBeGreaterThan(3);
    for (const file of imported) expect(file, 'global.css holds only the layer order and @import lines').toMatch(/^(styles|features\/[\w-]+)\/[\w-]+\.css$/);
  });

  it('hold every rule of every stylesheet, each file in declared layers, imported in layer order', () => {
    expect([...imported].sort()).toEqual(
      stylesheets()
        .map(({ file }) => file)
        .filter((file) => file !== join('styles', 'global.css') && !ON_DEMAND.includes(file)),
    );
    for (const file of ON_DEMAND) {
      const names = topLevel(readFileSync(join(SRC, file), 'utf8')).map((statement) => /^@layer ([\w-]+)$/.exec(statement)?.[1]);
      expect(names, `${file}: every rule goes inside "@layer <name> { … }", a layer of a feature`).toEqual(
        names.map((name) => FEATURE_LAYERS.find((layer) => layer === name)),
      );
    }
    const firstLayers = imported.map((file) => {
      const statements = topLevel(readFileSync(join(SRC, file), 'utf8'));
      const names = statements.map((statement) => /^@layer ([\w-]+)$/.exec(statement)?.[1]);
      expect(names, `${file}: every rule goes inside "@layer <name> { … }"`).not.toContain(undefined);
      for (const name of names) expect(order, `${file}: its layer "${name}" is not in the order declared in global.css`).toContain(name);
      if (file.startsWith('styles')) expect(new Set(names).size, `${file}: one layer per shared file`).toBe(1);
      else for (const name of names) expect(FEATURE_LAYERS, `${file}: a feature's stylesheet holds its components (or search) and print rules`).toContain(name);
      const ranks = names.map((name) => order.indexOf(name!));
      expect(ranks, `${file}: its layers in the declared order`).toEqual([...ranks].sort((a, b) => a - b));
      return ranks[0]!;
    });
    expect(firstLayers, 'global.css imports the files in the order of their (first) layers').toEqual([...firstLayers].sort((a, b) => a - b));
    expect(new Set(firstLayers).size, 'every declared layer is used').toBe(order.length);
  });

  it('leave no room for unlayered styles: no <style> block in a component, layout or page', () => {
    const astroFiles = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.astro'));
    expect(astroFiles.length).toBeGreaterThan(10);
    for (const file of astroFiles) {
      expect(readFileSync(join(ROOT, 'src', file), 'utf8'), `src/${file}: put its CSS in a layer in src/styles/ instead`).not.toMatch(/^\s*<style\b/m);
    }
  });

  it('finds a rule outside a layer (the check itself works)', () => {
    expect(topLevel("@layer a {\n  .x { content: '}'; }\n}\n.y { color: red; }")).toEqual(['@layer a', '.y']);
  });
});
