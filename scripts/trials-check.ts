/**
 * npm run trials:check [-- --write]
 * Compares every trial in content/trials.yaml with its ClinicalTrials.gov record and lists new
 * studies in the site's scope (scripts/trials/registry.ts says what is read and how). With --write,
 * copies the registry's fields (status, dates, enrolment, results, sites, and the day read) into
 * the file; nothing is written unless every request succeeded.
 *
 * Exit codes: 0 everything matches; 1 something differs or a new study is in scope (read the
 * report); 2 offline (the registry could not be reached; nothing checked); 3 the registry's answer
 * was not what the check expects (the message names the trial and the field), or the file is bad.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { DEFAULT_API, OfflineError, UnexpectedResponseError, checkTrials, report, writeRegistryFields, type Fetch, type SiteTrial } from './trials/registry.ts';

export const EXIT = { matches: 0, differs: 1, offline: 2, unexpected: 3 } as const;

export interface TrialsCheckOptions {
  argv: readonly string[];
  fetch: Fetch;
  /** The day the records are read, YYYY-MM-DD. */
  today: string;
  log: (line: string) => void;
  trialsFile?: string;
  api?: string;
}

/** Reads content/trials.yaml as the check needs it (plain strings: dates stay as written). */
function readTrials(yamlText: string, trialsFile: string): SiteTrial[] {
  const data: unknown = parse(yamlText);
  if (!Array.isArray(data)) throw new Error(`${trialsFile} should be a list of trials`);
  return data.map((entry, index) => {
    if (typeof entry?.id !== 'string') throw new Error(`${trialsFile}: trial ${index + 1} has no "id" (its NCT number)`);
    return {
      id: entry.id,
      status: String(entry.status),
      locations: Array.isArray(entry.locations) ? entry.locations : [],
      registryUpdated: entry.registryUpdated === undefined ? undefined : String(entry.registryUpdated),
      primaryCompletion: entry.primaryCompletion === undefined ? undefined : String(entry.primaryCompletion),
      enrolment: entry.enrolment,
      resultsPosted: entry.resultsPosted,
    };
  });
}

export async function runTrialsCheck(options: TrialsCheckOptions): Promise<number> {
  const { argv, log, today } = options;
  const trialsFile = options.trialsFile ?? 'content/trials.yaml';
  const write = argv.includes('--write');
  const yamlText = readFileSync(trialsFile, 'utf8');
  try {
    const result = await checkTrials(readTrials(yamlText, trialsFile), options.fetch, options.api ?? DEFAULT_API);
    const changed = [...result.changes.values()].some((lines) => lines.length);
    if (write && changed) writeFileSync(trialsFile, writeRegistryFields(yamlText, result.records, today));
    for (const line of report(result, trialsFile, write && changed)) log(line);
    return changed || result.newStudies.length ? EXIT.differs : EXIT.matches;
  } catch (error) {
    if (error instanceof OfflineError) {
      log(`trials:check: offline: ${error.message}; nothing was checked or written. Run it again when this machine can reach the internet.`);
      return EXIT.offline;
    }
    if (error instanceof UnexpectedResponseError) {
      log(`trials:check: ${error.message}. Nothing was written.`);
      return EXIT.unexpected;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const fetchPage: Fetch = (url) => fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
  runTrialsCheck({ argv: process.argv.slice(2), fetch: fetchPage, today: new Date().toISOString().slice(0, 10), log: (line) => console.log(line) })
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(`trials:check: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(EXIT.unexpected);
    });
}
