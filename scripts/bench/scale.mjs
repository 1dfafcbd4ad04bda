// Scale test: the real pages plus N generated ones, built in a temporary copy of the project (never
// in content/), to see how build time and search-index size grow with the site.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { timedBuild } from './build.mjs';
import { indexDataSize } from './sizes.mjs';

const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'bench-results', '.tmp']);

/** A page of ordinary length (~600 words), with headings, a list, a citation and glossary words. */
function generatedPage(index, sourceId) {
  const n = String(index).padStart(4, '0');
  const paragraph = `This generated paragraph ${n} talks about lupus, stromal cells and the kidneys in plain words, so the search index and the glossary linker have realistic work to do. It repeats the kind of sentence a health page has: what a test measures, what a treatment aims to do, and what a reader may want to ask their care team <Cite id="${sourceId}" />.`;
  const section = (title) => `## ${title} ${n}\n\n${paragraph}\n\n${paragraph}\n\n- A first point about ${title.toLowerCase()}\n- A second point about ${title.toLowerCase()}\n`;
  return `---
title: "Generated page ${n}"
description: "A generated page for the scale benchmark, number ${n}."
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
 * @param {string} root the project
 * @param {number} extra pages to add
 * @returns {{ extraPages: number, build: { step: string, seconds: number }[], indexBytes: number }}
 */
export function scaleRun(root, extra) {
  const dir = mkdtempSync(join(tmpdir(), `bench-scale-${extra}-`));
  try {
    cpSync(root, dir, { recursive: true, filter: (src) => !SKIP.has(src.slice(root.length + 1).split('/')[0] ?? '') });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const sources = parse(readFileSync(join(root, 'content', 'sources.yaml'), 'utf8'));
    const out = join(dir, 'content', 'pages', 'bench-generated');
    mkdirSync(out, { recursive: true });
    for (let i = 1; i <= extra; i++) writeFileSync(join(out, `page-${String(i).padStart(4, '0')}.mdx`), generatedPage(i, sources[0].id));
    const build = timedBuild(dir);
    return { extraPages: extra, build, indexBytes: indexDataSize(join(dir, 'dist', 'pagefind')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
