/**
 * Numbers every <Cite id="…"/> on a page in order of first citation, checks each id exists in
 * content/sources.yaml, and hands the layout the ordered list it needs for the reference list.
 * An <EvidenceTable /> counts as citing the paper of each study it shows, row by row, so its
 * numbers and the reference list stay right wherever the table stands in the page.
 *
 * Numbering happens here, at compile time, rather than in the Cite component, because components
 * may render out of document order; the AST is the one place where "first citation" is certain.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, atLine } from './content-errors';
import { readSourceIds, readStudies } from './content-files';
import { setPageData, type CitedSource } from './page-data';
import { STUDY_CONDITIONS, isStudyCondition, selectStudies } from './studies';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const known = readSourceIds();
    const numbers = new Map<string, CitedSource>();
    const problems: string[] = [];

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
            problems.push(atLine(element, `<EvidenceTable> shows study "${study.id}", whose "citation" "${study.citation}" is not in content/sources.yaml. Fix the study in content/studies.yaml.`));
            continue;
          }
          rows.push(`${study.id}=${cite(study.citation)}`);
        }
        element.attributes.push({ type: 'mdxJsxAttribute', name: 'citations', value: rows.join(' ') });
        return;
      }
      if (element.name !== 'Cite') return;

      const idAttribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      if (!idAttribute || typeof idAttribute.value !== 'string' || !idAttribute.value.trim()) {
        problems.push(atLine(element, '<Cite> needs an id written as text, for example <Cite id="kamen-2022" />.'));
        return;
      }
      const ids = idAttribute.value.split(/[\s,]+/).filter(Boolean);
      const anchors: string[] = [];
      for (const id of ids) {
        if (!known.has(id)) {
          problems.push(
            atLine(element, `<Cite id="${id}"> refers to a source "${id}" that is not in content/sources.yaml. Check the spelling of the id, or add the source to content/sources.yaml.`),
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
