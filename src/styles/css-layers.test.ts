import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STYLES, topLevel } from '../shared/testing/css.ts';

// The site's CSS is in cascade layers (src/styles/global.css): a later layer wins whatever the
// specificity, so no rule needs !important. A rule outside every layer would beat all of them, so
// these tests fail as soon as one appears, in a stylesheet or in a component's <style> block.

const ROOT = join(import.meta.dirname, '../..');

const global = topLevel(readFileSync(join(STYLES, 'global.css'), 'utf8'));
const order = /^@layer ([\w\s,-]+);$/.exec(global[0] ?? '')?.[1]?.split(/\s*,\s*/) ?? [];
const imported = global.slice(1).map((statement) => /^@import '\.\/([\w-]+\.css)';$/.exec(statement)?.[1] ?? statement);

describe('the cascade layers', () => {
  it('are declared once, in global.css, before anything else, and global.css only imports the files', () => {
    expect(order.length, 'global.css must start with "@layer tokens, base, …;"').toBeGreaterThan(3);
    for (const file of imported) expect(file, 'global.css holds only the layer order and @import lines').toMatch(/^[\w-]+\.css$/);
  });

  it('hold every rule of every stylesheet, each file in its own declared layer, imported in layer order', () => {
    expect([...imported].sort()).toEqual(
      readdirSync(STYLES)
        .filter((file) => file.endsWith('.css') && file !== 'global.css')
        .sort(),
    );
    const layers = global
      .slice(1)
      .map((statement) => /'\.\/([\w-]+\.css)'/.exec(statement)![1]!)
      .map((file) => {
        const statements = topLevel(readFileSync(join(STYLES, file), 'utf8'));
        const names = statements.map((statement) => /^@layer ([\w-]+)$/.exec(statement)?.[1]);
        expect(names, `${file}: every rule goes inside "@layer <name> { … }"`).not.toContain(undefined);
        expect(new Set(names).size, `${file}: one layer per file`).toBe(1);
        expect(order, `${file}: its layer is not in the order declared in global.css`).toContain(names[0]);
        return names[0]!;
      });
    expect(layers, 'global.css imports the files in the order of their layers').toEqual(order);
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
