// What the site says about trials, read from content/ independently of the site's code (the yaml
// package, not src/features/trials/): the trials of content/trials.yaml and of each page's
// frontmatter, and which page carries each one's MedicalTrial. Shared by the built-site checks of
// structured data (tests/built-site/every-page.spec.ts) and of the trials (tests/built-site/trials.spec.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { builtPages, PROJECT_ROOT, type BuiltPage } from './pages.ts';
import { attr } from './html.ts';
import { closest, hasClass, type ParsedPage } from './built-page.ts';

export interface Trial {
  identifier: string;
  name?: string;
  phase: string;
  sponsor: string;
  status: string[];
  /** Trials of content/trials.yaml: the day their status is as of (the record's last update, else the day it was read). */
  statusDate?: string;
}
export interface Frontmatter {
  title: string;
  description: string;
  topic: string;
  lastReviewed: string | Date;
  trials?: Trial[];
  showsTrialsTable?: boolean;
}
export type LdNode = Record<string, unknown>;
export const STATUS_WORDS: Record<string, string> = {
  ActiveNotRecruiting: 'active, not recruiting',
  Completed: 'completed',
  ResultsAvailable: 'results were published',
  Recruiting: 'recruiting',
};
/** Trials the site only mentions in passing, without enough sourced facts for a MedicalTrial. */
export const MENTIONED_ONLY = new Set(['NCT01539902']);
export interface ListedTrial {
  id: string;
  title: string;
  phase: string;
  sponsor: string;
  status: string;
  locations: { country: string; city?: string }[];
  entry: string[];
  asks?: string[];
  /** YYYY-MM-DD (the yaml package reads dates as strings). */
  registryUpdated?: string;
  checked: string;
  /** Where an editor read the record: an editor's note, never shown. */
  seenAt: string;
}
export const listedYaml = parseYaml(readFileSync(join(PROJECT_ROOT, 'content', 'trials.yaml'), 'utf8')) as ListedTrial[];
export const listedTrials: Trial[] = listedYaml.map((t) => ({
  identifier: t.id,
  name: t.title,
  phase: t.phase,
  sponsor: t.sponsor,
  status: [t.status],
  statusDate: String(t.registryUpdated ?? t.checked),
}));
/**
 * Whether a listed trial's status is more than three months older than the day the page was built
 * (issue 19), written here independently of src/features/trials/trials.ts: the same calendar day
 * three months on, or the last day of a shorter month, must not be before the build day.
 */
export function statusIsStale(statusDate: string, builtOn: string): boolean {
  const [y, m, d] = statusDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + 3, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10) < builtOn;
}
/** The build day the trials list states ("We built this page on …"), or undefined on a page without it. */
export const trialsBuiltOn = (doc: ParsedPage): string | undefined => {
  const time = doc.all.find((el) => el.tagName === 'time' && closest(el, (e) => hasClass(e, 'trials__built')));
  return time ? attr(time, 'datetime') : undefined;
};
export function frontmatter(page: BuiltPage): Frontmatter {
  const read = (file: string) => {
    const source = readFileSync(join(PROJECT_ROOT, file), 'utf8');
    return { source, fm: parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as Frontmatter };
  };
  const { source, fm } = read(page.source!);
  // A translation takes its topic, order, glossary and trials from its English page (same id).
  if (page.lang !== 'en') {
    const english = read(page.source!.replace(/^content\/[a-z]{2}\/pages\//, 'content/pages/')).fm;
    return { ...fm, topic: english.topic, ...(english.trials ? { trials: english.trials } : {}), showsTrialsTable: /<TrialsTable[\s/>]/.test(source) };
  }
  return { ...fm, showsTrialsTable: /<TrialsTable[\s/>]/.test(source) };
}
/** Trials a page names in its own frontmatter: their MedicalTrial is there, even when the trials list also shows them. */
let homedTrials: Set<string> | undefined;
const homed = (): Set<string> =>
  (homedTrials ??= new Set(
    builtPages()
      .filter((p) => p.kind === 'content' && p.lang === 'en')
      .flatMap((p) => (frontmatter(p).trials ?? []).map((t) => t.identifier)),
  ));
export const pageTrials = (fm: Frontmatter): Trial[] => [
  ...(fm.trials ?? []),
  ...(fm.showsTrialsTable ? listedTrials.filter((t) => !homed().has(t.identifier)) : []),
];
