// The JSON-LD on every content page says what the page says: it is parsed from the built page and
// compared with the page's MDX frontmatter (read here independently of the site's code) and with
// what a reader sees (h1, description, review date, breadcrumbs, trial facts in the text).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { builtHtml, contentPages, PROJECT_ROOT } from './helpers/pages.ts';
import { attr, elements, parseHtml, rawText, text, type Element } from './helpers/html.ts';
import { publicUrl, SITE_URL } from './helpers/site.ts';

interface Trial {
  identifier: string;
  name?: string;
  phase: string;
  sponsor: string;
  status: string[];
}
interface Frontmatter {
  title: string;
  description: string;
  topic: string;
  lastReviewed: string | Date;
  trials?: Trial[];
  /** The body shows <TrialsTable />, so the page also describes every trial in content/trials.yaml. */
  showsTrialsTable?: boolean;
}
type Node = Record<string, unknown>;

/** How the page says each status in words (the schema.org names are for machines). */
const STATUS_WORDS: Record<string, string> = {
  ActiveNotRecruiting: 'active, not recruiting',
  Completed: 'completed',
  ResultsAvailable: 'results were published',
  Recruiting: 'recruiting',
};
/**
 * Trials the site only mentions in passing (one sentence, cited), without enough sourced facts
 * (sponsor, registry status) for a MedicalTrial: the placebo-controlled Kunming trial (FACTS C7).
 */
const MENTIONED_ONLY = new Set(['NCT01539902']);

/** Each content page's frontmatter, parsed here from the MDX file the page manifest names. */
const frontmatterByPath = new Map<string, Frontmatter>(
  contentPages().map((page) => {
    const source = readFileSync(join(PROJECT_ROOT, page.source!), 'utf8');
    const yaml = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
    const frontmatter = parseYaml(yaml) as Frontmatter;
    return [page.path, { ...frontmatter, showsTrialsTable: /<TrialsTable[\s/>]/.test(source) }];
  }),
);

/** content/trials.yaml, read here independently of the site's code, in the shape of a frontmatter trial. */
const listedTrials: Trial[] = (
  parseYaml(readFileSync(join(PROJECT_ROOT, 'content', 'trials.yaml'), 'utf8')) as {
    id: string;
    title: string;
    phase: string;
    sponsor: string;
    status: string;
  }[]
).map((t) => ({ identifier: t.id, name: t.title, phase: t.phase, sponsor: t.sponsor, status: [t.status] }));

/** Every trial a page describes: those in its frontmatter, plus the trials list when it shows the table. */
const pageTrials = (fm: Frontmatter): Trial[] => [...(fm.trials ?? []), ...(fm.showsTrialsTable ? listedTrials : [])];

const isoDay = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const types = (node: Node) => [node['@type']].flat();

