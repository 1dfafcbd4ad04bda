/**
 * `npm run trials:check`: compares content/trials.yaml with ClinicalTrials.gov and, with --write,
 * copies into it the fields that come straight from the registry. The plain-language fields an
 * editor writes (title as shown, entry rules, kind, phase, sponsor) are never written.
 *
 * The registry is read through its public API, version 2 (JSON, no key):
 * - GET {api}/studies?filter.ids=NCT…,NCT…  the site's own trials, in one request;
 * - GET {api}/studies?query.cond=…&query.intr=…  studies in the site's scope (lupus or lupus
 *   nephritis, with a cell therapy), to find the ones the site does not list yet.
 * Both answer { studies: [ { protocolSection, hasResults, … } ], nextPageToken? }. The fields read
 * here are those of the API's study data structure
 * (https://clinicaltrials.gov/data-api/about-api/study-data-structure):
 * protocolSection.identificationModule.{nctId, briefTitle}, statusModule.{overallStatus,
 * lastUpdatePostDateStruct.date, primaryCompletionDateStruct.{date, type}},
 * designModule.enrollmentInfo.{count, type}, contactsLocationsModule.locations[].{city, country},
 * conditionsModule.conditions, armsInterventionsModule.interventions[].name, and hasResults.
 */
import { isMap, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';

export const DEFAULT_API = 'https://clinicaltrials.gov/api/v2';

/** The registry's overall statuses and the site's names for them (schema.org MedicalStudyStatus). */
export const REGISTRY_STATUSES = {
  RECRUITING: 'Recruiting',
  NOT_YET_RECRUITING: 'NotYetRecruiting',
  ACTIVE_NOT_RECRUITING: 'ActiveNotRecruiting',
  ENROLLING_BY_INVITATION: 'EnrollingByInvitation',
  COMPLETED: 'Completed',
  SUSPENDED: 'Suspended',
  TERMINATED: 'Terminated',
  WITHDRAWN: 'Withdrawn',
} as const;
type RegistryStatus = keyof typeof REGISTRY_STATUSES;
export type SiteStatus = (typeof REGISTRY_STATUSES)[RegistryStatus];

/** Statuses under which a reader might still join: the search for new studies asks for these only. */
const OPEN_STATUSES: RegistryStatus[] = ['RECRUITING', 'NOT_YET_RECRUITING', 'ENROLLING_BY_INVITATION', 'ACTIVE_NOT_RECRUITING'];

/** The site's scope: lupus or lupus nephritis, treated with a cell therapy. */
export const SCOPE_QUERY = {
  'query.cond': 'lupus OR "lupus nephritis" OR "systemic lupus erythematosus"',
  'query.intr': 'mesenchymal OR stromal OR "CAR-T" OR "CAR T" OR "chimeric antigen receptor" OR "stem cell"',
};
const CELL_THERAPY = /mesenchymal|stromal|\bcar[- ]?t\b|chimeric antigen receptor|stem cell|\bmsc/i;
const LUPUS = /lupus|\bsle\b/i;

/** What the site keeps of one registry record. */
export interface RegistryRecord {
  id: string;
  title: string;
  status: SiteStatus;
  /** The record's "Last Update Posted" date, YYYY-MM-DD. */
  lastUpdatePosted: string;
  /** YYYY-MM or YYYY-MM-DD, and whether it is the actual or the estimated date. */
  primaryCompletion?: { date: string; type: 'ACTUAL' | 'ESTIMATED' } | undefined;
  enrolment?: { count: number; type: 'ACTUAL' | 'ESTIMATED' } | undefined;
  resultsPosted: boolean;
  /** Countries and cities of the sites, each once, in the record's order. */
  locations: { country: string; city?: string | undefined }[];
}

/** A response the check cannot read: names the trial (or the search) and the field. */
export class UnexpectedResponseError extends Error {
  readonly subject: string;
  readonly field: string;
  constructor(subject: string, field: string, detail: string) {
    super(`unexpected response from ClinicalTrials.gov for ${subject}: ${field} ${detail}`);
    this.subject = subject;
    this.field = field;
  }
}

/** The network could not be reached at all (no DNS, refused, timed out). */
export class OfflineError extends Error {}

const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ENETUNREACH', 'EHOSTUNREACH', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads `path` (dot-separated) from a study, failing with the field's full name. */
function field(study: Json, path: string, subject: string, required: true): Json;
function field(study: Json, path: string, subject: string, required?: false): Json | undefined;
function field(study: Json, path: string, subject: string, required = false): Json | undefined {
  let value: Json = study;
  for (const key of path.split('.')) {
    if (!isObject(value) || !(key in value)) {
      if (required) throw new UnexpectedResponseError(subject, path, 'is missing');
      return undefined;
    }
    value = value[key];
  }
  return value;
}

const text = (value: Json, subject: string, path: string): string => {
  if (typeof value !== 'string' || value.trim() === '') throw new UnexpectedResponseError(subject, path, `should be text, got ${JSON.stringify(value)}`);
  return value.trim();
};

const PARTIAL_DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const dateType = (value: Json, subject: string, path: string): 'ACTUAL' | 'ESTIMATED' => {
  if (value === 'ACTUAL' || value === 'ESTIMATED') return value;
  throw new UnexpectedResponseError(subject, path, `should be ACTUAL or ESTIMATED, got ${JSON.stringify(value)}`);
};

/** One study of the API's answer, checked field by field and reduced to what the site keeps. */
export function readRecord(study: Json, expectedId?: string): RegistryRecord {
  const id = text(
    field(study, 'protocolSection.identificationModule.nctId', expectedId ?? 'a study', true),
    expectedId ?? 'a study',
    'protocolSection.identificationModule.nctId',
  );
  if (!/^NCT\d{8}$/.test(id))
    throw new UnexpectedResponseError(expectedId ?? 'a study', 'protocolSection.identificationModule.nctId', `is "${id}", not an NCT number`);
  const status = field(study, 'protocolSection.statusModule.overallStatus', id, true);
  if (typeof status !== 'string' || !(status in REGISTRY_STATUSES)) {
    throw new UnexpectedResponseError(
      id,
      'protocolSection.statusModule.overallStatus',
      `is ${JSON.stringify(status)}, not one of ${Object.keys(REGISTRY_STATUSES).join(', ')}`,
    );
  }
  const lastUpdatePosted = text(
    field(study, 'protocolSection.statusModule.lastUpdatePostDateStruct.date', id, true),
    id,
    'protocolSection.statusModule.lastUpdatePostDateStruct.date',
  );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(lastUpdatePosted))
    throw new UnexpectedResponseError(id, 'protocolSection.statusModule.lastUpdatePostDateStruct.date', `is "${lastUpdatePosted}", not YYYY-MM-DD`);

  let primaryCompletion: RegistryRecord['primaryCompletion'];
  const completion = field(study, 'protocolSection.statusModule.primaryCompletionDateStruct', id);
  if (completion !== undefined) {
    const date = text(field(completion, 'date', id, true), id, 'protocolSection.statusModule.primaryCompletionDateStruct.date');
    if (!PARTIAL_DATE.test(date))
      throw new UnexpectedResponseError(id, 'protocolSection.statusModule.primaryCompletionDateStruct.date', `is "${date}", not YYYY-MM or YYYY-MM-DD`);
    primaryCompletion = { date, type: dateType(field(completion, 'type', id, true), id, 'protocolSection.statusModule.primaryCompletionDateStruct.type') };
  }

  let enrolment: RegistryRecord['enrolment'];
  const enrollment = field(study, 'protocolSection.designModule.enrollmentInfo', id);
  if (enrollment !== undefined) {
    const count = field(enrollment, 'count', id, true);
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      throw new UnexpectedResponseError(id, 'protocolSection.designModule.enrollmentInfo.count', `should be a whole number, got ${JSON.stringify(count)}`);
    }
    enrolment = { count, type: dateType(field(enrollment, 'type', id, true), id, 'protocolSection.designModule.enrollmentInfo.type') };
  }

  const hasResults = field(study, 'hasResults', id);
  if (hasResults !== undefined && typeof hasResults !== 'boolean')
    throw new UnexpectedResponseError(id, 'hasResults', `should be true or false, got ${JSON.stringify(hasResults)}`);

  const rawLocations = field(study, 'protocolSection.contactsLocationsModule.locations', id) ?? [];
  if (!Array.isArray(rawLocations)) throw new UnexpectedResponseError(id, 'protocolSection.contactsLocationsModule.locations', 'should be a list');
  const locations: RegistryRecord['locations'] = [];
  rawLocations.forEach((location: Json, index) => {
    const country = text(field(location, 'country', id, true), id, `protocolSection.contactsLocationsModule.locations[${index}].country`);
    const city = field(location, 'city', id);
    const site = { country, ...(typeof city === 'string' && city.trim() ? { city: city.trim() } : {}) };
    if (!locations.some((known) => siteKey(known) === siteKey(site))) locations.push(site);
  });

  return {
    id,
    title: text(field(study, 'protocolSection.identificationModule.briefTitle', id, true), id, 'protocolSection.identificationModule.briefTitle'),
    status: REGISTRY_STATUSES[status as RegistryStatus],
    lastUpdatePosted,
    primaryCompletion,
    enrolment,
    resultsPosted: hasResults === true,
    locations,
  };
}

