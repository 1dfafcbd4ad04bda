// Scale: the site alone, then plus N generated pages, each built in a temporary copy of the project;
// with --compare-starlight each build is followed by Starlight's, so the machine's load hits both alike.
// Each size is built SCALE_SAMPLES times, the sites taking turns, and the medians kept: on a shared
// 2-core machine one build's time varies by more than the goals' margins.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { measureBuild } from './build.mjs';
import { fixed, kB, median, table } from './report.mjs';
import { STARLIGHT_VERSION, starlightInstall, starlightScaleRun } from './starlight.mjs';

const SKIP = new Set(['node_modules', 'dist', 'dist-root', '.git', '.astro', 'test-results', 'playwright-report', 'bench-results', '.tmp']);

/** A page of ordinary length (~600 words), with headings, a list, a citation and glossary words. @param {number} index @param {string} sourceId */
export function generatedPage(index, sourceId) {
  const n = String(index).padStart(4, '0');
  const paragraph = `This generated paragraph ${n} talks about lupus, stromal cells and the kidneys in plain words, so the search index and the glossary linker have realistic work to do. It repeats the kind of sentence a health page has: what a test measures, what a treatment aims to do, and what a reader may want to ask their care team <Cite id="${sourceId}" />.`;
  const section = (/** @type {string} */ title) =>
    `## ${title} ${n}\n\n${paragraph}\n\n${paragraph}\n\n- A first point about ${title.toLowerCase()}\n- A second point about ${title.toLowerCase()}\n`;
  const frontmatter = `title: "Generated page ${n}"\ndescription: "A generated page for the scale benchmark, number ${n}."\nsummary: "A generated page for the scale benchmark. It is never published."\ntopic: about\norder: ${100 + index}\nlastReviewed: 2026-11-22\nnextReview: 2027-11-22`;
  return `---\n${frontmatter}\n---\n\n${paragraph}\n\n${['Background', 'What happens', 'Questions to ask', 'What we know'].map(section).join('\n')}\n`;
}

/** The pages a scale run adds, as [file name, MDX] pairs, citing the first source. @param {string} root @param {number} extra @returns {[string, string][]} */
export function generatedPages(root, extra) {
  const sources = parse(readFileSync(join(root, 'content', 'sources.yaml'), 'utf8'));
  return Array.from({ length: extra }, (_, i) => [`page-${String(i + 1).padStart(4, '0')}.mdx`, generatedPage(i + 1, sources[0].id)]);
}

/** @typedef {{ extraPages: number } & ReturnType<typeof measureBuild>} ScaleRun */

/** Builds of each site at each size. Three: one slow build (another process's burst) no longer decides a ratio. */
export const SCALE_SAMPLES = 3;

/**
 * One run from builds of the same site and size: the median wall and CPU seconds (each on its own),
 * and every build's, for the report; pages and index bytes are the same in each.
 * @param {ScaleRun[]} builds @returns {ScaleRun & { samples: { seconds: number, cpuSeconds: number | null }[] }}
 */
export function medianRun(builds) {
  const [first] = builds;
  if (!first) throw new Error('medianRun: no builds');
  return {
    ...first,
    seconds: median(builds.map((build) => build.seconds)) ?? first.seconds,
    cpuSeconds: median(builds.map((build) => build.cpuSeconds ?? 0)),
    samples: builds.map(({ seconds, cpuSeconds }) => ({ seconds, cpuSeconds })),
  };
}

