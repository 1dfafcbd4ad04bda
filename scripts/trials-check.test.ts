import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXIT, runTrialsCheck } from './trials-check.ts';
import { readRecord, type Fetch } from './trials/registry.ts';

const FIXTURES = 'tests/fixtures/clinicaltrials-gov';
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** A trials file as an editor keeps it: comments, plain-language fields, one trial matching its record. */
const TRIALS_YAML = `# Trials (a test copy)

# Read by an editor on 2026-06-01.
- id: NCT09990001
  title: "Fictional CAR-T Cells for Lupus"
  kind: CAR-T
  phase: Phase I/II
  status: Recruiting
  sponsor: Example University Hospital
  locations:
    - { country: United States, city: Philadelphia }
  entry:
    - Aged 12 to 29 # the editor's words
  checked: 2026-06-01
  seenAt: "ClinicalTrials.gov record"

- id: NCT09990002
  title: "Fictional Stromal Cells for Lupus Nephritis"
  kind: MSC
  phase: Phase II
  status: Recruiting
  sponsor: Example University Hospital
  locations:
    - { country: United States, city: Charleston }
  entry:
    - Lupus nephritis class III or IV
  registryUpdated: 2026-08-01
  primaryCompletion: "2027-12-31"
  enrolment: 40
  checked: 2026-08-02
  seenAt: "ClinicalTrials.gov record"

- id: NCT09990003
  title: "Fictional Cord Cells for Lupus"
  kind: MSC
  phase: Phase I/II
  status: Completed
  sponsor: Example University Hospital
  locations:
    - { country: China, city: Shenzhen }
  entry:
    - Aged 18 to 65
  registryUpdated: 2026-09-15
  primaryCompletion: "2026-03-01"
  enrolment: 30
  resultsPosted: false
  checked: 2026-09-20
  seenAt: "ClinicalTrials.gov record"
`;

/** Answers each request from the recorded answers, as the API would; counts the requests. */
function registry(answers: { trials?: string; offline?: boolean; status?: number } = {}): Fetch & { urls: string[] } {
  const urls: string[] = [];
  const fetchPage = (async (url: string) => {
    urls.push(url);
    if (answers.offline) throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    const params = new URL(url).searchParams;
    const body = params.has('filter.ids')
      ? fixture(answers.trials ?? 'site-trials.json')
      : fixture(params.get('pageToken') === 'page-2' ? 'search-page-2.json' : 'search-page-1.json');
    const status = answers.status ?? 200;
    return { ok: status === 200, status, text: async () => body };
  }) as Fetch & { urls: string[] };
  fetchPage.urls = urls;
  return fetchPage;
}

async function check(argv: string[], answers: Parameters<typeof registry>[0] = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'trials-check-'));
  const trialsFile = join(folder, 'trials.yaml');
  writeFileSync(trialsFile, TRIALS_YAML);
  const lines: string[] = [];
  const fetchPage = registry(answers);
  const code = await runTrialsCheck({ argv, fetch: fetchPage, today: '2026-12-03', log: (line) => lines.push(line), trialsFile });
  return { code, output: lines.join('\n'), written: readFileSync(trialsFile, 'utf8'), urls: fetchPage.urls };
}

