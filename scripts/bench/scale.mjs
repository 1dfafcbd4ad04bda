// Scale: the real pages alone, then plus N generated ones (--scale=250,1000), each built in a
// temporary copy of the project (never in content/), to see how build time and search-index size
// grow with the site. With --compare-starlight each of those builds is followed by Starlight's on
// the same pages (starlight.mjs), so a change in the machine's load hits both alike.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { kB, table } from './report.mjs';
import { STARLIGHT_VERSION, starlightInstall, starlightScaleRun } from './starlight.mjs';
import { measureBuild } from './build.mjs';

const SKIP = new Set(['node_modules', 'dist', 'dist-root', '.git', '.astro', 'test-results', 'playwright-report', 'bench-results', '.tmp']);

/**
 * A page of ordinary length (~600 words), with headings, a list, a citation and glossary words.
 * @param {number} index @param {string} sourceId
 */
export function generatedPage(index, sourceId) {
  const n = String(index).padStart(4, '0');
  const paragraph = `This generated paragraph ${n} talks about lupus, stromal cells and the kidneys in plain words, so the search index and the glossary linker have realistic work to do. It repeats the kind of sentence a health page has: what a test measures, what a treatment aims to do, and what a reader may want to ask their care team <Cite id="${sourceId}" />.`;
  const section = (title) =>
    `## ${title} ${n}\n\n${paragraph}\n\n${paragraph}\n\n- A first point about ${title.toLowerCase()}\n- A second point about ${title.toLowerCase()}\n`;
  return `---
title: "Generated page ${n}"
description: "A generated page for the scale benchmark, number ${n}."
summary: "A generated page for the scale benchmark. It is never published."
topic: about
order: ${100 + index}
lastReviewed: 2026-11-22
nextReview: 2027-11-22
---

${paragraph}

${['Background', 'What happens', 'Questions to ask', 'What we know'].map(section).join('\n')}
`;
}

/**
 * The pages a scale run adds, as [file name, MDX] pairs; the Starlight comparison adds the same.
 * @param {string} root the project (its first source is the one cited)
 * @param {number} extra
 * @returns {[string, string][]}
 */
export function generatedPages(root, extra) {
  const sources = parse(readFileSync(join(root, 'content', 'sources.yaml'), 'utf8'));
  return Array.from({ length: extra }, (_, i) => [`page-${String(i + 1).padStart(4, '0')}.mdx`, generatedPage(i + 1, sources[0].id)]);
}

/** @typedef {{ extraPages: number } & ReturnType<typeof measureBuild>} ScaleRun */

