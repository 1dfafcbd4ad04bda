import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntryData } from './schema';
import { readPageData } from '../../shared/page-data';
import { earliestMatch, formsOf, WORD_CHARACTER } from './remark-glossary';
import { compile } from '../../shared/testing/mdx';
import { parseContentYaml } from '../../shared/content-files';

// A real source, whatever it is called today.
const [source] = (parseContentYaml(readFileSync('content/sources.yaml', 'utf8')) as { id: string }[]).map((s) => s.id);

/** The names of the JSX elements directly inside each span.keep-together, in document order. */
async function keptTogether(markdown: string): Promise<string[][]> {
  const { mdast } = await compile(markdown);
  const groups: string[][] = [];
  visit(mdast, (node) => {
    const element = node as MdxJsxTextElement;
    const isKeepTogether =
      element.type === 'mdxJsxTextElement' &&
      element.name === 'span' &&
      element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'class' && a.value === 'keep-together');
    if (isKeepTogether) groups.push(element.children.map((child) => (child as MdxJsxTextElement).name ?? child.type));
  });
  return groups;
}

interface Term {
  text: string;
  id: string;
  /** The words in full an <abbr> carries, when the term is an abbreviation. */
  abbr?: string;
  /** The words in full are added after the abbreviation. */
  expand?: true;
  /** Already linked earlier on the page: marked up, but not linked again. */
  unlinked?: true;
}

/** Every <GlossaryTerm> the plugin added, in document order. */
async function termsIn(source: string, frontmatter: Record<string, unknown> = {}): Promise<Term[]> {
  const { mdast } = await compile(source, { frontmatter });
  const terms: Term[] = [];
  visit(mdast, (node) => {
    const element = node as MdxJsxTextElement;
    if (element.type !== 'mdxJsxTextElement' || element.name !== 'GlossaryTerm') return;
    const attribute = (name: string) => element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
    const term: Term = { text: (element.children[0] as { value: string }).value, id: String(attribute('id')?.value) };
    if (attribute('abbr')) term.abbr = String(attribute('abbr')!.value);
    if (attribute('expand')) term.expand = true;
    if (attribute('unlinked')) term.unlinked = true;
    terms.push(term);
  });
  return terms;
}

describe('remarkGlossary', () => {
  it('links only the first use of a term on the page', async () => {
    expect(await termsIn('Lupus is common. Lupus again.\n\nAnd lupus once more.')).toEqual([{ text: 'Lupus', id: 'lupus' }]);
  });

  it('prefers the longest term at the same place: "lupus nephritis" rather than "lupus"', async () => {
    expect(await termsIn('People with lupus nephritis.')).toEqual([{ text: 'lupus nephritis', id: 'lupus-nephritis' }]);
  });

  it('spells an abbreviation out at its first use when the page has not used the words in full', async () => {
    expect(await termsIn('LN is common.')).toEqual([{ text: 'LN', id: 'lupus-nephritis', abbr: 'lupus nephritis', expand: true }]);
  });

  it('marks an abbreviation without spelling it out again once the words in full came first', async () => {
    expect(await termsIn('Lupus nephritis is common. LN needs care.')).toEqual([
      { text: 'Lupus nephritis', id: 'lupus-nephritis' },
      { text: 'LN', id: 'lupus-nephritis', abbr: 'lupus nephritis', unlinked: true },
    ]);
  });

  it('does not add the words in full when the writer put them in brackets right after', async () => {
    const [term] = await termsIn('SLE (systemic lupus erythematosus) varies.');
    expect(term).toEqual({ text: 'SLE', id: 'sle', abbr: 'systemic lupus erythematosus' });
  });

  it('reads a plural abbreviation with the plural words in full', async () => {
    const [term] = await termsIn('MSCs were given.');
    expect(term).toMatchObject({ text: 'MSCs', id: 'msc', abbr: 'mesenchymal stromal cells' });
  });

  it('matches whole words only, so an abbreviation inside another word is left alone', async () => {
    expect(await termsIn('hMSC and MSC-based and LNs-like.')).toEqual([]);
  });

  it('matches abbreviations case-sensitively', async () => {
    expect((await termsIn('the ln in kiln')).filter((t) => t.abbr)).toEqual([]);
  });

  it('leaves headings, links, code and existing glossary terms alone, and links the first use in running text', async () => {
    const terms = await termsIn('## Lupus\n\n[lupus](https://example.org) `lupus` <GlossaryTerm id="lupus">lupus</GlossaryTerm>\n\nThen lupus.');
    expect(terms).toEqual([
      { text: 'lupus', id: 'lupus' },
      { text: 'lupus', id: 'lupus' },
    ]);
  });

  it('links nothing on a page whose frontmatter says glossary: false', async () => {
    expect(await termsIn('Lupus and LN.', { glossary: false })).toEqual([]);
  });

  it('does not treat organisations as glossary terms (pages spell them out at first use)', async () => {
    expect(await termsIn('The FDA, the NIH, the CDC and MUSC.')).toEqual([]);
  });

  it('hands the layout the terms explained on the page, in order of first use, for the printed word list', async () => {
    const { file } = await compile('People with lupus nephritis. Lupus again. MSCs were given.');
    const frontmatter = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
    expect(readPageData(frontmatter).glossaryTerms).toEqual(['lupus-nephritis', 'lupus', 'msc']);
  });

  it('keeps a term and the citation marker right after it together, so the marker cannot start a line', async () => {
    expect(await keptTogether(`People with lupus <Cite id="${source}" /> often feel tired.`)).toEqual([['GlossaryTerm', 'Cite']]);
    // Nothing to wrap when a word, not a term, comes before the marker.
    expect(await keptTogether(`Many feel tired <Cite id="${source}" />.`)).toEqual([]);
  });

  it('keeps a term and the punctuation right after it together, so the punctuation cannot start a line', async () => {
    expect(await keptTogether('People with lupus, and their families.')).toEqual([['GlossaryTerm', 'text']]);
    const { mdast } = await compile('People with lupus, and their families.');
    let kept: string | undefined;
    visit(mdast, (node) => {
      const element = node as MdxJsxTextElement;
      if (element.type === 'mdxJsxTextElement' && element.name === 'span') kept = (element.children[1] as { value: string }).value;
    });
    expect(kept).toBe(',');
    // Nothing to wrap when a space, not punctuation, follows the term.
    expect(await keptTogether('People with lupus and their families.')).toEqual([]);
  });

  it('does not wrap an abbreviation spelt out after it, so the words in full can still wrap', async () => {
    expect(await keptTogether(`LN <Cite id="${source}" /> is common.`)).toEqual([]);
  });
});

