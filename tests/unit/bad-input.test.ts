// The bad-input fixtures (tests/fixtures/bad-input/<case>/<case>.mdx), each checked the way the
// build checks a page: the frontmatter against the pages schema, the body through the site's
// remark and rehype plugins. Each must be refused with the message an editor sees; the valid
// control must pass both. tests/bad-input-fails-the-build.spec.ts proves once, end to end, that
// such a refusal stops `astro build` and names the file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collections } from '../../src/content.config';
import { compile } from './helpers/mdx';
import { schemaMessages } from './helpers/schema';

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

/** What the build says about a fixture: schema messages, then the plugins' message (if any). */
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

const CASES: { name: string; problem: string; message: string }[] = [
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
      'Content problem in tests/fixtures/bad-input/unknown-citation/unknown-citation.mdx: line 10: <Cite id="no-such-source"> refers to a source "no-such-source" that is not in content/sources.yaml. Check the spelling of the id, or add the source to content/sources.yaml.',
  },
  {
    name: 'image-without-alt',
    problem: 'an image without alt text',
    message:
      'Content problem in tests/fixtures/bad-input/image-without-alt/image-without-alt.mdx: line 12: the image "/favicon.svg" has no alt text. Describe what the image shows between the square brackets: ![what it shows](/favicon.svg)',
  },
  {
    name: 'broken-internal-link',
    problem: 'a link to a page that does not exist',
    message:
      'Content problem in tests/fixtures/bad-input/broken-internal-link/broken-internal-link.mdx: line 10: the link "/no-such-page/" does not match any page on this site. Check the spelling, or link to one of the pages in content/pages.',
  },
  {
    name: 'table-without-caption',
    problem: 'a table without a caption',
    message:
      'Content problem in tests/fixtures/bad-input/table-without-caption/table-without-caption.mdx: line 12: a table has no caption. Wrap it in <Table caption="What the table shows"> … </Table>, with a blank line before and after the table.',
  },
];

describe('bad input is refused with a message an editor can act on', () => {
  it('every fixture folder has a case here', () => {
    const folders = readdirSync(FIXTURES).filter((name) => name !== 'valid-control');
    expect(folders.sort()).toEqual(CASES.map((c) => c.name).sort());
  });

  it('the valid control passes the schema and the plugins (so each case fails for its own fault)', async () => {
    expect(await problemsWith('valid-control')).toEqual([]);
  });

  for (const c of CASES) {
    it(`${c.name}: ${c.problem} is refused and named`, async () => {
      expect(await problemsWith(c.name)).toEqual([c.message]);
    });
  }
});
