import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const SCHEMAS = 'test/fixtures/event-log-schemas';
/** A folder with the standards' published schema files, when the machine has them (see the fixtures' README). */
const PUBLISHED = process.env.HANDOFF_EVENT_LOG_SCHEMAS;
const XSDS = [`${SCHEMAS}/xes-1849.xsd`, ...(PUBLISHED ? [`${PUBLISHED}/xes-ieee-1849-2016.xsd`] : [])];
const OCEL_SCHEMAS = [`${SCHEMAS}/ocel-2.0.schema.json`, ...(PUBLISHED ? [`${PUBLISHED}/ocel20-schema-json.json`] : [])];

/**
 * Validates an XES file against the XES XML Schema (ours, and the published one when present) with xmllint (Debian's
 * libxml2-utils; .ci/run installs it). Returns xmllint's complaints ('' when valid).
 */
export function xesProblems(file: string): string {
  let problems = '';
  for (const xsd of XSDS) {
    const r = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
    if (r.error) throw new Error(`xmllint could not run (${r.error.message}): install libxml2-utils (apt-get install libxml2-utils)`);
    if (r.status !== 0) problems += r.stderr;
  }
  return problems;
}

let ocelValidators: Array<ReturnType<Ajv['compile']>> | null = null;

/** Validates a parsed OCEL 2.0 JSON document against the OCEL 2.0 JSON Schema (ours, and the published one when present) with ajv; the errors, [] when valid. */
export function ocelProblems(doc: unknown): string[] {
  if (ocelValidators === null) {
    ocelValidators = OCEL_SCHEMAS.map((file) => {
      const ajv = new Ajv({ allErrors: true, strict: false });
      addFormats(ajv);
      return ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
  return ocelValidators.flatMap((validate) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)));
}

/** An OCEL document's shape, as far as the tests read it. */
export interface OcelDoc {
  events: Array<{ id: string; type: string; time: string; attributes: Array<{ name: string; value: string }>; relationships: Array<{ objectId: string; qualifier: string }> }>;
  objects: Array<{ id: string; type: string; attributes: Array<{ name: string; value: string; time: string }>; relationships: Array<{ objectId: string; qualifier: string }> }>;
  objectTypes: Array<{ name: string; attributes: Array<{ name: string; type: string }> }>;
  eventTypes: Array<{ name: string; attributes: Array<{ name: string; type: string }> }>;
}

/** Every object id an event or object refers to that no object has (a valid log has none). */
export function danglingReferences(doc: OcelDoc): string[] {
  const ids = new Set(doc.objects.map((o) => o.id));
  const refs = [...doc.events.flatMap((e) => e.relationships), ...doc.objects.flatMap((o) => o.relationships)];
  return refs.map((r) => r.objectId).filter((id) => !ids.has(id));
}