const siteKey = (site: { country: string; city?: string | undefined }) => `${site.country.toLowerCase()}|${(site.city ?? '').toLowerCase()}`;
const siteName = (site: { country: string; city?: string | undefined }) => (site.city ? `${site.city}, ${site.country}` : site.country);

/** Whether a study found by the scope search is really in scope (the API's search is broad). */
export function inScope(study: Json): boolean {
  const conditions = field(study, 'protocolSection.conditionsModule.conditions', 'a study in the search');
  const interventions = field(study, 'protocolSection.armsInterventionsModule.interventions', 'a study in the search');
  const title = field(study, 'protocolSection.identificationModule.briefTitle', 'a study in the search');
  const words = (value: Json): string[] => (Array.isArray(value) ? value.map((item) => (isObject(item) ? String(item['name'] ?? '') : String(item))) : []);
  const about = [...words(conditions), String(title ?? '')].join(' ');
  const treatment = [...words(interventions), String(title ?? '')].join(' ');
  return LUPUS.test(about) && CELL_THERAPY.test(treatment);
}

/** A trial as content/trials.yaml holds it (the fields the check reads). */
export interface SiteTrial {
  id: string;
  status: string;
  locations: { country: string; city?: string | undefined }[];
  registryUpdated?: string | undefined;
  primaryCompletion?: string | undefined;
  enrolment?: number | undefined;
  resultsPosted?: boolean | undefined;
}