describe('npm run trials:check', () => {
  it('reports a changed status, a site added, results posted and dates, trial by trial', async () => {
    const { code, output } = await check([]);
    expect(code).toBe(EXIT.differs);
    expect(output).toContain('NCT09990001  differs from the registry (record last updated 2026-11-20)');
    expect(output).toContain('status: Recruiting → ActiveNotRecruiting');
    expect(output).toContain('sites added: Boston, United States');
    expect(output).toContain('results posted on ClinicalTrials.gov');
    expect(output).toContain('last update posted: 2026-08-01 → 2026-10-01');
    expect(output).toContain('primary completion: not recorded → 2027-06 (estimated)');
  });

  it('lists new studies in scope over every page of the search, and leaves out known and out-of-scope ones', async () => {
    const { output, urls } = await check([]);
    expect(urls.some((url) => url.includes('pageToken=page-2'))).toBe(true);
    const newStudies = output.slice(output.indexOf('New studies'));
    expect(newStudies).toContain('NCT09990010  Fictional Allogeneic CAR-T for Refractory Lupus (Recruiting; United States, Germany');
    expect(newStudies).toContain('NCT09990012');
    expect(newStudies).not.toContain('NCT09990011'); // a tablet: lupus, but no cell therapy
    expect(newStudies).not.toContain('NCT09990001'); // already on the site
  });

  it("asks for the site's trials in one request, by their NCT numbers", async () => {
    const { urls } = await check([]);
    const ids = urls.map((url) => new URL(url).searchParams.get('filter.ids')).filter(Boolean);
    expect(ids).toEqual(['NCT09990001,NCT09990002,NCT09990003']);
  });

  it('writes nothing without --write, and says how to', async () => {
    const { written, output } = await check([]);
    expect(written).toBe(TRIALS_YAML);
    expect(output).toContain('npm run trials:check -- --write');
  });

  it("with --write, copies the registry's fields and keeps comments and the editor's words", async () => {
    const { code, written, output } = await check(['--write']);
    expect(code).toBe(EXIT.differs);
    expect(output).toContain('Wrote the registry');
    expect(written).toContain('# Read by an editor on 2026-06-01.');
    expect(written).toContain("- Aged 12 to 29 # the editor's words");
    const trials = parse(written) as Record<string, unknown>[];
    expect(trials[0]).toMatchObject({
      status: 'ActiveNotRecruiting',
      registryUpdated: '2026-11-20',
      primaryCompletion: '2027-06',
      enrolment: 24,
      checked: '2026-12-03',
      title: 'Fictional CAR-T Cells for Lupus',
      kind: 'CAR-T',
      phase: 'Phase I/II',
    });
    expect(trials[1]!['locations']).toEqual([
      { country: 'United States', city: 'Charleston' },
      { country: 'United States', city: 'Boston' },
    ]);
    expect(trials[2]).toMatchObject({ resultsPosted: true });
    expect(written).toContain('primaryCompletion: "2027-12-31"');
  });

  it('offline, says so in one line, exits with its own code and writes nothing', async () => {
    const { code, output, written } = await check(['--write'], { offline: true });
    expect(code).toBe(EXIT.offline);
    expect(output.split('\n')).toHaveLength(1);
    expect(output).toMatch(/^trials:check: offline: could not reach clinicaltrials\.gov \(ENOTFOUND\)/);
    expect(written).toBe(TRIALS_YAML);
  });

  it('names the trial and the field of a malformed answer, and writes nothing', async () => {
    const { code, output, written } = await check(['--write'], { trials: 'site-trials-malformed.json' });
    expect(code).toBe(EXIT.unexpected);
    expect(output).toContain('NCT09990002: protocolSection.statusModule.overallStatus is missing');
    expect(written).toBe(TRIALS_YAML);
  });

  it('treats an error status from the API as an unexpected answer', async () => {
    const { code, output } = await check([], { status: 503 });
    expect(code).toBe(EXIT.unexpected);
    expect(output).toContain('HTTP status is 503');
  });

  it("reports that everything matches once the registry's fields are written", async () => {
    const first = await check(['--write']);
    const folder = mkdtempSync(join(tmpdir(), 'trials-check-'));
    const trialsFile = join(folder, 'trials.yaml');
    writeFileSync(trialsFile, first.written);
    const lines: string[] = [];
    // No new studies this time: the search answers with known trials only.
    const known = (async (url: string) => {
      const body = new URL(url).searchParams.has('filter.ids') ? fixture('site-trials.json') : fixture('site-trials.json');
      return { ok: true, status: 200, text: async () => body };
    }) as Fetch;
    const code = await runTrialsCheck({ argv: [], fetch: known, today: '2026-12-03', log: (line) => lines.push(line), trialsFile });
    expect(lines.join('\n')).toContain('All 3 trials match their registry records; no new studies in scope.');
    expect(code).toBe(EXIT.matches);
  });
});

describe('reading one registry record', () => {
  const study = () => (JSON.parse(fixture('site-trials.json')) as { studies: Record<string, unknown>[] }).studies[1]!;

  it("keeps each site once, in the record's order", () => {
    expect(readRecord(study()).locations).toEqual([
      { country: 'United States', city: 'Charleston' },
      { country: 'United States', city: 'Boston' },
    ]);
  });

  it('refuses a status the site does not know, naming the field', () => {
    const odd = study();
    (odd['protocolSection'] as { statusModule: { overallStatus: string } }).statusModule.overallStatus = 'UNKNOWN';
    expect(() => readRecord(odd)).toThrow('protocolSection.statusModule.overallStatus is "UNKNOWN"');
  });
});