/** Our build with `generated` pages added, in a copy of the project. @param {string} root @param {[string, string][]} generated @returns {ScaleRun} */
function scaleRun(root, generated) {
  const dir = mkdtempSync(join(tmpdir(), `bench-scale-${generated.length}-`));
  try {
    cpSync(root, dir, { recursive: true, filter: (src) => !SKIP.has(src.slice(root.length + 1).split('/')[0] ?? '') });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const out = join(dir, 'content', 'pages', 'bench-generated');
    mkdirSync(out, { recursive: true });
    for (const [file, source] of generated) writeFileSync(join(out, file), source);
    return { extraPages: generated.length, ...measureBuild(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Each run with CPU milliseconds per built page and per added page (against the first run, the site
 * alone), which stays flat when the build is linear in pages. @param {ScaleRun[]} runs the first with extraPages 0
 */
export function scaleFigures(runs) {
  const first = runs[0];
  return runs.map((run) => {
    const cpuSeconds = run.cpuSeconds ?? 0;
    const marginalCpuMsPerPage = run === first || !first ? null : ((cpuSeconds - (first.cpuSeconds ?? 0)) / (run.pages - first.pages)) * 1000;
    return { ...run, cpuSeconds, cpuMsPerPage: (cpuSeconds / run.pages) * 1000, marginalCpuMsPerPage };
  });
}

/** @param {import('./report.mjs').BenchContext} context */
export async function benchScale({ root, scale, compareStarlight, log }) {
  let starlight = compareStarlight ? starlightInstall(root, log) : null;
  /** @type {ScaleRun[]} */
  const ours = [];
  /** @type {ScaleRun[]} */
  const theirs = [];
  /** @type {Awaited<ReturnType<typeof starlightScaleRun>>['pages']} */
  let starlightPages = null;
  for (const extra of [0, ...scale]) {
    const generated = generatedPages(root, extra);
    /** @type {ScaleRun[]} */
    const ourBuilds = [];
    /** @type {ScaleRun[]} */
    const theirBuilds = [];
    for (let sample = 1; sample <= SCALE_SAMPLES; sample++) {
      log(`scale: building with ${extra} generated pages (${sample} of ${SCALE_SAMPLES})…`);
      ourBuilds.push(scaleRun(root, generated));
      if (!starlight || !('dir' in starlight)) continue;
      log(`scale: building Starlight with ${extra} generated pages (${sample} of ${SCALE_SAMPLES})…`);
      try {
        const { run, pages } = await starlightScaleRun(root, starlight.dir, generated, starlightPages === null);
        starlightPages ??= pages;
        theirBuilds.push(run);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        starlight = { skipped: `its build with ${extra} generated pages failed: ${message.split('\n').filter(Boolean).slice(0, 3).join(' / ')}` };
      }
    }
    ours.push(medianRun(ourBuilds));
    if (starlight && 'dir' in starlight) theirs.push(medianRun(theirBuilds));
  }
  const [runs, starlightRuns] = [scaleFigures(ours), scaleFigures(theirs)];
  /** @param {string} site @param {ReturnType<typeof scaleFigures>[number]} r */
  const each = (/** @type {any} */ r, /** @type {'seconds' | 'cpuSeconds'} */ key) =>
    (r.samples ?? []).map((/** @type {any} */ b) => fixed(b[key], 1)).join(', ');
  const cells = (site, r) => [
    site,
    r.extraPages,
    r.pages,
    `${fixed(r.seconds, 1)} (${each(r, 'seconds')})`,
    `${fixed(r.cpuSeconds, 1)} (${each(r, 'cpuSeconds')})`,
    fixed(r.marginalCpuMsPerPage),
    kB(r.indexBytes),
  ];
  const headers = ['Site', 'Extra pages', 'Pages', 'Wall s: median (each build)', 'CPU s: median (each build)', 'CPU ms per added page', 'Index kB'];
  const lines = [table(headers, [...runs.map((r) => cells('ours', r)), ...starlightRuns.map((r) => cells('Starlight', r))])];
  if (starlight && 'skipped' in starlight) lines.push(`\nStarlight comparison skipped: ${starlight.skipped}`);
  const compared = starlight && 'dir' in starlight ? { version: STARLIGHT_VERSION, runs: starlightRuns, pages: starlightPages } : starlight;
  return { figures: { runs, starlight: compared }, report: lines.join('\n') };
}
