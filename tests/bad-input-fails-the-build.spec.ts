// Node-only tests: each drops one faulty page (or content file) into a throwaway copy of the project and proves that
// `astro build` refuses it, naming the file and the problem in words an editor can act on. The input that must
// build (a valid control page, an old trial record, a page past its review) shares one build, which must succeed,
// warn naming each problem, and tell readers.
import { test, expect } from './helpers/test.ts';
import { readFileSync, rmSync } from 'node:fs';
import { readManifest } from '../src/features/chrome/built-site.mjs';
import { basename, join } from 'node:path';
import { buildWithFixture as build, BUILD_TIMEOUT_MS, FIXTURES, SOURCES_FIXTURE } from './helpers/build-with-fixture.ts';

/** Builds a copy of the project with one case's fixture files (see tests/fixtures/bad-input/). */
const buildWithFixture = (caseName: string) => build(join(FIXTURES, 'bad-input', caseName));

/**
 * Cases whose full message, with its line number or entry, is checked by the unit layer
 * (tests/unit/bad-input.test.ts) without a build. Here two of the cases the unit layer also checks
 * are still built: unknown-citation, the end-to-end proof that a page problem stops `astro build`
 * naming the file and line, and source-without-date, the proof that a problem in a content file
 * (loaded with file()) stops it naming the entry, which its schema message alone does not.
 */
const PROVEN_BY_UNIT_TESTS = new Set([
  'missing-title',
  'description-too-long',
  'summary-missing',
  'summary-too-long',
  'summary-three-sentences',
  'review-dates-reversed',
  'image-without-alt',
  'broken-internal-link',
  'table-without-caption',
  'unknown-study-fact',
  'as-of-without-month',
  'study-cites-unknown-source',
  'source-without-identifier',
  'source-with-home-page-only',
  'malformed-trial',
  'malformed-update',
]);

/** mustSay always includes the fixture's first file name; for a sources fixture that is the sources list the error names. */
const CASES: { name: string; problem: string; mustSay: string[] }[] = [
  { name: 'missing-title', problem: 'frontmatter without a title', mustSay: ['title'] },
  { name: 'description-too-long', problem: 'a 200-character description', mustSay: ['description', '160'] },
  { name: 'summary-missing', problem: 'frontmatter without a summary', mustSay: ['summary', 'one or two plain sentences'] },
  { name: 'summary-too-long', problem: 'a summary over 220 characters', mustSay: ['summary', '220'] },
  { name: 'summary-three-sentences', problem: 'a summary of three sentences', mustSay: ['summary', '3 sentences', 'one or two'] },
  { name: 'review-dates-reversed', problem: 'nextReview before lastReviewed', mustSay: ['nextReview', 'after'] },
  { name: 'unknown-citation', problem: 'a citation of a source not in the list', mustSay: ['no-such-source', 'content/sources.yaml'] },
  { name: 'image-without-alt', problem: 'an image without alt text', mustSay: ['alt text'] },
  { name: 'broken-internal-link', problem: 'a link to a page that does not exist', mustSay: ['/no-such-page/', 'does not match any page'] },
  { name: 'table-without-caption', problem: 'a table without a caption', mustSay: ['caption'] },
  // A .yaml fixture replaces that file in content/: here, an evidence-table study citing a missing paper.
  { name: 'unknown-study-fact', problem: 'a figure quoted from a study not in the evidence data', mustSay: ['no-such-study', 'content/studies.yaml'] },
  { name: 'as-of-without-month', problem: 'a dated claim whose date is not a month', mustSay: ['<AsOf>', 'YYYY-MM'] },
  {
    name: 'study-cites-unknown-source',
    problem: 'a study in the evidence table citing a source not in the list',
    mustSay: ['study-citing-nothing', '"citation"', 'no-such-source', 'content/sources.yaml'],
  },
  {
    name: 'source-without-identifier',
    problem: 'a source with no DOI, PubMed ID, registry number or address',
    mustSay: ['source-without-identifier-example', 'way to find it'],
  },
  { name: 'source-with-home-page-only', problem: 'a source whose only address is a home page', mustSay: ['source-with-home-page-example', 'home page'] },
  { name: 'source-without-date', problem: 'a source without a publication date', mustSay: ['source-without-date-example', 'published'] },
  {
    name: 'malformed-trial',
    problem: 'a trial whose phase and checked date are not valid',
    mustSay: ['NCT09999999', '"phase" must be one of', '"checked" must be the date'],
  },
  {
    name: 'malformed-update',
    problem: 'an update whose kind is unknown and whose page is a full address',
    mustSay: ['entry 1', '"kind" must be one of', '"page" must be a path'],
  },
];

test.describe.configure({ timeout: 180_000 });

