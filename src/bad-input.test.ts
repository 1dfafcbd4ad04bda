// The bad-input fixtures (tests/fixtures/bad-input/<case>/), each checked the way the build checks
// it: a page's frontmatter against the pages schema and its body through the site's remark and
// rehype plugins; a content file's entries (sources, studies, trials) against their collection's
// schema. Each must be refused with the message an editor sees; the valid control must pass.
// tests/bad-input-fails-the-build.spec.ts proves end to end, once for a page (unknown-citation) and
// once for a content file (source-without-date), that such a refusal stops `astro build` and that
// the build names the file, line or entry.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collections } from './content.config';
import { parseContentYaml } from './shared/content-files';
import { parseUpdatesYaml } from './features/review/updates';
import { compile } from './shared/testing/mdx';
import { schemaMessages } from './shared/testing/schema';

const FIXTURES = join('tests', 'fixtures', 'bad-input');

/** Frontmatter parsed as Astro parses it (YAML dates become Date), and the body on its own lines. */
function readFixture(name: string): { path: string; frontmatter: Record<string, unknown>; body: string } {
  const path = join(FIXTURES, name, `${name}.mdx`);
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${path} has no frontmatter`);
  // The body keeps its line numbers: the frontmatter becomes blank lines, as in Astro's MDX loader.
  const body = '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length);
  return { path, frontmatter: parse(match[1]!, { schema: 'yaml-1.1' }) as Record<string, unknown>, body };
}

/** What the build says about a page fixture: schema messages, then the plugins' message (if any). */
async function problemsWith(name: string): Promise<string[]> {
  const { path, frontmatter, body } = readFixture(name);
  const problems = schemaMessages(collections.pages, frontmatter);
  try {
    await compile(body, { path, frontmatter });
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}

/**
 * A content-file fixture (tests/helpers/build-with-fixture.ts: `<case>.sources.yaml` is added to
 * content/sources.yaml, any other `<name>.yaml` replaces content/<name>.yaml), each entry checked
 * against its collection's schema as Astro's file() loader does. Messages are "entry id › field: message".
 */
function entryProblemsWith(name: string): string[] {
  const folder = join(FIXTURES, name);
  const problems: string[] = [];
  for (const fileName of readdirSync(folder)) {
    const collection = fileName.endsWith('.sources.yaml') ? 'sources' : (fileName.replace(/\.yaml$/, '') as keyof typeof collections);
    // Updates get their ids ("entry 1") from their place in the file, as the collection's loader gives them.
    const parseFile = collection === 'updates' ? parseUpdatesYaml : parseContentYaml;
    const entries = parseFile(readFileSync(join(folder, fileName), 'utf8')) as { id: string }[];
    for (const entry of entries) problems.push(...schemaMessages(collections[collection], entry).map((message) => `${entry.id} › ${message}`));
  }
  return problems;
}

const PAGE_CASES: { name: string; problem: string; message: string }[] = [
  {
    name: 'missing-title',
    problem: 'frontmatter without a title',
    message: 'title: "title" is missing or is not text: give the page a title; it becomes the heading at the top of the page',
  },
  {
    name: 'description-too-long',
    problem: 'a 200-character description',
    message: 'description: "description" is 200 characters long; keep it to 160 characters or fewer so search results show it whole',
  },
  {
    name: 'review-dates-reversed',
    problem: 'nextReview before lastReviewed',
    message: 'nextReview: "nextReview" (2025-11-22) must come after "lastReviewed" (2026-11-22)',
  },
  {
    name: 'unknown-citation',
    problem: 'a citation of a source not in the list',
    message:
      'Content problem in tests/fixtures/bad-input/unknown-citation/unknown-citation.mdx: line 11: <Cite id="no-such-source"> refers to a source "no-such-source" that is not in content/sources.yaml. Check the spelling of the id, or add the source to content/sources.yaml.',
  },
  {
    name: 'image-without-alt',
    problem: 'an image without alt text',
    message:
      'Content problem in tests/fixtures/bad-input/image-without-alt/image-without-alt.mdx: line 13: the image "/favicon.svg" has no alt text. Describe what the image shows between the square brackets: ![what it shows](/favicon.svg)',
  },
  {
    name: 'broken-internal-link',
    problem: 'a link to a page that does not exist',
    message:
      'Content problem in tests/fixtures/bad-input/broken-internal-link/broken-internal-link.mdx: line 11: the link "/no-such-page/" does not match any page on this site. Check the spelling, or link to one of the pages in content/pages.',
  },
  {
    name: 'table-without-caption',
    problem: 'a table without a caption',
    message:
      'Content problem in tests/fixtures/bad-input/table-without-caption/table-without-caption.mdx: line 13: a table has no caption. Wrap it in <Table caption="What the table shows"> … </Table>, with a blank line before and after the table.',
  },
  {
    name: 'summary-missing',
    problem: 'frontmatter without a summary',
    message:
      'summary: "summary" is missing or is not text: write one or two plain sentences that answer the reader\'s main question; they are shown under the heading',
  },
  {
    name: 'summary-too-long',
    problem: 'a summary over 220 characters',
    message: 'summary: "summary" is 251 characters long; keep it to 220 characters or fewer (one or two short sentences) so it fits on a phone\'s first screen',
  },
  {
    name: 'summary-three-sentences',
    problem: 'a summary of three sentences',
    message: 'summary: "summary" has 3 sentences; use one or two, and move the rest into the page',
  },
  {
    name: 'as-of-without-month',
    problem: 'a dated claim whose date is not a month',
    message:
      'Content problem in tests/fixtures/bad-input/as-of-without-month/as-of-without-month.mdx: line 11: <AsOf> needs the month the claim was last checked, written as date="YYYY-MM", for example <AsOf date="2026-11" />.',
  },
  {
    name: 'unknown-study-fact',
    problem: 'a figure quoted from a study not in the evidence data',
    message:
      'Content problem in tests/fixtures/bad-input/unknown-study-fact/unknown-study-fact.mdx: line 11: <StudyFact study="no-such-study"> refers to a study that is not in content/studies.yaml. Check the spelling of the id.',
  },
];

/** Content-file cases: every problem, as "entry id › field: message". */
const ENTRY_CASES: { name: string; problem: string; messages: string[] }[] = [
  {
    name: 'source-without-identifier',
    problem: 'a source with no DOI, PubMed ID, registry number or address',
    messages: [
      'source-without-identifier-example › url: source "source-without-identifier-example" needs a way to find it: "doi", "pmid", "registry", or "url" with the address of the source itself (not a home page)',
    ],
  },
  {
    name: 'source-with-home-page-only',
    problem: 'a source whose only address is a home page',
    messages: [
      'source-with-home-page-example › url: source "source-with-home-page-example" has only "url" https://example.org/, which is a home page; give the address of the source itself, or its "doi", "pmid" or "registry"',
    ],
  },
  {
    name: 'source-without-date',
    problem: 'a source without a publication date',
    messages: ['source-without-date-example › published: "published" must be YYYY, YYYY-MM, YYYY-MM-DD (in quotes) or the word undated'],
  },
  {
    name: 'study-cites-unknown-source',
    problem: 'a study in the evidence table citing a source not in the list',
    messages: [
      'study-citing-nothing › citation: study "study-citing-nothing" in content/studies.yaml: "citation" is "no-such-source", which is not a source in content/sources.yaml. Check the spelling of the id, or add the paper to content/sources.yaml.',
    ],
  },
  {
    name: 'malformed-trial',
    problem: 'a trial whose phase and checked date are not valid',
    messages: [
      'NCT09999999 › phase: "phase" must be one of: Phase I, Phase I/II, Phase II, Phase III, Phase IV',
      'NCT09999999 › checked: "checked" must be the date you read the registry record: write it as YYYY-MM-DD, for example 2026-11-22',
    ],
  },
  {
    name: 'malformed-update',
    problem: 'an update whose kind is unknown and whose page is a full address',
    messages: [
      'entry 1 › kind: "kind" must be one of: new-page, trial-status, results-check, change',
      'entry 1 › page: "page" must be a path from the site root with a final slash, for example /trial-history/phase-2-misle-trial/ (no domain)',
    ],
  },
];

describe('bad input is refused with a message an editor can act on', () => {
  it('every fixture folder has a case here', () => {
    const folders = readdirSync(FIXTURES).filter((name) => name !== 'valid-control');
    expect(folders.sort()).toEqual([...PAGE_CASES, ...ENTRY_CASES].map((c) => c.name).sort());
  });

  it('the valid control passes the schema and the plugins (so each case fails for its own fault)', async () => {
    expect(await problemsWith('valid-control')).toEqual([]);
  });

  for (const c of PAGE_CASES) {
    it(`${c.name}: ${c.problem} is refused and named`, async () => {
      expect(await problemsWith(c.name)).toEqual([c.message]);
    });
  }

  for (const c of ENTRY_CASES) {
    it(`${c.name}: ${c.problem} is refused, naming the entry and the field`, () => {
      expect(entryProblemsWith(c.name)).toEqual(c.messages);
    });
  }
});
