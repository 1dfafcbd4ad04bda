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
 *
 * The plugin reads the whole page first (Sätteri's nodes are read-only) and then makes its changes
 * through the context: cites dropped, text before a marker trimmed, numbers added as attributes.
 */
import type { Parent, Root, RootContent, Text } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { atLine } from '../../shared/content-errors';
import { readSourceIds } from '../../shared/content-files';
import { attributeOf, isJsxElement, refuseProblems, withAttribute, type JsxElement } from '../../shared/mdx-plugin';
import { setPageData, type CitedSource } from '../../shared/page-data';
import { STUDY_CONDITIONS, isStudyCondition, readStudies, selectStudies } from '../evidence/studies';

/** The source ids a <Cite> names, or undefined when its id is missing or not plain text. */
function citedIds(element: JsxElement): string[] | undefined {
  const value = attributeOf(element, 'id');
  if (typeof value !== 'string') return undefined;
  const ids = value.split(/[\s,]+/).filter(Boolean);
  return ids.length ? ids : undefined;
}

/**
 * Where in the source a <Cite> points (its `at`: "Table 2", "p. 4"), '' when it names no place, or
 * undefined when `at` is given but is not usable text.
 */
function pinpointOf(element: JsxElement): string | undefined {
  const value = attributeOf(element, 'at');
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return value.trim().replace(/\s+/g, ' ');
}

/** Every <Cite> in a block of running text, in reading order, with the node that holds it. */
function citesIn(block: Parent): { cite: JsxElement; parent: Parent }[] {
  const found: { cite: JsxElement; parent: Parent }[] = [];
  const walk = (parent: Parent) => {
    for (const child of parent.children as RootContent[]) {
      if (isJsxElement(child, 'Cite')) found.push({ cite: child, parent });
      else if ('children' in child) walk(child);
    }
  };
  walk(block);
  return found;
}

/** The paragraphs and table cells of the page, outermost first (a block is not searched inside another). */
function runningTextBlocks(tree: Root): Parent[] {
  const blocks: Parent[] = [];
  const walk = (parent: Parent) => {
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'paragraph' || child.type === 'tableCell') blocks.push(child);
      else if ('children' in child) walk(child);
    }
  };
  walk(tree);
  return blocks;
}

/** The page's edits, made on a read-only tree: what is dropped, and the new value of trimmed text. */
class Edits {
  readonly dropped = new Set<RootContent>();
  readonly text = new Map<Text, string>();

  /** The sibling before `node` that is still there. */
  previous(parent: Parent, node: RootContent): RootContent | undefined {
    const children = parent.children as RootContent[];
    for (let at = children.indexOf(node) - 1; at >= 0; at--) if (!this.dropped.has(children[at]!)) return children[at];
    return undefined;
  }

  /** Removes the white space at the end of the text right before `node`, if text is what comes before it. */
  trimBefore(parent: Parent, node: RootContent): void {
    const before = this.previous(parent, node);
    if (before?.type === 'text') this.text.set(before, (this.text.get(before) ?? before.value).trimEnd());
  }
}

/** Drops each citation that the next citation in the same block repeats exactly (see above). */
function collapseRepeats(tree: Root, edits: Edits): void {
  for (const block of runningTextBlocks(tree)) {
    const cites = citesIn(block);
    // A citation of the same source at another place (Table 1, then Table 2) is not a repeat.
    const keys = cites.map(({ cite }) => {
      const ids = citedIds(cite);
      return ids && `${ids.toSorted().join(' ')}@${pinpointOf(cite) ?? ''}`;
    });
    cites.forEach(({ cite, parent }, index) => {
      if (keys[index] === undefined || keys[index] !== keys[index + 1]) return;
      // "swollen <Cite/>." loses its marker and the space before it: "swollen."
      edits.trimBefore(parent, cite);
      edits.dropped.add(cite);
    });
  }
}

/** Removes the white space between each remaining marker and the word before it. */
function attachToPreviousWord(tree: Root, edits: Edits): void {
  for (const { cite, parent } of citesIn(tree)) if (!edits.dropped.has(cite)) edits.trimBefore(parent, cite);
}

/**
 * The boxes a citation marker may not stand in. A box states facts briefly and stands out; its facts
 * are stated and cited in the body text, so a reader meets the marker once, beside the sentence that
 * states the fact, and the boxes stay quiet.
 */