/** What differs between a trial on the site and its record, one line each. */
export function differences(trial: SiteTrial, record: RegistryRecord): string[] {
  const lines: string[] = [];
  if (trial.status !== record.status) lines.push(`status: ${trial.status} → ${record.status}`);
  if (trial.registryUpdated !== record.lastUpdatePosted)
    lines.push(`last update posted: ${trial.registryUpdated ?? 'not recorded'} → ${record.lastUpdatePosted}`);
  const completion = record.primaryCompletion?.date;
  if (trial.primaryCompletion !== completion) {
    lines.push(
      `primary completion: ${trial.primaryCompletion ?? 'not recorded'} → ${completion ? `${completion} (${record.primaryCompletion!.type.toLowerCase()})` : 'not given'}`,
    );
  }
  if (trial.enrolment !== record.enrolment?.count) {
    lines.push(
      `enrolment: ${trial.enrolment ?? 'not recorded'} → ${record.enrolment ? `${record.enrolment.count} (${record.enrolment.type.toLowerCase()})` : 'not given'}`,
    );
  }
  if ((trial.resultsPosted ?? false) !== record.resultsPosted)
    lines.push(record.resultsPosted ? 'results posted on ClinicalTrials.gov' : 'results no longer shown as posted');
  const onSite = new Set(trial.locations.map(siteKey));
  const inRecord = new Set(record.locations.map(siteKey));
  const added = record.locations.filter((site) => !onSite.has(siteKey(site)));
  const removed = trial.locations.filter((site) => !inRecord.has(siteKey(site)));
  if (added.length) lines.push(`sites added: ${added.map(siteName).join('; ')}`);
  if (removed.length) lines.push(`sites removed: ${removed.map(siteName).join('; ')}`);
  return lines;
}

