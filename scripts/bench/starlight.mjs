// Starlight on the same content, for `npm run bench -- --compare-starlight` (issue 13: "no more CPU
// per page than Starlight on the same content"). A minimal Starlight project, with the same Astro,
// Vite and Pagefind versions as ours, is installed once from the registry into the system's temp
// folder (kept there for later runs, never in the repository). Each run builds a fresh copy of it
// holding our pages and the same generated pages as our scale run, measured by the same
// timedBuild() as our build, so the two sets of figures come from one machine, one method and one
// run. Starlight's defaults are kept (its sidebar of every page, its own Pagefind indexing): it is
// measured as a new user would set it up.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { timedBuild } from './build.mjs';
import { generatedPages } from './scale.mjs';
import { indexDataSize } from './sizes.mjs';

/** The Starlight release compared against: 0.42 is the line that supports Astro 7. */
export const STARLIGHT_VERSION = '0.42.4';

/** Where the stub component lives in the Starlight project. */
const STUB = join('src', 'components', 'Stub.astro');

/** The version of a package installed in the project, or undefined when it is not installed. @param {string} root @param {string} name */
function installedVersion(root, name) {
  const file = join(root, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
}

/**
 * The Starlight project's package.json: Starlight, and our exact Astro, Vite and Pagefind versions
 * (pinned through overrides too, so Starlight's own ranges cannot pull another copy), so the
 * comparison measures the sites, not different tool versions. @astrojs/markdown-remark is pinned
 * to ours only when we have it: since the switch to Sätteri the site does not, and Starlight's own
 * range picks it.
 * @param {Record<string, string | undefined>} versions
 */
export function starlightPackageJson(versions) {
  return {
    name: 'bench-starlight',
    private: true,
    type: 'module',
    scripts: { build: 'astro build' },
    dependencies: {
      '@astrojs/starlight': STARLIGHT_VERSION,
      ...(versions['@astrojs/markdown-remark'] ? { '@astrojs/markdown-remark': versions['@astrojs/markdown-remark'] } : {}),
      astro: versions.astro,
      pagefind: versions.pagefind,
    },
    overrides: { astro: versions.astro, vite: versions.vite, pagefind: versions.pagefind },
  };
}

/**
 * The gist of npm's error output: its error code and the line that says what went wrong (not the
 * stack or the log-file hint), e.g. "ECONNREFUSED: FetchError: request to … failed, reason: …".
 * @param {string} stderr
 */
export function npmFailure(stderr) {
  const lines = stderr
    .split('\n')
    .map((line) => line.replace(/^npm (error|ERR!) ?/, '').trim())
    .filter(Boolean);
  const code = lines.find((line) => line.startsWith('code '))?.slice(5);
  const message =
    lines.find((line) => /\b\w*Error\b|\b404\b|\breason\b/.test(line) && !line.startsWith('at ')) ?? lines.find((line) => !line.startsWith('code '));
  return [code, message].filter(Boolean).join(': ');
}

/**
 * Installs the Starlight project once, in the system temp folder, keyed by the versions, so later
 * runs reuse it. Installs into a fresh folder and renames it into place when done, so an
 * interrupted or concurrent install never leaves a half-installed project to be reused.
 * @param {string} root our project
 * @param {(message: string) => void} log
 * @returns {{ dir: string } | { skipped: string }}
 */
export function starlightInstall(root, log) {
  /** @type {Record<string, string | undefined>} */
  const versions = {};
  for (const name of ['astro', 'vite', 'pagefind', '@astrojs/markdown-remark']) versions[name] = installedVersion(root, name);
  const dir = join(tmpdir(), `bench-starlight-${STARLIGHT_VERSION}-astro-${versions.astro}-pagefind-${versions.pagefind}`);
  if (existsSync(join(dir, 'node_modules', '@astrojs', 'starlight', 'package.json'))) return { dir };
  log(`starlight: installing @astrojs/starlight ${STARLIGHT_VERSION} with astro ${versions.astro} into ${dir} (once)…`);
  const staging = mkdtempSync(`${dir}-installing-`);
  writeFileSync(join(staging, 'package.json'), JSON.stringify(starlightPackageJson(versions), null, 2));
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
    const reason = result.error ? result.error.message : npmFailure(result.stderr ?? '') || `npm exited with ${result.status}`;
    return { skipped: `npm install of @astrojs/starlight ${STARLIGHT_VERSION} failed: ${reason}` };
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

/** Every .mdx file under a folder, as paths relative to it. @param {string} dir @returns {string[]} */
function mdxFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? mdxFiles(join(dir, entry.name), join(prefix, entry.name)) : entry.name.endsWith('.mdx') ? [join(prefix, entry.name)] : [],
  );
}

/** How many HTML pages a build wrote. @param {string} dir @returns {number} */
function htmlCount(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (count, entry) => count + (entry.isDirectory() ? htmlCount(join(dir, entry.name)) : entry.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

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
 * Builds Starlight with our pages plus `extra` generated ones, in a fresh temporary project that
 * links the installed node_modules, and returns the same shape as scaleRun().
 * @param {string} root our project
 * @param {string} installed the folder starlightInstall() returned
 * @param {number} extra
 * @returns {import('./scale.mjs').ScaleRun}
 */
export function starlightScaleRun(root, installed, extra) {
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
    for (const file of mdxFiles(pages)) write(file, readFileSync(join(pages, file), 'utf8'));
    for (const [file, source] of generatedPages(root, extra)) write(join('bench-generated', file), source);
    const build = timedBuild(dir, { PATH: `${join(dir, 'node_modules', '.bin')}:${dirname(process.execPath)}:${process.env.PATH}` });
    return {
      extraPages: extra,
      pages: htmlCount(join(dir, 'dist')),
      build: build.map(({ output: _output, ...step }) => step),
      indexBytes: indexDataSize(join(dir, 'dist', 'pagefind')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
