/**
 * Checks every <StudyFact study="…" field="…" /> on a page against content/studies.yaml, so a
 * figure quoted in the text always exists in the evidence data it comes from.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, atLine } from './content-errors';
import { readStudies } from './content-files';
import { STUDY_FACT_FIELDS, studyFact } from './studies';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function remarkStudyFacts() {
  return (tree: Root, file: VFile) => {
    const problems: string[] = [];
    let studies: ReturnType<typeof readStudies> | undefined;
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      const element = node as JsxElement;
      if (element.name !== 'StudyFact') return;
      const attribute = (name: string) => element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      const id = attribute('study');
      const field = attribute('field');
      if (typeof id !== 'string' || typeof field !== 'string') {
        problems.push(
          atLine(element, '<StudyFact> needs a study and a field written as text, for example <StudyFact study="deng-2017-kunming" field="participants" />.'),
        );
        return;
      }
      studies ??= readStudies();
      const study = studies.find((s) => s.id === id);
      if (!study) {
        problems.push(atLine(element, `<StudyFact study="${id}"> refers to a study that is not in content/studies.yaml. Check the spelling of the id.`));
        return;
      }
      if (studyFact(study, field) === undefined) {
        problems.push(
          atLine(
            element,
            `<StudyFact study="${id}" field="${field}">: study "${id}" has no value for "${field}". Use one of ${STUDY_FACT_FIELDS.join(', ')} or figures.<name>, and add the value (from the paper) to content/studies.yaml.`,
          ),
        );
      }
    });
    if (problems.length) throw new ContentError(file, problems);
  };
}