export const BOXES_WITHOUT_CITATIONS = ['Callout', 'KeyFacts', 'Urgency', 'Checklist', 'TopicCards'] as const;

/** Every <Cite> inside one of the boxes above, with the box that holds it. */
function citesInBoxes(tree: Root): { cite: JsxElement; box: string }[] {
  const found: { cite: JsxElement; box: string }[] = [];
  const walk = (parent: Parent, box: string | undefined) => {
    for (const child of parent.children as RootContent[]) {
      if (box && isJsxElement(child, 'Cite')) found.push({ cite: child, box });
      const inside = isJsxElement(child) && (BOXES_WITHOUT_CITATIONS as readonly string[]).includes(child.name ?? '') ? child.name! : box;
      if ('children' in child) walk(child, inside);
    }
  };
  walk(tree, undefined);
  return found;
}

/** Every component on the page that is still there after the clean-ups, in document order. */
function componentsIn(tree: Root, edits: Edits): JsxElement[] {
  const found: JsxElement[] = [];
  const walk = (parent: Parent) => {
    for (const child of parent.children as RootContent[]) {
      if (edits.dropped.has(child)) continue;
      if (isJsxElement(child)) found.push(child);
      if ('children' in child) walk(child);
    }
  };
  walk(tree);
  return found;
}

export function remarkCitations() {
  return () =>
    defineMdastPlugin({
      name: 'citations',
      options: { position: true },
      before(tree, ctx) {
        const known = readSourceIds();
        const numbers = new Map<string, CitedSource>();
        const problems: string[] = [];
        const edits = new Edits();
        const numbered = new Map<JsxElement, string>();

        for (const { cite, box } of citesInBoxes(tree)) {
          problems.push(
            atLine(
              cite,
              `<Cite> stands inside a <${box}> box; boxes carry no citation markers. State the fact in a sentence of the body text and put the <Cite> there, then keep the box's wording short.`,
            ),
          );
        }
        collapseRepeats(tree, edits);
        attachToPreviousWord(tree, edits);

        /** Numbers one citation of `id` (at `pinpoint` in it, '' for none) and returns its "number:occurrence" anchor. */
        const cite = (id: string, pinpoint = ''): string => {
          let cited = numbers.get(id);
          if (!cited) {
            cited = { id, number: numbers.size + 1, occurrences: 0, pinpoints: [] };
            numbers.set(id, cited);
          }
          cited.occurrences += 1;
          cited.pinpoints.push(pinpoint);
          return `${cited.number}:${cited.occurrences}`;
        };

        for (const element of componentsIn(tree, edits)) {
          if (element.name === 'EvidenceTable') {
            const condition = attributeOf(element, 'condition');
            if (condition !== undefined && condition !== null && (typeof condition !== 'string' || !isStudyCondition(condition))) {
              problems.push(atLine(element, `<EvidenceTable condition="…"> must be one of: ${STUDY_CONDITIONS.join(', ')}, or left out to show every study.`));
              continue;
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
            numbered.set(element, rows.join(' '));
            continue;
          }
          if (element.name !== 'Cite') continue;

          const ids = citedIds(element);
          if (!ids) {
            problems.push(atLine(element, '<Cite> needs an id written as text, for example <Cite id="kamen-2022" />.'));
            continue;
          }
          const pinpoint = pinpointOf(element);
          if (pinpoint === undefined) {
            problems.push(
              atLine(
                element,
                '<Cite at="…"> must name a place in the source as text, for example at="Table 2" or at="p. 4"; leave "at" out when no place applies.',
              ),
            );
            continue;
          }
          if (pinpoint && ids.length > 1) {
            problems.push(
              atLine(
                element,
                `<Cite id="${ids.join(' ')}" at="${pinpoint}"> names one place for ${ids.length} sources; cite each source in its own <Cite> with its own "at".`,
              ),
            );
            continue;
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
            anchors.push(cite(id, pinpoint));
          }
          // The component renders from these; editors never write them.
          numbered.set(element, anchors.join(' '));
        }

        refuseProblems(ctx, problems, 'Cite a source');
        for (const node of edits.dropped) ctx.removeNode(node);
        for (const [node, value] of edits.text) if (value !== node.value) ctx.replaceNode(node, { type: 'text', value });
        for (const [element, citations] of numbered) ctx.replaceNode(element, withAttribute(element, 'citations', citations));
        setPageData(ctx.data, { citations: [...numbers.values()] });
      },
    });
}
