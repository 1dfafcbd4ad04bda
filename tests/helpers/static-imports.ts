/**
 * The files a built script imports statically (`import "./x.js"`, `import { a as b } from "./x.js"`,
 * as minified code writes them), which the browser must fetch before the script runs. Dynamic
 * `import(…)` is left out: it waits for a reader's intent.
 */
export const staticImportsOf = (code: string): string[] =>
  [...code.matchAll(/(?<![\w$.])import\s*(?:[\w$\s{},*]*?\bfrom\s*)?["'`]([^"'`]+)["'`]/g)].map((match) => match[1]!);
