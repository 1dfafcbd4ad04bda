/**
 * Stylesheets a page links only when it shows the component that needs them, after the one every
 * page links (src/styles/global.css): the trial cards, the table regions, the evidence table, the
 * urgency boxes, the timeline and the Updates and Corrections pages' lists appear on few pages, so the others do not carry their rules (issue 22). Each file keeps its rules
 * in the layers global.css declares first, so linking it later changes nothing in the layer order.
 */
import trials from '../trials/trials.css?url';
import tables from '../tables/tables.css?url';
import evidence from '../evidence/evidence.css?url';
import urgency from '../boxes/urgency.css?url';
import timeline from '../boxes/timeline.css?url';
import updates from '../review/updates.css?url';

/** The files, in the order they had in global.css (which decides between equal selectors in one layer). */
const HREFS = { urgency, timeline, trials, tables, updates, evidence };
type Stylesheet = keyof typeof HREFS;

/** The stylesheets each MDX component needs beyond global.css (its own and those of the components it draws). */
const NEEDED_BY: Readonly<Record<string, readonly Stylesheet[]>> = {
  TrialsTable: ['trials'],
  Table: ['tables'],
  EvidenceTable: ['tables', 'evidence'],
  Urgency: ['urgency'],
  Timeline: ['timeline'],
  UpdatesList: ['updates'],
  CorrectionsList: ['updates'],
};

/** The stylesheets a page whose MDX uses `components` needs, by name, in cascade order. */
export function stylesheetsNeeded(components: readonly string[]): Stylesheet[] {
  const needed = new Set(components.flatMap((name) => NEEDED_BY[name] ?? []));
  return (Object.keys(HREFS) as Stylesheet[]).filter((name) => needed.has(name));
}

/** The addresses of the stylesheets a page whose MDX uses `components` links after global.css. */
export const stylesheetsFor = (components: readonly string[]): string[] => stylesheetsNeeded(components).map((name) => HREFS[name]);
