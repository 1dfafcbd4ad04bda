// Starlight on the same content, for the scale entry's --compare-starlight. A minimal Starlight
// project, with the same Astro, Vite and Pagefind versions as ours, is installed once from the
// registry into the system's temp folder (kept for later runs, never in the repository). Each run
// builds a fresh copy of it holding our pages and the same generated pages as our scale run,
// measured by the same measureBuild(), so both sides come from one machine, one method and one run.
// Starlight keeps its defaults (a sidebar of every page, its own Pagefind indexing), as a new user
// would set it up.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { measureBuild } from './build.mjs';

/** The Starlight release compared against: 0.42 is the line that supports Astro 7. */
export const STARLIGHT_VERSION = '0.42.4';

/** Where the stub component lives in the Starlight project. */
const STUB = join('src', 'components', 'Stub.astro');

/**
 * Installs the Starlight project once, in the system temp folder, keyed by the versions, so later
 * runs reuse it. Installs into a fresh folder and renames it into place when done, so an
 * interrupted or concurrent install never leaves a half-installed project to be reused.
 * @param {string} root our project
 * @param {(message: string) => void} log
 * @returns {{ dir: string } | { skipped: string }}
 */
export function starlightInstall(root, log) {
  const [astro, vite, pagefind] = ['astro', 'vite', 'pagefind'].map(
    (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version,
  );
  const dir = join(tmpdir(), `bench-starlight-${STARLIGHT_VERSION}-astro-${astro}-pagefind-${pagefind}`);
  if (existsSync(join(dir, 'node_modules', '@astrojs', 'starlight', 'package.json'))) return { dir };
  log(`starlight: installing @astrojs/starlight ${STARLIGHT_VERSION} with astro ${astro} into ${dir} (once)…`);
  const staging = mkdtempSync(`${dir}-installing-`);
  // Our exact Astro, Vite and Pagefind, pinned through overrides too, so Starlight's own ranges
  // cannot pull other copies: the comparison measures the sites, not different tool versions.
  const pkg = { name: 'bench-starlight', private: true, type: 'module', scripts: { build: 'astro build' } };
  const manifest = { ...pkg, dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro, pagefind }, overrides: { astro, vite, pagefind } };
  writeFileSync(join(staging, 'package.json'), JSON.stringify(manifest, null, 2));
  // npm itself, run by the project's Node (install scripts find that Node first on PATH).
  const npmCli = process.env.npm_execpath;
  const [command, args] = npmCli ? [process.execPath, [npmCli]] : ['npm', []];
  const result = spawnSync(command, [...args, 'install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: staging,
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` },
    encoding: 'utf8',
    timeout: 15 * 60 * 1000,
  });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    // npm's error lines without their prefix, the stack or the log-file hint: the code and the reason.
    const said = `${result.error?.message ?? ''}\n${result.stderr ?? ''}`
      .split('\n')
      .map((line) => line.replace(/^npm (error|ERR!) ?(code )?/, '').trim())
      .filter((line) => line && !/^(at |A complete log|syscall|errno)/.test(line));
    return { skipped: `npm install of @astrojs/starlight ${STARLIGHT_VERSION} failed: ${said.slice(0, 2).join(': ') || `npm exited with ${result.status}`}` };
  }
  try {
    renameSync(staging, dir);
  } catch {
    // Another bench run installed it meanwhile: use that one.
    rmSync(staging, { recursive: true, force: true });
  }
  return { dir };
}

/**
 * One of our MDX pages as a Starlight docs page: the same body, the frontmatter reduced to what
 * Starlight's schema knows (title, description), and every component the body uses imported from
 * one stub that renders its children and nothing else (Starlight has no <Cite>, <Callout>…).
 * @param {string} source the MDX file
 * @param {string} stubImport the import path of the stub from this page
 */
export function starlightPage(source, stubImport) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('starlightPage: the page has no frontmatter');
  const { title, description } = parse(match[1]);
  const body = source.slice(match[0].length);
  const components = [...new Set([...body.matchAll(/<([A-Z][A-Za-z0-9]*)/g)].map((m) => m[1]))].sort();
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    ...(description ? [`description: ${JSON.stringify(description)}`] : []),
    '---',
    '',
    ...components.map((name) => `import ${name} from '${stubImport}';`),
    '',
    body.trimStart(),
  ].join('\n');
}

/** Every file under a folder whose name ends with `ending`, relative to it. @param {string} dir @param {string} ending */
const filesEnding = (dir, ending) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(ending));

const ASTRO_CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// Starlight's defaults: sidebar generated from every page, Pagefind search.
export default defineConfig({ integrations: [starlight({ title: 'Scale benchmark' })] });
`;
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;
// Our components, stubbed: children pass through, nothing else renders.
const STUB_COMPONENT = '<slot />\n';

/**
 * Builds Starlight with our pages plus the generated ones our scale run added, in a fresh temporary
 * project that links the installed node_modules, and returns the same shape as our scale run.
 * @param {string} root our project
 * @param {string} installed the folder starlightInstall() returned
 * @param {[string, string][]} generated [file name, MDX] pairs, from generatedPages()
 * @returns {import('./scale.mjs').ScaleRun}
 */
export function starlightScaleRun(root, installed, generated) {
  const extra = generated.length;
  const dir = mkdtempSync(join(tmpdir(), `bench-starlight-run-${extra}-`));
  try {
    writeFileSync(join(dir, 'package.json'), readFileSync(join(installed, 'package.json')));
    symlinkSync(join(installed, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, 'astro.config.mjs'), ASTRO_CONFIG);
    mkdirSync(join(dir, 'src', 'components'), { recursive: true });
    writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
    writeFileSync(join(dir, STUB), STUB_COMPONENT);
    const docs = join(dir, 'src', 'content', 'docs');
    const pages = join(root, 'content', 'pages');
    /** @param {string} file relative to docs @param {string} source */
    const write = (file, source) => {
      const target = join(docs, file);
      mkdirSync(dirname(target), { recursive: true });
      let stubImport = relative(dirname(target), join(dir, STUB));
      if (!stubImport.startsWith('.')) stubImport = `./${stubImport}`;
      writeFileSync(target, starlightPage(source, stubImport));
    };
    for (const file of filesEnding(pages, '.mdx')) write(file, readFileSync(join(pages, file), 'utf8'));
    for (const [file, source] of generated) write(join('bench-generated', file), source);
    return { extraPages: extra, ...measureBuild(dir, (dist) => filesEnding(dist, '.html').length) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
