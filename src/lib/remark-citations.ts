/**
 * Numbers every <Cite id="…"/> on a page in order of first citation, checks each id exists in
 * content/sources.yaml, and hands the layout the ordered list it needs for the reference list.
 * An <EvidenceTable /> counts as citing the paper of each study it shows, row by row, so its
 * numbers and the reference list stay right wherever the table stands in the page.
 *
 * Numbering happens here, at compile time, rather than in the Cite component, because components
 * may render out of document order; the AST is the one place where "first citation" is certain.
 *
 * Two clean-ups come first, so that markers read quietly:
 * - Repeated citations collapse. Within one paragraph (or list item's paragraph, or table cell), a
 *   citation followed by the very same citation (the same set of sources), with no other citation
 *   between them, is dropped: the later one covers the sentences since the previous citation, as a
 *   reader expects. "A [3]. B [3]. C [3]." becomes "A. B. C [3]."; "A [3]. B [4]. C [3]." keeps all
 *   three, because dropping the first [3] would make [4] seem to support A. Numbering runs after
 *   this, so numbers still follow the order of first use in what the reader sees.
 * - The space before a marker goes: "took part <Cite …/>" is drawn "took part[3]", so the marker
 *   stays on the line of the word it belongs to (Cite.astro adds a word joiner as well).
 */
import type { Parent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, atLine } from './content-errors';
import { readSourceIds, readStudies } from './content-files';
import { setPageData, type CitedSource } from './page-data';
import { STUDY_CONDITIONS, isStudyCondition, selectStudies } from './studies';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const isCite = (node: unknown): node is JsxElement => {
  const element = node as JsxElement;
  return (element.type === 'mdxJsxTextElement' || element.type === 'mdxJsxFlowElement') && element.name === 'Cite';
};

/** The source ids a <Cite> names, or undefined when its id is missing or not plain text. */
function citedIds(element: JsxElement): string[] | undefined {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  if (!attribute || typeof attribute.value !== 'string') return undefined;
  const ids = attribute.value.split(/[\s,]+/).filter(Boolean);
  return ids.length ? ids : undefined;
}

/** Every <Cite> in a block of running text, in reading order, with the node that holds it. */
function citesIn(block: Parent): { cite: JsxElement; parent: Parent }[] {
  const found: { cite: JsxElement; parent: Parent }[] = [];
  visit(block, (node, _index, parent) => {
    if (isCite(node) && parent) found.push({ cite: node, parent });
  });
  return found;
}

/** Drops each citation that the next citation in the same block repeats exactly (see above). */
function collapseRepeats(tree: Root): void {
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'tableCell') return;
    const cites = citesIn(node);
    const keys = cites.map(({ cite }) => citedIds(cite)?.toSorted().join(' '));
    cites.forEach(({ cite, parent }, index) => {
      if (keys[index] === undefined || keys[index] !== keys[index + 1]) return;
      const at = parent.children.indexOf(cite as never);
      // "swollen <Cite/>." loses its marker and the space before it: "swollen."
      const before = parent.children[at - 1];
      if (before?.type === 'text') before.value = before.value.trimEnd();
      parent.children.splice(at, 1);
    });
    return SKIP;
  });
}

/** Removes the white space between a marker and the word before it. */
function attachToPreviousWord(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!isCite(node) || !parent || index === undefined || index === 0) return;
    const before = parent.children[index - 1];
    if (before?.type === 'text') before.value = before.value.trimEnd();
  });
}

export function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const known = readSourceIds();
    const numbers = new Map<string, CitedSource>();
    const problems: string[] = [];

    collapseRepeats(tree);
    attachToPreviousWord(tree);

    /** Numbers one citation of `id` and returns its "number:occurrence" anchor. */
    const cite = (id: string): string => {
      let cited = numbers.get(id);
      if (!cited) {
        cited = { id, number: numbers.size + 1, occurrences: 0 };
        numbers.set(id, cited);
      }
      cited.occurrences += 1;
      return `${cited.number}:${cited.occurrences}`;
    };

    visit(tree, (node) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      const element = node as JsxElement;
      if (element.name === 'EvidenceTable') {
        const condition = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'condition')?.value;
        if (condition !== undefined && condition !== null && (typeof condition !== 'string' || !isStudyCondition(condition))) {
          problems.push(atLine(element, `<EvidenceTable condition="…"> must be one of: ${STUDY_CONDITIONS.join(', ')}, or left out to show every study.`));
          return;
        }
        const rows: string[] = [];
        for (const study of selectStudies(readStudies(), condition ?? undefined)) {
          // The studies schema names the study and field; this names the page that shows it.
          if (!known.has(study.citation)) {
            problems.push(
              atLine(
                element,
                `<EvidenceTable> shows study "${study.id}", whose "citation" "${study.citation}" is not in content/sources.yaml. Fix the study in content/studies.yaml.`,
              ),
            );
            continue;
          }
          rows.push(`${study.id}=${cite(study.citation)}`);
        }
        element.attributes.push({ type: 'mdxJsxAttribute', name: 'citations', value: rows.join(' ') });
        return;
      }
      if (element.name !== 'Cite') return;

      const ids = citedIds(element);
      if (!ids) {
        problems.push(atLine(element, '<Cite> needs an id written as text, for example <Cite id="kamen-2022" />.'));
        return;
      }
      const anchors: string[] = [];
      for (const id of ids) {
        if (!known.has(id)) {
          problems.push(
            atLine(
              element,
              `<Cite id="${id}"> refers to a source "${id}" that is not in content/sources.yaml. Check the spelling of the id, or add the source to content/sources.yaml.`,
            ),
          );
          continue;
        }
        anchors.push(cite(id));
      }
      // The component renders from these; editors never write them.
      element.attributes.push({ type: 'mdxJsxAttribute', name: 'citations', value: anchors.join(' ') });
    });

    if (problems.length) throw new ContentError(file, problems);
    setPageData(file, { citations: [...numbers.values()] });
  };
}