describe('earliestMatch', () => {
  const forms = (parseContentYaml(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryEntryData[]).flatMap(formsOf);
  /** The plain way: every form's own pattern run on the text, the earliest match kept, the longest at the same place. */
  const everyPattern = (pending: typeof forms, value: string) => {
    let best: { id: string; index: number; text: string } | undefined;
    for (const form of pending) {
      const found = form.pattern.exec(value);
      if (found && (!best || found.index < best.index || (found.index === best.index && found[0].length > best.text.length)))
        best = { id: form.entry.id, index: found.index, text: found[0] };
    }
    return best;
  };
  const found = (pending: typeof forms, value: string) => {
    const match = earliestMatch(pending, value);
    return match && { id: match.form.entry.id, index: match.index, text: match.text };
  };
  const texts = [
    'Lupus nephritis (LN) is lupus in the kidneys; MSCs and an MSC-based stem cell infusion.',
    'No glossary word at all here.',
    'ln, lns and LNs; hMSC, MSCs-based; SLEDAI scores, SRI-4 and SLE.',
    'A DOUBLE-BLIND, randomised Phase II\u00a0trial against placebo, with adverse events.',
    'mesenchymal stem cells, then Mesenchymal Stromal Cells, then stromal.',
    // Letters that match "s" and "k" without lower-casing to them: the long s and the Kelvin sign.
    'Lupuſ, ſtromal and \u212aidney; İnfusion and ınfusion.',
    // Words beside punctuation, hyphens and numbers: a Phase 2 trial's SRI-4, SRI-4s, a flare-up, the flare's end (open-label).
    // Beside a combining mark that case-folds to a letter, astral letters and an emoji.
    'lupus\u0345 LN\u0345 \u{1D40B}upus \u{1D40B}lupus \u{1F600}lupus\u{1F600} LN\u{1D40B} LNs\u{1F600}',
    "A Phase\u00a02 trial's SRI-4 and SRI-4s; a flare-up, the flare's end, flared (open-label) and 'lupus'.",
  ];

  it('finds the same term at the same place as running every glossary pattern on the text', () => {
    // Every form, then every third, then every fifth: the pending sets a page passes through.
    for (const step of [1, 3, 5]) {
      const pending = forms.filter((_, position) => position % step === 0);
      for (const text of texts) {
        for (let from = 0; from < text.length; from += 5) expect(found(pending, text.slice(from))).toEqual(everyPattern(pending, text.slice(from)));
      }
    }
  });

  it("counts as word characters exactly what the patterns' letter, digit and hyphen class matches, in either case mode", () => {
    const [anyCase, sameCase] = [/[\p{L}\p{N}-]/iu, /[\p{L}\p{N}-]/u];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (WORD_CHARACTER.term.test(character) !== anyCase.test(character)) expect(code.toString(16)).toBe('a term word character');
      if (WORD_CHARACTER.abbr.test(character) !== sameCase.test(character)) expect(code.toString(16)).toBe('an abbreviation word character');
    }
  });

  it('still matches a term written with a long s, which lower-casing would not reveal', () => {
    expect(found(forms, 'ſtromal')).toEqual({ id: 'stromal', index: 0, text: 'ſtromal' });
  });

  it('skips the forms the page no longer looks for', () => {
    expect(earliestMatch(forms, 'lupus nephritis', (form) => form.entry.id !== 'lupus-nephritis')?.form.entry.id).toBe('lupus');
  });
});
