// Starlight on the same content, for --compare-starlight (README, "Measuring"): installed once into
// the temp folder, built with our pages and the scale run's by the same measureBuild(), and its
// reading pages measured as the pages entry measures ours. It keeps its defaults, as a new user would.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { measureBuild } from './build.mjs';
import { measurePages } from './pages.mjs';

/** The Starlight release compared against: 0.42 is the line that supports Astro 7. */
export const STARLIGHT_VERSION = '0.42.4';

/**
 * Installs the Starlight project once, keyed by the versions, with `npm install --ignore-scripts` (no
 * package's install script runs); npm's .package-lock.json, written last, marks a finished install.
 * @param {string} root our project @param {(message: string) => void} log @returns {{ dir: string } | { skipped: string }}
 */
export function starlightInstall(root, log) {
  const [astro, vite, pagefind] = ['astro', 'vite', 'pagefind'].map(
    (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version,
  );
  const dir = join(tmpdir(), `bench-starlight-${STARLIGHT_VERSION}-astro-${astro}-pagefind-${pagefind}`);
  if (existsSync(join(dir, 'node_modules', '.package-lock.json'))) return { dir };
  log(`starlight: installing @astrojs/starlight ${STARLIGHT_VERSION} with astro ${astro} into ${dir} (once)…`);
  mkdirSync(dir, { recursive: true });
  // Our versions pinned through overrides too, so the comparison measures the sites, not the tools.
  const versions = { dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro, pagefind }, overrides: { astro, vite, pagefind } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module', scripts: { build: 'astro build' }, ...versions }));
  const npm = spawnSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
  const said = (npm.error?.message ?? npm.stderr ?? '').trim().split('\n')[0];
  return npm.status === 0 ? { dir } : { skipped: `npm install of @astrojs/starlight ${STARLIGHT_VERSION} failed: ${said || `npm exited with ${npm.status}`}` };
}

/**
 * One of our MDX pages for Starlight: the same body, the frontmatter its schema knows (title,
 * description), every component imported from a stub that renders only its children.
 * @param {string} source the MDX file @param {string} stubImport the stub's import path from this page
 */
export function starlightPage(source, stubImport) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('starlightPage: the page has no frontmatter');
  const { title, description } = parse(match[1] ?? '');
  const body = source.slice(match[0].length);
  const components = [...new Set([...body.matchAll(/<([A-Z][A-Za-z0-9]*)/g)].map((m) => m[1]))].sort();
  const frontmatter = [`title: ${JSON.stringify(title)}`, ...(description ? [`description: ${JSON.stringify(description)}`] : [])];
  return ['---', ...frontmatter, '---', '', ...components.map((name) => `import ${name} from '${stubImport}';`), '', body.trimStart()].join('\n');
}

const mdxFiles = (/** @type {string} */ dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));

const CONFIG = {
  'astro.config.mjs': `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({ integrations: [starlight({ title: 'Scale benchmark' })] });\n`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  'src/components/Stub.astro': '<slot />\n',
};

/**
 * Starlight built with our pages plus `generated`, as our scale run gives it, and, when asked and
 * without generated pages, the weight of our reading pages' counterparts (else null).
 * @param {string} root our project @param {string} installed from starlightInstall() @param {[string, string][]} generated from generatedPages()
 * @param {boolean} [weighPages] measure the pages too (once per bench: the scale entry builds each size several times)
 */
export async function starlightScaleRun(root, installed, generated, weighPages = true) {
  const dir = mkdtempSync(join(tmpdir(), `bench-starlight-run-${generated.length}-`));
  try {
    writeFileSync(join(dir, 'package.json'), readFileSync(join(installed, 'package.json')));
    symlinkSync(join(installed, 'node_modules'), join(dir, 'node_modules'));
    /** @param {string} file relative to the project @param {string} text */
    const write = (file, text) => {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    };
    for (const [file, text] of Object.entries(CONFIG)) write(file, text);
    const ours = join(root, 'content', 'pages');
    /** @param {string} file relative to the docs folder @param {string} source */
    const page = (file, source) =>
      write(join('src', 'content', 'docs', file), starlightPage(source, relative(dirname(join('src', 'content', 'docs', file)), 'src/components/Stub.astro')));
    for (const file of mdxFiles(ours)) page(file, readFileSync(join(ours, file), 'utf8'));
    for (const [file, source] of generated) page(join('bench-generated', file), source);
    const run = { extraPages: generated.length, ...measureBuild(dir) };
    const paths = mdxFiles(ours).map((file) => `/${file.replace(/\.mdx$/, '').replace(/(^|\/)index$/, '')}/`.replace('//', '/'));
    return { run, pages: generated.length || !weighPages ? null : await measurePages(join(dir, 'dist'), '/', paths) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
