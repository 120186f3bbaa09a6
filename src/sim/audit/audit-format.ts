// The audit format: one row per review event of an asset, as a team exports it from its tracker.
// This module is the format's one definition (columns, values, how a row reads); the README
// documents it and scenarios/audit-example.csv shows it.
import type { Problem } from '../scenario/problem.js';
import { parseAuditTime } from './audit-time.js';
import type { CsvField, CsvRecord } from './csv-reader.js';

/** What happened to an asset on a row. */
export type AuditEvent = 'created' | 'submitted' | 'first response' | 'decision' | 'approved';
/** A reviewer's verdict on a submission. */
export type AuditDecision = 'approved' | 'changes requested' | 'question';
/** Where a submission was reviewed. */
export type AuditRoute = 'sync' | 'async';

/** The columns, in the order Handoff writes them. */
export const AUDIT_COLUMNS = ['asset', 'campaign', 'asset_type', 'channel', 'route', 'designer', 'reviewer', 'time', 'event', 'decision', 'reason'] as const;
/** One audit column. */
export type AuditColumn = (typeof AUDIT_COLUMNS)[number];
/** Columns every audit has; the others may be missing or empty. */
export const REQUIRED_COLUMNS: readonly AuditColumn[] = ['asset', 'route', 'time', 'event'];
export const AUDIT_EVENTS: readonly AuditEvent[] = ['created', 'submitted', 'first response', 'decision', 'approved'];
export const AUDIT_DECISIONS: readonly AuditDecision[] = ['approved', 'changes requested', 'question'];
export const AUDIT_ROUTES: readonly AuditRoute[] = ['sync', 'async'];

/** One row read: a review event of an asset at a UTC instant. */
export interface AuditRecord {
  /** Line of the file the row starts on. */
  line: number;
  asset: string;
  campaign: string;
  assetType: string;
  channel: string;
  route: AuditRoute;
  designer: string;
  reviewer: string;
  /** The instant, as milliseconds since 1970 UTC. */
  timeMs: number;
  /** The UTC offset the time was written with, in minutes (null when it had none and --tz gave the zone). */
  offsetMin: number | null;
  event: AuditEvent;
  /** The verdict: on decision rows always, on approved rows 'approved', else null. */
  decision: AuditDecision | null;
  reason: string;
  /** Columns of the row's time and event fields (for problems found later, e.g. by the fit). */
  timeCol?: number;
  eventCol?: number;
}

/** Where each known column is in the file (field index), and the columns it has that the format does not know. */
export interface AuditHeader {
  index: Partial<Record<AuditColumn, number>>;
  width: number;
  /** Columns of the file the format does not use (a tracker's extra fields): kept out, listed for the report. */
  ignored: string[];
}

/** A header cell as a column name: case, spaces, hyphens and underscores do not matter ("Asset type" is asset_type). */
function columnName(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, '_');
}

/** A value as one of a list's words: case, spaces, hyphens and underscores do not matter ("Changes_Requested"). */
function wordOf<T extends string>(text: string, words: readonly T[]): T | undefined {
  const key = text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  return words.find((w) => w === key);
}

/** Reads the header row: the known columns' places, or a problem per required column missing and per duplicate. */
export function readAuditHeader(record: CsvRecord): { header: AuditHeader; problems: Problem[] } {
  const index: Partial<Record<AuditColumn, number>> = {};
  const ignored: string[] = [];
  const problems: Problem[] = [];
  record.fields.forEach((f, i) => {
    const name = columnName(f.text) as AuditColumn;
    if (!(AUDIT_COLUMNS as readonly string[]).includes(name)) {
      ignored.push(f.text);
      return;
    }
    if (index[name] !== undefined) {
      problems.push(at(f, name, `the column "${f.text}" appears twice in the header (also column ${index[name]! + 1})`));
      return;
    }
    index[name] = i;
  });
  for (const c of REQUIRED_COLUMNS) {
    if (index[c] === undefined) {
      problems.push({ path: [c], line: record.line, col: 1, message: `the header has no "${c}" column (required: ${REQUIRED_COLUMNS.join(', ')}; optional: ${AUDIT_COLUMNS.filter((x) => !REQUIRED_COLUMNS.includes(x)).join(', ')})` });
    }
  }
  return { header: { index, width: record.fields.length, ignored }, problems };
}