test.describe('bad input fails the build', () => {
  let dirs: string[] = [];
  test.afterEach(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    dirs = [];
  });

  for (const c of CASES.filter((c) => !PROVEN_BY_UNIT_TESTS.has(c.name))) {
    test(`${c.name}: ${c.problem} stops the build and is named`, async () => {
      const { code, output, dir, files } = await buildWithFixture(c.name);
      dirs.push(dir);
      expect(code, `astro build should fail for ${c.name}; output:\n${output}`).not.toBe(0);
      const lower = output.toLowerCase();
      const fileNamed = files[0]!.endsWith(SOURCES_FIXTURE) ? 'sources.yaml' : basename(files[0]!);
      for (const phrase of [fileNamed, ...c.mustSay]) {
        expect(lower.includes(phrase.toLowerCase()), `build output should contain "${phrase}"; output:\n${output}`).toBe(true);
      }
    });
  }
});

// One build for every input that must build: the valid control (proving the cases above fail for their
// own fault), a trial checked before the trials page was last reviewed, and a page past its next review.
// Each is a step with soft assertions, so one failing does not hide the others.
test('valid and out-of-date input builds: the valid control page is built, an old trial record and a page past its review each draw a warning naming them, and the overdue page tells readers', async () => {
  test.setTimeout(BUILD_TIMEOUT_MS + 10_000);
  const result = await build(['bad-input/valid-control', 'warn-input/stale-trial', 'dated-claims'].map((name) => join(FIXTURES, name)));
  try {
    expect(result.code, `astro build should succeed:\n${result.output}`).toBe(0);

    await test.step('the valid fixture page is built (control for the cases above)', () => {
      const built = readManifest(join(result.dir, 'dist')).pages.some((page) => page.kind === 'content' && page.title === 'Valid control page');
      expect.soft(built, 'the valid fixture page was built').toBe(true);
    });

    await test.step('a trial checked before the trials page was last reviewed draws a warning naming the page file and the trial', () => {
      const warning = result.output.split('\n').find((line) => line.includes('NCT09999998')) ?? '';
      for (const phrase of ['NCT09999998', 'content/pages/stromal-cell-therapy/trials-open-now.mdx', 'checked on 2020-01-01', 'lastReviewed']) {
        expect.soft(warning, `the warning naming the trial; output:\n${result.output}`).toContain(phrase);
      }
    });

    // The "as of" and overdue rules (src/features/review/review.ts) are unit tests. Whether the site's own
    // pages are overdue depends on the calendar, so it is a build warning, proven here on a fixture, not a
    // live assertion that would fail on a date.
    await test.step('a page past its next review warns naming the page and its stale claim, and tells readers', () => {
      expect.soft(result.output).toMatch(/overdue for review[\s\S]*content\/pages\/overdue-review-fixture\.mdx \(next review was due 2025-01-10\)/);
      // Only the claim dated before the last review (2024-01-10) warns, with its line.
      expect.soft(result.output).toMatch(/overdue-review-fixture\.mdx: line \d+: <AsOf date="2023-12"> is older than the page's last review/);
      expect.soft(result.output).not.toContain('<AsOf date="2024-01"> is older');
      const html = readFileSync(join(result.dir, 'dist', 'overdue-review-fixture', 'index.html'), 'utf8');
      expect.soft(html).toMatch(/class="review-overdue"[^>]*>\s*<strong>Review overdue:<\/strong>/);
      expect.soft(html).toContain('<time datetime="2025-01-10">10 January 2025</time>');
    });

    // Which translations are behind is a unit test (src/features/i18n/translations.test.ts); here, the wiring.
    await test.step('a translation older than its English page is listed by the build and tells readers, linking to the English page', () => {
      expect
        .soft(result.output)
        .toContain(
          'content/es/pages/overdue-review-fixture.mdx: translates the English page as reviewed on 2023-06-01, but content/pages/overdue-review-fixture.mdx was reviewed again on 2024-01-10',
        );
      const html = readFileSync(join(result.dir, 'dist', 'es', 'overdue-review-fixture', 'index.html'), 'utf8');
      expect
        .soft(html)
        .toMatch(
          /class="translation-notice"[^>]*>La versión en inglés de esta página se actualizó el 10 de enero de 2024\. <a href="\/overdue-review-fixture\/" hreflang="en"[^>]*>Puede leerla aquí\.<\/a>/,
        );
    });

    await test.step('a Spanish page marks the terms of content/es/glossary.yaml, each explained in Spanish with its English term, and /es/glossary/ lists them', () => {
      const page = readFileSync(join(result.dir, 'dist', 'es', 'overdue-review-fixture', 'index.html'), 'utf8');
      expect.soft(page).toMatch(/La <button[^>]*class="glossary-term"[^>]*>nefritis lúpica/);
      expect.soft(page).toContain('Inflamación y daño de los riñones causados por el lupus.');
      expect.soft(page).toMatch(/En inglés: <span lang="en">lupus nephritis \(LN\)<\/span>/);
      const glossary = readFileSync(join(result.dir, 'dist', 'es', 'glossary', 'index.html'), 'utf8');
      expect.soft(glossary).toMatch(/id="lupus-nephritis"[\s\S]*nefritis lúpica[\s\S]*<span lang="en">lupus nephritis \(LN\)<\/span>/);
    });
  } finally {
    rmSync(result.dir, { recursive: true, force: true });
  }
});