function jsonLd(doc: Element[]): Node[] {
  const blocks = doc.filter((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');
  expect(blocks, 'exactly one JSON-LD block').toHaveLength(1);
  const data = JSON.parse(rawText(blocks[0]!)) as Node;
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'] as Node[];
}

for (const page of contentPages()) {
  test(`structured data on ${page.path} matches its frontmatter and visible content`, () => {
    const fm = frontmatterByPath.get(page.path);
    expect(fm, `no MDX file for ${page.path}`).toBeDefined();
    const root = parseHtml(builtHtml(page));
    const doc = elements(root);
    const graph = jsonLd(doc);
    const find = (type: string) => graph.filter((n) => types(n).includes(type));

    // The page itself: MedicalWebPage for health pages, WebPage for pages about the site.
    const isHealth = page.path === '/' || fm!.topic !== 'about';
    const webPages = [...find('MedicalWebPage'), ...find('WebPage')];
    expect(webPages).toHaveLength(1);
    const webPage = webPages[0]!;
    expect(webPage['@type']).toBe(isHealth ? 'MedicalWebPage' : 'WebPage');
    const h1 = doc.find((el) => el.tagName === 'h1');
    expect(webPage.name).toBe(fm!.title);
    expect(h1 && text(h1)).toBe(fm!.title);
    expect(webPage.description).toBe(fm!.description);
    const metaDescription = doc.find((el) => el.tagName === 'meta' && attr(el, 'name') === 'description');
    expect(metaDescription && attr(metaDescription, 'content')).toBe(fm!.description);
    expect(webPage.url).toBe(publicUrl(page.path));
    expect(webPage.lastReviewed).toBe(isoDay(fm!.lastReviewed));
    const footerDates = doc.filter((el) => el.tagName === 'time').map((el) => attr(el, 'datetime'));
    expect(footerDates, 'the footer shows the same review date').toContain(isoDay(fm!.lastReviewed));

    // Breadcrumbs: the same names and addresses as the visible trail, or none when none is shown.
    const nav = doc.find((el) => el.tagName === 'nav' && attr(el, 'aria-label') === 'Breadcrumb');
    const visibleTrail = nav
      ? elements(nav)
          .filter((el) => el.tagName === 'a')
          .map((a) => ({ name: text(a), item: new URL(attr(a, 'href')!, SITE_URL).href }))
      : [];
    const lists = find('BreadcrumbList');
    if (visibleTrail.length === 0) expect(lists).toHaveLength(0);
    else {
      expect(lists).toHaveLength(1);
      const items = (lists[0]!.itemListElement as Node[]).map((i, index) => {
        expect(i.position).toBe(index + 1);
        return { name: i.name, item: i.item };
      });
      expect(items).toEqual(visibleTrail);
      expect(webPage.breadcrumb).toEqual({ '@id': lists[0]!['@id'] });
    }

    const about = (webPage.about as Node[] | undefined) ?? [];
    const mainEl = doc.find((el) => el.tagName === 'main');
    const mainText = (mainEl ? text(mainEl) : '').toLowerCase();

    // Lupus nephritis pages are about the condition, and say its name.
    const conditions = about.filter((n) => types(n).includes('MedicalCondition'));
    if (fm!.topic === 'lupus-nephritis') {
      expect(conditions.map((c) => c.name)).toEqual(['Lupus nephritis']);
      expect(mainText).toContain('lupus nephritis');
    } else expect(conditions).toEqual([]);

    // Trials: one MedicalTrial per trial the page describes (frontmatter or trials list), each fact
    // also in the visible text.
    const trials = about.filter((n) => types(n).includes('MedicalTrial'));
    const expected = pageTrials(fm!);
    const ldById = new Map(trials.map((t) => [String((t.identifier as Node).value), t]));
    expect([...ldById.keys()].sort()).toEqual(expected.map((t) => t.identifier).sort());
    for (const trial of expected) {
      const ld = ldById.get(trial.identifier)!;
      expect(ld.phase).toBe(trial.phase);
      expect(ld.sponsor).toEqual({ '@type': 'Organization', name: trial.sponsor });
      expect(ld.name).toBe(trial.name ?? fm!.title);
      expect(ld.url).toBe(`https://clinicaltrials.gov/study/${trial.identifier}`);
      if (trial.status.length === 1) expect(ld.status).toBe(`https://schema.org/${trial.status[0]}`);
      else {
        // Conflicting sources: the structured data must not pick one.
        expect(String(ld.status)).toMatch(/^Sources disagree: /);
        for (const s of trial.status) expect(String(ld.status)).toContain(STATUS_WORDS[s] ?? s);
      }
      for (const fact of [trial.identifier, trial.phase, trial.sponsor, ...trial.status.map((s) => STATUS_WORDS[s] ?? s)]) {
        expect(mainText, `"${fact}" (trial ${trial.identifier}) is in the structured data but not on the page`).toContain(fact.toLowerCase());
      }
    }
  });
}

test('every trial the site describes has a MedicalTrial on exactly one page', () => {
  const mentioned = new Set<string>();
  const declared = new Map<string, string[]>();
  for (const page of contentPages()) {
    const doc = elements(parseHtml(builtHtml(page)));
    const mainEl = doc.find((el) => el.tagName === 'main');
    for (const m of (mainEl ? text(mainEl) : '').matchAll(/\bNCT\d{8}\b/g)) mentioned.add(m[0]);
    const fm = frontmatterByPath.get(page.path);
    for (const trial of fm ? pageTrials(fm) : []) {
      declared.set(trial.identifier, [...(declared.get(trial.identifier) ?? []), page.path]);
    }
  }
  for (const id of mentioned) {
    if (MENTIONED_ONLY.has(id)) continue;
    expect(declared.get(id), `${id} is described on the site but no page declares it in "trials"`).toHaveLength(1);
  }
  expect([...declared.keys()].sort()).toEqual(['NCT02633163', 'NCT03171194', ...listedTrials.map((t) => t.identifier)].sort());
});