/** The address of one page of the API's answer. */
export function studiesUrl(api: string, params: Record<string, string>, pageToken?: string): string {
  const url = new URL(`${api.replace(/\/+$/, '')}/studies`);
  for (const [key, value] of Object.entries({ format: 'json', pageSize: '100', ...params, ...(pageToken ? { pageToken } : {}) }))
    url.searchParams.set(key, value);
  return url.toString();
}

export type Fetch = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/** Every study of a query, following nextPageToken (at most 20 pages). */
export async function fetchStudies(fetchPage: Fetch, api: string, params: Record<string, string>, subject: string): Promise<Json[]> {
  const studies: Json[] = [];
  let token: string | undefined;
  for (let page = 0; page < 20; page++) {
    let response;
    try {
      response = await fetchPage(studiesUrl(api, params, token));
    } catch (error) {
      const code = (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code;
      if (code && OFFLINE_CODES.has(code)) throw new OfflineError(`could not reach ${new URL(api).host} (${code})`);
      throw error;
    }
    if (!response.ok) throw new UnexpectedResponseError(subject, 'HTTP status', `is ${response.status}`);
    let body: Json;
    try {
      body = JSON.parse(await response.text());
    } catch {
      throw new UnexpectedResponseError(subject, 'the body', 'is not JSON');
    }
    const pageStudies = field(body, 'studies', subject, true);
    if (!Array.isArray(pageStudies)) throw new UnexpectedResponseError(subject, 'studies', 'should be a list');
    studies.push(...pageStudies);
    const next = field(body, 'nextPageToken', subject);
    if (typeof next !== 'string' || next === '') return studies;
    token = next;
  }
  return studies;
}

export interface CheckResult {
  records: Map<string, RegistryRecord>;
  /** Per trial on the site, what differs (empty when it matches). */
  changes: Map<string, string[]>;
  /** In-scope studies open to readers that the site does not list. */
  newStudies: RegistryRecord[];
}

/** Asks the registry about every trial on the site and about new studies in scope. Throws before anything is written. */
export async function checkTrials(trials: readonly SiteTrial[], fetchPage: Fetch, api = DEFAULT_API): Promise<CheckResult> {
  const ids = trials.map((trial) => trial.id);
  const records = new Map<string, RegistryRecord>();
  if (ids.length) {
    for (const study of await fetchStudies(fetchPage, api, { 'filter.ids': ids.join(',') }, 'the trials in content/trials.yaml')) {
      const record = readRecord(study);
      records.set(record.id, record);
    }
  }
  const missing = ids.filter((id) => !records.has(id));
  if (missing.length) throw new UnexpectedResponseError(missing.join(', '), 'the study', 'is not in the answer (check the NCT number in content/trials.yaml)');

  const known = new Set(ids);
  const newStudies: RegistryRecord[] = [];
  const search = await fetchStudies(fetchPage, api, { ...SCOPE_QUERY, 'filter.overallStatus': OPEN_STATUSES.join(',') }, 'the search for new studies');
  for (const study of search) {
    if (!inScope(study)) continue;
    const record = readRecord(study);
    if (!known.has(record.id) && !newStudies.some((found) => found.id === record.id)) newStudies.push(record);
  }

  const changes = new Map(trials.map((trial) => [trial.id, differences(trial, records.get(trial.id)!)] as const));
  return { records, changes, newStudies };
}

/** The report an editor reads, as lines. */
export function report(result: CheckResult, trialsFile: string, written: boolean): string[] {
  const lines: string[] = [];
  const changed = [...result.changes].filter(([, lines]) => lines.length);
  for (const [id, trialLines] of result.changes) {
    const record = result.records.get(id)!;
    lines.push(`${id}  ${trialLines.length ? 'differs from the registry' : 'matches the registry'} (record last updated ${record.lastUpdatePosted})`);
    for (const line of trialLines) lines.push(`  - ${line}`);
  }
  if (result.newStudies.length) {
    lines.push('', `New studies in the site's scope, not in ${trialsFile}:`);
    for (const study of result.newStudies) {
      lines.push(
        `  ${study.id}  ${study.title} (${study.status}; ${[...new Set(study.locations.map((site) => site.country))].join(', ') || 'no sites listed'}; last updated ${study.lastUpdatePosted})`,
      );
    }
  }
  lines.push('');
  if (!changed.length && !result.newStudies.length) {
    lines.push(`All ${result.changes.size} trials match their registry records; no new studies in scope.`);
    return lines;
  }
  if (written) lines.push(`Wrote the registry's status, dates, enrolment, results and sites of ${changed.length} trial(s) into ${trialsFile}.`);
  else if (changed.length) lines.push(`Run npm run trials:check -- --write to copy the registry's fields into ${trialsFile}.`);
  lines.push(
    'An editor must still read each changed record and each new study on ClinicalTrials.gov, and update by hand what this check never writes:',
    '  the entry rules and plain-language wording, the page text that mentions the trial, the trial-registry source in content/sources.yaml,',
    '  and, for a new study, a whole entry in content/trials.yaml.',
  );
  return lines;
}

/** A flow map like the ones editors write: { country: United States, city: Philadelphia }. */
function siteNode(doc: Document, site: RegistryRecord['locations'][number]): YAMLMap {
  const node = doc.createNode(site.city ? { country: site.country, city: site.city } : { country: site.country }) as YAMLMap;
  node.flow = true;
  return node;
}

/**
 * content/trials.yaml with the registry's fields of each trial replaced, comments and every other
 * field kept. `today` becomes each trial's `checked` date.
 */
export function writeRegistryFields(yamlText: string, records: ReadonlyMap<string, RegistryRecord>, today: string): string {
  const doc = parseDocument(yamlText);
  if (!isSeq(doc.contents)) throw new Error('content/trials.yaml should be a list of trials');
  for (const item of (doc.contents as YAMLSeq).items) {
    if (!isMap(item)) continue;
    const record = records.get(String(item.get('id')));
    if (!record) continue;
    item.set('status', record.status);
    const locations = new YAMLSeq();
    for (const site of record.locations) locations.items.push(siteNode(doc, site));
    if (record.locations.length) item.set('locations', locations);
    item.set('registryUpdated', record.lastUpdatePosted);
    // Quoted, so a full date stays the registry's text ("2026-06" or "2026-06-30"), never a YAML timestamp.
    if (record.primaryCompletion) item.set('primaryCompletion', new Scalar(record.primaryCompletion.date));
    else item.delete('primaryCompletion');
    if (record.enrolment) item.set('enrolment', record.enrolment.count);
    else item.delete('enrolment');
    item.set('resultsPosted', record.resultsPosted);
    item.set('checked', today);
    item.set('seenAt', `ClinicalTrials.gov record, read through its API on ${today}`);
  }
  for (const item of (doc.contents as YAMLSeq).items) {
    const completion = isMap(item) ? item.get('primaryCompletion', true) : undefined;
    if (completion instanceof Scalar) completion.type = 'QUOTE_DOUBLE';
  }
  return doc.toString({ lineWidth: 0 });
}
