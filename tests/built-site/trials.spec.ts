// The trials, read from the built HTML (tests/helpers/built-page.ts: each page parsed once per
// worker): every trial the site describes has its MedicalTrial on exactly one page, and the trials
// page shows each trial of content/trials.yaml as a card with its dated status and links.
import { statSync } from 'node:fs';
import { test, expect } from '../helpers/test.ts';
import { builtPages } from '../helpers/pages.ts';
import { attr, elements, text } from '../helpers/html.ts';
import { closest, hasClass, parsed, parsedAt } from '../helpers/built-page.ts';
import { withBase } from '../helpers/site.ts';
import { LOCALES } from '../../src/shared/paths.ts';
import { frontmatter, listedTrials, listedYaml, MENTIONED_ONLY, pageTrials, statusIsStale, trialsBuiltOn } from '../helpers/trials-data.ts';

test('every trial the site describes has a MedicalTrial on exactly one page of each language', () => {
  for (const lang of LOCALES) {
    const mentioned = new Set<string>();
    const declared = new Map<string, string[]>();
    for (const page of builtPages().filter((p) => p.kind === 'content' && p.lang === lang)) {
      for (const m of text(parsed(page).all.find((el) => el.tagName === 'main')!).matchAll(/\bNCT\d{8}\b/g)) mentioned.add(m[0]);
      for (const trial of pageTrials(frontmatter(page))) declared.set(trial.identifier, [...(declared.get(trial.identifier) ?? []), page.path]);
    }
    for (const id of mentioned) {
      if (MENTIONED_ONLY.has(id)) continue;
      expect(declared.get(id), `${id} is described on the site but no page declares it in "trials"`).toHaveLength(1);
    }
    expect([...declared.keys()].sort()).toEqual([...new Set(['NCT02633163', 'NCT03171194', ...listedTrials.map((t) => t.identifier)])].sort());
  }
});

test('the trials page shows each trial of content/trials.yaml as a headed card with its dated status, an "out of date" mark when the record is old, and its two links', () => {
  const doc = parsedAt('/stromal-cell-therapy/trials-open-now/');
  const builtOn = trialsBuiltOn(doc);
  // The day the page says it was built is the day its file was written (a day either side for a build across midnight).
  const written = statSync(doc.page.file).mtime.getTime();
  expect(Math.abs(Date.parse(`${builtOn}T12:00:00Z`) - written), `built on ${builtOn}`).toBeLessThan(36 * 3600 * 1000);
  const cards = doc.all.filter((el) => el.tagName === 'li' && hasClass(el, 'trial'));
  expect(cards.map((card) => attr(card, 'id'))).toEqual(expect.arrayContaining(listedYaml.map((t) => `trial-${t.id}`)));
  expect(cards).toHaveLength(listedYaml.length);
  for (const trial of listedYaml) {
    const card = cards.find((el) => attr(el, 'id') === `trial-${trial.id}`)!;
    const inside = elements(card);
    const heading = inside.find((el) => el.tagName === 'h3')!;
    expect(text(heading), `${trial.id}: the heading names the trial`).toBe(`${trial.id} ${trial.title}`);
    const links = inside.filter((el) => el.tagName === 'a').map((a) => attr(a, 'href'));
    expect(links, trial.id).toEqual([`https://clinicaltrials.gov/study/${trial.id}`, withBase('/stromal-cell-therapy/taking-part-in-a-trial/')]);
    const statusDate = String(trial.registryUpdated ?? trial.checked);
    const asOf = inside.find((el) => hasClass(el, 'trial__as-of'))!;
    expect(
      elements(asOf)
        .filter((el) => el.tagName === 'time')
        .map((el) => attr(el, 'datetime')),
    ).toEqual([statusDate]);
    expect(text(asOf), trial.id).toMatch(trial.registryUpdated ? /^as of .*registry record was last updated\.$/ : /^when we looked on .*we do not know\.$/);
    const stale = inside.find((el) => hasClass(el, 'trial__stale'));
    expect(stale !== undefined, `${trial.id} (status as of ${statusDate}, built ${builtOn}) marked possibly out of date`).toBe(
      statusIsStale(statusDate, builtOn!),
    );
    if (stale) expect(text(stale)).toMatch(/Possibly out of date.*Check the registry record, or ask the trial team/);
  }
});

test('each trial card shows its essentials and folds the rest in one disclosure: sponsor, entry rules, what it asks and the links', () => {
  const doc = parsedAt('/stromal-cell-therapy/trials-open-now/');
  const cards = doc.all.filter((el) => el.tagName === 'li' && hasClass(el, 'trial'));
  for (const trial of listedYaml) {
    const card = cards.find((el) => attr(el, 'id') === `trial-${trial.id}`)!;
    const folds = elements(card).filter((el) => el.tagName === 'details');
    expect(folds, `${trial.id}: one disclosure`).toHaveLength(1);
    const fold = folds[0]!;
    expect(attr(fold, 'open'), `${trial.id}: folded as a reader arrives`).toBeUndefined();
    // The essentials, outside the fold: their names, and every city and country on the "Where" line.
    const key = elements(card).find((el) => el.tagName === 'dl' && hasClass(el, 'trial__facts--key'))!;
    expect(
      closest(key, (el) => el.tagName === 'details'),
      trial.id,
    ).toBeUndefined();
    expect(
      elements(key)
        .filter((el) => el.tagName === 'dt')
        .map(text),
      trial.id,
    ).toEqual(['Status', 'What is tested', 'Where', 'Who can join']);
    const shown = text(key);
    for (const place of trial.locations) expect(shown, `${trial.id} shows where it runs`).toContain(place.city ?? place.country);
    // Nothing lost: the rest is in the fold, and the summary says what it holds.
    const folded = text(fold);
    expect(text(elements(fold).find((el) => el.tagName === 'summary')!)).toMatch(/^Entry rules, what it asks, record/);
    for (const words of [trial.sponsor, ...trial.entry, ...(trial.asks ?? [])]) expect(folded, `${trial.id} folds "${words}"`).toContain(words);
    expect(
      elements(fold)
        .filter((el) => el.tagName === 'a')
        .map((a) => attr(a, 'href')),
      trial.id,
    ).toHaveLength(2);
  }
});
