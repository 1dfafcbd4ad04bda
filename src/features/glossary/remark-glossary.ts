/**
 * Marks the first use of each glossary term on a page (GlossaryTerm shows its definition in place), and marks the first
 * use of each abbreviation with <abbr>, adding the words in full when the page has not yet used
 * them (WCAG 3.1.4, Abbreviations). Editors only maintain content/glossary.yaml.
 *
 * Headings, links, code and the attributes of components are left alone: a link inside a heading
 * or inside another link would be confusing to read and invalid HTML.
 *
 * The plugin reads the whole page first (Sätteri's nodes are read-only), works out the new children
 * of each node whose text gains a term, and hands only those lists back to Sätteri.
 */
import type { Parent, PhrasingContent, RootContent, Text } from 'mdast';
import { defineMdastPlugin, type MdastTarget, type MdxJsxTextElement } from 'satteri';
import { readGlossaryIn } from './entries';
import { readFileSync } from 'node:fs';
import { DEFAULT_LOCALE, localeOfContentFile, type Locale } from '../../shared/paths.ts';
import type { GlossaryEntryData } from './schema';
import { frontmatterOf, hasAttribute, isJsxElement, pageFile } from '../../shared/mdx-plugin';
import { setPageData } from '../../shared/page-data';

const SKIPPED_NODES = new Set([
  'heading',
  'link',
  'linkReference',
  'code',
  'inlineCode',
  'definition',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);
/** Components whose content is not running text. */
const SKIPPED_COMPONENTS = new Set(['Cite', 'GlossaryTerm']);

interface Form {
  entry: GlossaryEntryData;
  kind: 'term' | 'abbr';
  /** The form as a whole word: what a match is (the tests run it; the plugin runs `scan`, which finds the same). */
  pattern: RegExp;
  /**
   * Letters every match contains, as they appear in the text lower-cased (terms) or as written
   * (abbreviations): a text without them cannot match, which is far cheaper to find out than
   * running the pattern. Undefined when that cannot be promised (letters beyond ASCII).
   */
  needle: string | undefined;
  /**
   * The needle lower-cased when it is a whole word as the patterns bound it (letters, digits and
   * hyphens only): then a match means the text holds it as a word, which a set of the text's words
   * answers at once instead of a search of the text per form.
   */
  word: string | undefined;
  /**
   * The pattern without its look-behind and look-ahead, with the g flag: earliestMatch checks the
   * neighbours of each place it finds instead. A letter or digit class (\p{L}) makes a pattern
   * costly to compile, about 1 ms each, a second or so for both glossaries' forms in every build.
   */
  scan: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words only: "MSC" must not match inside "MSCs-based" or "hMSC". */
const wordPattern = (text: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${text}(?![\\p{L}\\p{N}-])`, `${flags}u`);
/**
 * The characters wordPattern's [\p{L}\p{N}-] matches: case-sensitively, and case-insensitively,
 * where the class also takes in U+0345 (a combining mark that case-folds to the Greek letter iota).
 */
export const WORD_CHARACTER = { abbr: /[\p{L}\p{N}-]/u, term: /[\p{L}\p{N}\u0345-]/u } as const;
/** The first word of a form, if plain ASCII: beyond it, case-insensitive matching follows Unicode's case folding, which lower-casing does not mirror. */
const needleOf = (word: string) => {
  const first = word.split(' ')[0]!;
  return /^[\x21-\x7e]+$/.test(first) ? first : undefined;
};

/** What the patterns take as a word: they match only where no letter, digit or hyphen adjoins. */
const WORD_SEPARATORS = /[^\p{L}\p{N}-]+/u;
const wordOf = (needle: string | undefined) => (needle && /^[a-z0-9-]+$/i.test(needle) ? needle.toLowerCase() : undefined);

export function formsOf(entry: GlossaryEntryData): Form[] {
  const forms: Form[] = [];
  const words = [entry.term, entry.plural ?? `${entry.term}s`, ...(entry.aliases ?? [])];
  for (const word of words) {
    const needle = needleOf(word)?.toLowerCase();
    const pattern = wordPattern(escape(word).replace(/ /g, '[\\s\\u00a0]+'), 'i');
    forms.push({ entry, kind: 'term', pattern, needle, word: wordOf(needle), scan: new RegExp(escape(word).replace(/ /g, '[\\s\\u00a0]+'), 'giu') });
  }
  // Abbreviations are matched case-sensitively ("LN", not "ln"), with an optional plural s.
  if (entry.abbr) {
    const needle = needleOf(entry.abbr);
    const pattern = wordPattern(`${escape(entry.abbr)}s?`, '');
    forms.push({ entry, kind: 'abbr', pattern, needle, word: wordOf(needle), scan: new RegExp(`${escape(entry.abbr)}s?`, 'gu') });
  }
  return forms;
}

interface Match {
  form: Form;
  index: number;
  text: string;
  /** The writer already spelt the abbreviation out in brackets right after it: "NIAID (National Institute…)". */
  spelledOutAfter?: boolean;
}

/** The glossary's patterns, compiled once per version of glossary.yaml. */
const compiled = new WeakMap<readonly GlossaryEntryData[], Form[]>();
function glossaryForms(locale: Locale): Form[] {
  const entries = readGlossaryIn(locale);
  let forms = compiled.get(entries);
  if (!forms) compiled.set(entries, (forms = entries.flatMap(formsOf)));
  return forms;
}

/**
 * Characters that case-insensitive matching equates with an ASCII letter although lower-casing
 * does not turn them into it: the long s (ſ, matched by "s") and the Kelvin sign (matched by "k").
 * A text with one of them is searched with every pattern, needle or not.
 */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/** The character (code point) that ends just before `index`, as a look-behind reads it; '' at the start. */
function characterBefore(value: string, index: number): string {
  if (index === 0) return '';
  const last = value.charCodeAt(index - 1);
  const first = index >= 2 ? value.charCodeAt(index - 2) : 0;
  return last >= 0xdc00 && last <= 0xdfff && first >= 0xd800 && first <= 0xdbff ? value.slice(index - 2, index) : value[index - 1]!;
}

/** The character (code point) that starts at `index`, as a look-ahead reads it; '' at the end. */
const characterAt = (value: string, index: number): string => (index < value.length ? String.fromCodePoint(value.codePointAt(index)!) : '');

/** The first place from `start` where `form.scan` matches with no letter, digit or hyphen beside it: where `form.pattern` matches. */
function firstWholeMatch(form: Form, value: string, start: number): RegExpExecArray | null {
  const { scan } = form;
  const wordCharacter = WORD_CHARACTER[form.kind];
  scan.lastIndex = start;
  for (let found = scan.exec(value); found; found = scan.exec(value)) {
    const end = found.index + found[0].length;
    if (!wordCharacter.test(characterBefore(value, found.index)) && !wordCharacter.test(characterAt(value, end))) return found;
    // A form's other matches start with the same word, so none can start inside this one's first character.
    scan.lastIndex = found.index + characterAt(value, found.index).length;
  }
  return null;
}

/**
 * The earliest match of the forms `isPending` accepts; at the same position, the longest (so
 * "lupus nephritis" beats "lupus"), and of equally long ones the first. A form whose needle is
 * not in the text is passed over without running its pattern: most texts hold no glossary word.
 */
export function earliestMatch(forms: readonly Form[], value: string, isPending: (form: Form) => boolean = () => true): Match | undefined {
  const lowered = FOLDS_TO_ASCII.test(value) ? undefined : value.toLowerCase();
  // The text's words, lower-cased: a form whose first word is not among them cannot match (an
  // abbreviation may carry a plural s). Looked up once per form, where a search would scan the text.
  const words = lowered === undefined ? undefined : new Set(lowered.split(WORD_SEPARATORS));
  let best: Match | undefined;
  for (const form of forms) {
    if (!isPending(form)) continue;
    if (words !== undefined && form.word !== undefined && !words.has(form.word) && !(form.kind === 'abbr' && words.has(`${form.word}s`))) continue;
    // A match starts with the needle, so the search starts where the needle first appears: the
    // pattern's look-behind is slow to try at every place before it. Lower-casing must have kept
    // every character in its place (it lengthens "İ") for the lower-cased text's index to hold.
    let start = 0;
    if (form.needle !== undefined && lowered !== undefined) {
      const index =
        form.kind === 'term'
          ? lowered.length === value.length
            ? lowered.indexOf(form.needle)
            : lowered.includes(form.needle)
              ? 0
              : -1
          : value.indexOf(form.needle);
      if (index < 0) continue;
      start = index;
    }
    const found = firstWholeMatch(form, value, start);
    if (!found) continue;
    if (!best || found.index < best.index || (found.index === best.index && found[0].length > best.text.length)) {
      best = { form, index: found.index, text: found[0] };
    }
  }
  return best;
}

/** Punctuation that closes a phrase, which a line must not start with: kept with the term before it. */
const LEADING_PUNCTUATION = /^[.,;:!?)\]’”'"…]+/;

/** The children of each node the plugin changes, as they will be: unchanged nodes keep their place. */
type NewChildren = Map<Parent, RootContent[]>;
const childrenOf = (parent: Parent, changed: NewChildren): RootContent[] => changed.get(parent) ?? (parent.children as RootContent[]);

/**
 * A term is drawn as a button, which the browser lays out as one block in the line: a line may
 * break after it even with no space, so a citation marker right after a term could start a line
 * of its own, and so could the punctuation right after a term ("lupus," with the comma alone at the
 * start of the next line). The term and its marker, or the term and that punctuation, are wrapped
 * together in a span that does not break.
 */
function keepMarkersWithTerms(root: Parent, changed: NewChildren): void {
  const visitParent = (parent: Parent) => {
    const children = [...childrenOf(parent, changed)];
    let wrapped = false;
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      // A term followed by its words in full ("LN (lupus nephritis)") ends in text, which the
      // marker's word joiner already holds on to; wrapping it would stop the words wrapping.
      const isTerm = isJsxElement(child, 'GlossaryTerm') && child.type === 'mdxJsxTextElement';
      if (isTerm && !hasAttribute(child, 'expand') && isJsxElement(children[index + 1], 'Cite')) {
        const together: MdxJsxTextElement = {
          type: 'mdxJsxTextElement',
          name: 'span',
          attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: 'keep-together' }],
          children: [child, children[index + 1] as MdxJsxTextElement],
        };
        children.splice(index, 2, together);
        wrapped = true;
      } else if (isTerm && !hasAttribute(child, 'expand') && children[index + 1]?.type === 'text') {
        const next = children[index + 1] as Text;
        const punctuation = LEADING_PUNCTUATION.exec(next.value)?.[0];
        if (!punctuation) continue;
        const together: MdxJsxTextElement = {
          type: 'mdxJsxTextElement',
          name: 'span',
          attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: 'keep-together' }],
          children: [child, { type: 'text', value: punctuation }],
        };
        const rest = next.value.slice(punctuation.length);
        children.splice(index, 2, together, ...(rest ? [{ type: 'text' as const, value: rest }] : []));
        wrapped = true;
      } else if ('children' in child) {
        visitParent(child);
      }
    }
    if (wrapped) changed.set(parent, children);
  };
  visitParent(root);
}

/**
 * A translation takes `glossary` from its English page (the contract: not repeated), so a page the
 * English marks `glossary: false` (the one-sheet questions list) stays without terms in every language.
 */
const englishGlossaryOff = new Map<string, boolean>();
function glossaryOffInEnglish(file: string, locale: Locale): boolean {
  const english = file.replace(`/content/${locale}/pages/`, '/content/pages/');
  let off = englishGlossaryOff.get(english);
  if (off === undefined) {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(english, 'utf8'))?.[1] ?? '';
    off = /^glossary:\s*false\s*$/m.test(frontmatter);
    englishGlossaryOff.set(english, off);
  }
  return off;
}

export function remarkGlossary() {
  return () =>
    defineMdastPlugin({
      name: 'glossary',
      before(tree, ctx) {
        if (frontmatterOf(ctx).glossary === false) return;
        const locale = localeOfContentFile(pageFile(ctx));
        if (locale !== DEFAULT_LOCALE && glossaryOffInEnglish(pageFile(ctx), locale)) return;

        // A translation marks the terms of its own language's glossary (content/es/glossary.yaml).
        const forms = glossaryForms(locale);
        const linked = new Set<string>(); // entries already linked on this page
        const termSeen = new Set<string>(); // entries whose words in full already appeared
        const abbrSeen = new Set<string>(); // entries whose abbreviation already appeared
        const changed: NewChildren = new Map();

        const isPending = (form: Form) => (form.kind === 'term' ? !linked.has(form.entry.id) : !abbrSeen.has(form.entry.id));

        /** The earliest match in the text; at the same position, the longest (so "lupus nephritis" beats "lupus"). */
        const firstMatch = (value: string): Match | undefined => earliestMatch(forms, value, isPending);

        const termNode = (match: Match): MdxJsxTextElement => {
          const { entry, kind } = match.form;
          const attributes: MdxJsxTextElement['attributes'] = [{ type: 'mdxJsxAttribute', name: 'id', value: entry.id }];
          if (kind === 'abbr') {
            const plural = match.text.length > entry.abbr!.length;
            attributes.push({ type: 'mdxJsxAttribute', name: 'abbr', value: plural ? (entry.plural ?? `${entry.term}s`) : entry.term });
            if (!termSeen.has(entry.id) && !match.spelledOutAfter) attributes.push({ type: 'mdxJsxAttribute', name: 'expand', value: null });
            if (linked.has(entry.id)) attributes.push({ type: 'mdxJsxAttribute', name: 'unlinked', value: null });
            abbrSeen.add(entry.id);
          } else {
            termSeen.add(entry.id);
          }
          linked.add(entry.id);
          return { type: 'mdxJsxTextElement', name: 'GlossaryTerm', attributes, children: [{ type: 'text', value: match.text }] };
        };

        /** Split one text node into text and term elements, or undefined when it holds no term. */
        const splitText = (node: Text): PhrasingContent[] | undefined => {
          const out: PhrasingContent[] = [];
          let rest = node.value;
          for (let match = firstMatch(rest); match; match = firstMatch(rest)) {
            const after = rest.slice(match.index + match.text.length);
            match.spelledOutAfter = match.form.kind === 'abbr' && /^\s*\(/.test(after);
            if (match.index > 0) out.push({ type: 'text', value: rest.slice(0, match.index) });
            out.push(termNode(match));
            rest = rest.slice(match.index + match.text.length);
          }
          if (!out.length) return undefined;
          if (rest) out.push({ type: 'text', value: rest });
          return out;
        };

        const walk = (parent: Parent) => {
          const children: RootContent[] = [];
          let split = false;
          for (const child of parent.children as RootContent[]) {
            if (child.type === 'text') {
              const parts = splitText(child);
              children.push(...(parts ?? [child]));
              split ||= parts !== undefined;
              continue;
            }
            const isSkippedComponent = isJsxElement(child) && SKIPPED_COMPONENTS.has(child.name ?? '');
            if (!SKIPPED_NODES.has(child.type) && !isSkippedComponent && 'children' in child) walk(child);
            children.push(child);
          }
          if (split) changed.set(parent, children);
        };
        walk(tree);
        keepMarkersWithTerms(tree, changed);
        for (const [parent, children] of changed) ctx.setProperty(parent as MdastTarget, 'children', children);
        // The terms explained on this page, in order of first use: printed as a short word list.
        setPageData(ctx.data, { glossaryTerms: [...linked] });
      },
    });
}