function at(field: CsvField, column: string, message: string): Problem {
  return { path: [column], line: field.line, col: field.col, message };
}

/** Options of reading rows: the zone of times written without an offset (`--tz`). */
export interface AuditReadOptions {
  tz?: string;
}

/**
 * Reads one data row into a record, or the row's problems, each at its line and column:
 * a missing required value, a word not in the format's list, a time that does not parse or has no
 * offset (without `--tz`), a decision on a row that takes none, a row wider or narrower than the header.
 */
export function readAuditRow(record: CsvRecord, header: AuditHeader, options: AuditReadOptions = {}): { record?: AuditRecord; problems: Problem[] } {
  const problems: Problem[] = [];
  const fields = record.fields;
  if (fields.length !== header.width) {
    const f = fields[Math.min(fields.length, header.width) - 1] ?? fields[0];
    problems.push({ path: [], line: f.line, col: f.col, message: `the row has ${fields.length} field${fields.length === 1 ? '' : 's'}, the header ${header.width}` });
    return { problems };
  }
  const cell = (c: AuditColumn): CsvField | undefined => (header.index[c] === undefined ? undefined : fields[header.index[c]!]);
  const text = (c: AuditColumn): string => cell(c)?.text.trim() ?? '';
  const required = (c: AuditColumn, what: string): CsvField | undefined => {
    const f = cell(c)!;
    if (f.text.trim() !== '') return f;
    problems.push(at(f, c, `missing: ${what}`));
    return undefined;
  };

  const asset = required('asset', 'the id of the asset the row is about');
  const routeField = required('route', 'sync (reviewed in a meeting) or async (in a queue)');
  const route = routeField && wordOf(routeField.text, AUDIT_ROUTES);
  if (routeField && !route) problems.push(at(routeField, 'route', `"${routeField.text}" is not sync or async`));
  const eventField = required('event', `one of ${AUDIT_EVENTS.join(', ')}`);
  const event = eventField && wordOf(eventField.text, AUDIT_EVENTS);
  if (eventField && !event) problems.push(at(eventField, 'event', `"${eventField.text}" is not one of ${AUDIT_EVENTS.join(', ')}`));
  const timeField = required('time', `when it happened, with its UTC offset (e.g. 2026-03-02T09:30:00+01:00)`);
  const time = timeField && parseAuditTime(timeField.text, options.tz);
  if (timeField && time && !time.ok) problems.push(at(timeField, 'time', time.message));

  const decisionField = cell('decision');
  let decision: AuditDecision | null = null;
  if (decisionField && decisionField.text.trim() !== '') {
    const d = wordOf(decisionField.text, AUDIT_DECISIONS);
    if (!d) problems.push(at(decisionField, 'decision', `"${decisionField.text}" is not one of ${AUDIT_DECISIONS.join(', ')}`));
    else if (event && event !== 'decision' && !(event === 'approved' && d === 'approved')) {
      problems.push(at(decisionField, 'decision', `a ${event} row carries no decision (only decision rows, and approved rows with "approved")`));
    } else decision = d;
  } else if (event === 'decision') {
    problems.push(decisionField
      ? at(decisionField, 'decision', `missing: a decision row says ${AUDIT_DECISIONS.join(', ')}`)
      : { path: ['decision'], line: record.line, col: 1, message: 'a decision row needs a decision column (approved, changes requested or question)' });
  }
  if (event === 'approved') decision = 'approved';

  if (problems.length > 0 || !asset || !route || !event || !time || !time.ok) {
    return { problems: problems.sort((a, b) => a.line! - b.line! || a.col! - b.col!) };
  }
  return {
    record: {
      line: record.line,
      asset: asset.text.trim(),
      campaign: text('campaign'),
      assetType: text('asset_type'),
      channel: text('channel'),
      route,
      designer: text('designer'),
      reviewer: text('reviewer'),
      timeMs: time.utcMs,
      offsetMin: time.offsetMin,
      event,
      decision,
      reason: text('reason'),
      timeCol: timeField.col,
      eventCol: eventField.col,
    },
    problems,
  };
}
