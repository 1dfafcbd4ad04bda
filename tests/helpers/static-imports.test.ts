// The built-site check that a page's scripts import nothing before they run (every-page.spec.ts)
// reads imports from minified code with one pattern: these are the forms the bundler writes.
import { describe, expect, it } from 'vitest';
import { staticImportsOf } from './static-imports.ts';

describe('staticImportsOf', () => {
  it('finds a bare import and a named import, as minified code writes them', () => {
    expect(staticImportsOf('import"./preload-helper.DygEbaNj.js";function e(){}')).toEqual(['./preload-helper.DygEbaNj.js']);
    expect(staticImportsOf('import{t as e,n as t}from"./chunk.A1.js";e()')).toEqual(['./chunk.A1.js']);
    expect(staticImportsOf('import * as m from "./all.js";')).toEqual(['./all.js']);
  });

  it('leaves out dynamic imports, which wait for the reader, and words that only end in "import"', () => {
    expect(staticImportsOf('l=()=>a??=import(`./search-ui.gOFTQBQS.js`);b.import("x");reimport("y")')).toEqual([]);
  });
});
