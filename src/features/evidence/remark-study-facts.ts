/**
 * Checks every <StudyFact study="…" field="…" /> on a page against content/studies.yaml, so a
 * figure quoted in the text always exists in the evidence data it comes from.
 */
import { defineMdastPlugin } from 'satteri';
import { atLine } from '../../shared/content-errors';
import { attributeOf, refuseProblems, type JsxElement } from '../../shared/mdx-plugin';
import { STUDY_FACT_FIELDS, studyFact, readStudies } from './studies';

export function remarkStudyFacts() {
  // A fresh plugin for each page: `problems` belongs to one page.
  return () => {
    const problems: string[] = [];
    let studies: ReturnType<typeof readStudies> | undefined;

    const check = (element: JsxElement) => {
      if (element.name !== 'StudyFact') return;
      const id = attributeOf(element, 'study');
      const field = attributeOf(element, 'field');
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
    };

    return defineMdastPlugin({
      name: 'study-facts',
      options: { position: true },
      mdxJsxFlowElement: check,
      mdxJsxTextElement: check,
      after(_root, ctx) {
        refuseProblems(ctx, problems, 'Add a study to the evidence table');
      },
    });
  };
}
