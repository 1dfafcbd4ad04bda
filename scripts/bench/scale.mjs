// Scale test: the real pages plus N generated ones, built in a temporary copy of the project (never
// in content/), to see how build time and search-index size grow with the site.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readManifest } from '../../src/features/chrome/built-site.mjs';
import { timedBuild } from './build.mjs';
import { indexDataSize } from './sizes.mjs';

const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'bench-results', '.tmp']);

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

/**
 * @typedef {{ extraPages: number, pages: number, build: { seconds: number, cpuSeconds: number | null }[], indexBytes: number }} ScaleRun
 */

/**
 * @param {string} root the project
 * @param {number} extra pages to add
 * @returns {ScaleRun}
 */
export function scaleRun(root, extra) {
  const dir = mkdtempSync(join(tmpdir(), `bench-scale-${extra}-`));
  try {
    cpSync(root, dir, { recursive: true, filter: (src) => !SKIP.has(src.slice(root.length + 1).split('/')[0] ?? '') });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const out = join(dir, 'content', 'pages', 'bench-generated');
    mkdirSync(out, { recursive: true });
    for (const [file, source] of generatedPages(root, extra)) writeFileSync(join(out, file), source);
    const build = timedBuild(dir);
    const pages = readManifest(join(dir, 'dist')).pages.length;
    return { extraPages: extra, pages, build: build.map(({ output: _output, ...step }) => step), indexBytes: indexDataSize(join(dir, 'dist', 'pagefind')) };
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
  const total = (run, key) => run.build.reduce((sum, step) => sum + (step[key] ?? 0), 0);
  const first = runs[0];
  return runs.map((run) => {
    const cpuSeconds = total(run, 'cpuSeconds');
    return {
      extraPages: run.extraPages,
      pages: run.pages,
      seconds: total(run, 'seconds'),
      cpuSeconds,
      cpuMsPerPage: (cpuSeconds / run.pages) * 1000,
      marginalCpuMsPerPage: run === first || !first ? null : ((cpuSeconds - total(first, 'cpuSeconds')) / (run.pages - first.pages)) * 1000,
      indexBytes: run.indexBytes,
    };
  });
}

/**
 * @typedef {ReturnType<typeof scaleFigures>[number]} ScaleFigure
 */

/**
 * Our scale figures beside Starlight's for the same extra pages: wall and CPU seconds of each build, CPU
 * milliseconds per added page, and at the largest run both ratios (ours ÷ Starlight: at most 1 when
 * our build costs no more than Starlight's on the same content).
 * @param {ScaleFigure[]} ours
 * @param {ScaleFigure[]} starlight
 */
export function scaleComparison(ours, starlight) {
  const rows = ours.flatMap((our) => {
    const their = starlight.find((s) => s.extraPages === our.extraPages);
    return their
      ? [
          {
            extraPages: our.extraPages,
            pages: our.pages,
            starlightPages: their.pages,
            seconds: our.seconds,
            starlightSeconds: their.seconds,
            cpuSeconds: our.cpuSeconds,
            starlightCpuSeconds: their.cpuSeconds,
            marginalCpuMsPerPage: our.marginalCpuMsPerPage,
            starlightMarginalCpuMsPerPage: their.marginalCpuMsPerPage,
          },
        ]
      : [];
  });
  const largest = rows.at(-1);
  const ratio = (a, b) => (a === null || b === null || b <= 0 ? null : a / b);
  return {
    rows,
    largest:
      largest && largest.extraPages > 0
        ? {
            extraPages: largest.extraPages,
            seconds: largest.seconds,
            starlightSeconds: largest.starlightSeconds,
            cpuSeconds: largest.cpuSeconds,
            starlightCpuSeconds: largest.starlightCpuSeconds,
            wallRatio: ratio(largest.seconds, largest.starlightSeconds),
            cpuRatio: ratio(largest.cpuSeconds, largest.starlightCpuSeconds),
            perAddedPageRatio: ratio(largest.marginalCpuMsPerPage, largest.starlightMarginalCpuMsPerPage),
          }
        : null,
  };
}
