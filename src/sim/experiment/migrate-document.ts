import { SCHEMA_VERSION } from './result-document.js';

/**
 * Reading result and sweep documents of earlier versions. A version-1 document opens as version 2
 * with the names of what it counted: its `reworkRate` counted assets sent back at least once, so it
 * becomes `sentBackShare` (the field guide's rework rate, more than one revision, is not in it); its
 * `series.workInProgress` counted assets created and not approved, so it becomes `series.assetsOpen`.
 * Nothing is computed that the document does not hold. Pure: the input is not changed.
 */

type Json = Record<string, unknown>;

/** The outcome of reading a document: as the current version (with what changed), or why it cannot be read. */
export type MigrationResult = { ok: true; document: Json; notes: string[] } | { ok: false; message: string };

/** Version-1 metric names and what they are called now. */
const RENAMED_V1: Record<string, string> = {
  reworkRate: 'sentBackShare',
  reworkRateRouteSync: 'sentBackShareRouteSync',
  reworkRateRouteAsync: 'sentBackShareRouteAsync',
};

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

function renameKeys(record: unknown): unknown {
  if (!isObject(record)) return record;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [RENAMED_V1[k] ?? k, v]));
}

function resultFromV1(r: unknown): unknown {
  if (!isObject(r)) return r;
  const out: Json = { ...r, metrics: renameKeys(r.metrics) };
  if (r.versusFirst !== undefined) out.versusFirst = renameKeys(r.versusFirst);
  if (isObject(r.series)) {
    const { workInProgress, ...series } = r.series;
    out.series = workInProgress === undefined ? series : { ...series, assetsOpen: workInProgress };
  }
  return out;
}

const NOTE_V1 =
  'a schema-1 document, read as schema 2: its reworkRate (assets sent back at least once) reads as sentBackShare and its ' +
  'work-in-progress series (assets created, not yet approved) as assetsOpen; the rework rate of the field guide (more ' +
  'than one revision), documentation hours by part and agenda discussed by items are not in it (re-run the scenario for them)';

/** A result or sweep document as the current schema version, or why it cannot be read. */
export function migrateDocument(doc: unknown): MigrationResult {
  if (!isObject(doc)) return { ok: false, message: 'a result document is a JSON object' };
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, message: 'schemaVersion is missing' };
  if (version > SCHEMA_VERSION) {
    return { ok: false, message: `schemaVersion ${version} is newer than this version of Handoff understands (${SCHEMA_VERSION}); update Handoff to open it` };
  }
  if (version === SCHEMA_VERSION) return { ok: true, document: doc, notes: [] };
  const out: Json = { ...doc, schemaVersion: SCHEMA_VERSION, migratedFrom: version };
  if (Array.isArray(doc.results)) out.results = doc.results.map(resultFromV1);
  if (Array.isArray(doc.points)) out.points = doc.points.map((p) => (isObject(p) && Array.isArray(p.results) ? { ...p, results: p.results.map(resultFromV1) } : p));
  return { ok: true, document: out, notes: [NOTE_V1] };
}