/** Our build with `generated` pages added, in a copy of the project. @param {string} root @param {[string, string][]} generated @returns {ScaleRun} */
function scaleRun(root, generated) {
  const extra = generated.length;
  const dir = mkdtempSync(join(tmpdir(), `bench-scale-${extra}-`));
  try {
    cpSync(root, dir, { recursive: true, filter: (src) => !SKIP.has(src.slice(root.length + 1).split('/')[0] ?? '') });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const out = join(dir, 'content', 'pages', 'bench-generated');
    mkdirSync(out, { recursive: true });
    for (const [file, source] of generated) writeFileSync(join(out, file), source);
    return { extraPages: extra, ...measureBuild(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The figures the scale table reports for each run: wall and CPU seconds of the whole build, CPU
 * milliseconds per built page, and the marginal CPU cost of each added page against the first run
 * (the real site alone), which stays flat when the build is linear in pages.
 * @param {ScaleRun[]} runs the first one with extraPages 0
 */
export function scaleFigures(runs) {
  const first = runs[0];
  return runs.map((run) => {
    const cpuSeconds = run.cpuSeconds ?? 0;
    return {
      ...run,
      cpuSeconds,
      cpuMsPerPage: (cpuSeconds / run.pages) * 1000,
      marginalCpuMsPerPage: run === first || !first ? null : ((cpuSeconds - (first.cpuSeconds ?? 0)) / (run.pages - first.pages)) * 1000,
    };
  });
}

/**
 * Ours ÷ Starlight at the largest run both made with pages added: wall and CPU seconds of the whole
 * build and CPU per added page (at most 1 when ours costs no more on the same content); null when
 * no such run.
 * @param {ReturnType<typeof scaleFigures>} ours @param {ReturnType<typeof scaleFigures>} starlight
 */
export function scaleComparison(ours, starlight) {
  const our = ours.findLast((run) => run.extraPages > 0 && starlight.some((s) => s.extraPages === run.extraPages));
  const their = starlight.find((s) => s.extraPages === our?.extraPages);
  if (!our || !their) return null;
  /** @param {number | null} a @param {number | null} b */
  const ratio = (a, b) => (a === null || b === null || b <= 0 ? null : a / b);
  return {
    extraPages: our.extraPages,
    seconds: our.seconds,
    starlightSeconds: their.seconds,
    cpuSeconds: our.cpuSeconds,
    starlightCpuSeconds: their.cpuSeconds,
    wallRatio: ratio(our.seconds, their.seconds),
    cpuRatio: ratio(our.cpuSeconds, their.cpuSeconds),
    perAddedPageRatio: ratio(our.marginalCpuMsPerPage, their.marginalCpuMsPerPage),
  };
}

/** @param {import('./report.mjs').BenchContext} context */
export async function benchScale({ root, scale, compareStarlight, log }) {
  /** @type {{ dir: string } | { skipped: string } | null} */
  let starlight = compareStarlight ? starlightInstall(root, log) : null;
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  const loadAverage = [load()];
  /** @type {ScaleRun[]} */
  const ours = [];
  /** @type {ScaleRun[]} */
  const theirs = [];
  for (const extra of [0, ...scale]) {
    const generated = generatedPages(root, extra);
    log(`scale: building with ${extra} generated pages…`);
    ours.push(scaleRun(root, generated));
    if (!starlight || !('dir' in starlight)) continue;
    log(`scale: building Starlight with ${extra} generated pages…`);
    try {
      theirs.push(starlightScaleRun(root, starlight.dir, generated));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      starlight = { skipped: `its build with ${extra} generated pages failed: ${message.split('\n').filter(Boolean).slice(0, 3).join(' / ')}` };
    }
  }
  loadAverage.push(load());
  const runs = scaleFigures(ours);
  const starlightRuns = scaleFigures(theirs);
  const largest = scaleComparison(runs, starlightRuns);
  /** @param {number | null} value @param {number} [digits] */
  const n = (value, digits = 0) => (value === null ? '-' : value.toFixed(digits));
  /** @param {string} site @param {ReturnType<typeof scaleFigures>} rows */
  const rowsOf = (site, rows) =>
    rows.map((r) => [site, r.extraPages, r.pages, n(r.seconds, 1), n(r.cpuSeconds, 1), n(r.cpuMsPerPage), n(r.marginalCpuMsPerPage), kB(r.indexBytes)]);
  const lines = [
    table(
      ['Site', 'Extra pages', 'Pages', 'Wall s', 'CPU s', 'CPU ms/page', 'CPU ms per added page', 'Index kB'],
      [...rowsOf('ours', runs), ...rowsOf('Starlight', starlightRuns)],
    ),
  ];
  if (starlight && 'skipped' in starlight) lines.push(`\nStarlight comparison skipped: ${starlight.skipped}`);
  if (starlight && 'dir' in starlight)
    lines.push(
      `\nStarlight ${STARLIGHT_VERSION} on the same content (same Astro, Vite and Pagefind): our pages, with title and description kept and our components stubbed (their text stays, the rest renders nothing), plus the same generated pages; Starlight keeps its defaults (a sidebar of every page, its own Pagefind indexing). Load average (1, 5, 15 min) ${loadAverage.join(' at the start, ')} at the end: compare only within one run.`,
    );
  if (largest)
    lines.push(
      `\nAt +${largest.extraPages} pages, ours ÷ Starlight: ${n(largest.wallRatio, 2)} wall, ${n(largest.cpuRatio, 2)} CPU, ${n(largest.perAddedPageRatio, 2)} CPU per added page.`,
    );
  const compared = starlight && 'dir' in starlight ? { version: STARLIGHT_VERSION, loadAverage, runs: starlightRuns, largest } : starlight;
  return { figures: { runs, starlight: compared }, report: lines.join('\n') };
}
