import { AUDIT_COLUMNS, type AuditDecision, type AuditEvent } from '../audit/audit-format.js';
import type { ZonedIsoWriter } from '../calendar/zoned-iso.js';
import type { TrailEvent } from './review-trail.js';

/** The audit header line's fields. */
export const AUDIT_HEADER: readonly string[] = AUDIT_COLUMNS;

/** What an event-log event is in the audit's terms, or null when the audit has no row for it. */
export function auditEventOf(e: TrailEvent): { event: AuditEvent; decision: AuditDecision | ''; reason: string } | null {
  const { name, detail } = e.activity;
  if (name === 'created') return { event: 'created', decision: '', reason: '' };
  if (name === 'submitted') return { event: 'submitted', decision: '', reason: '' };
  if (e.firstResponse) return { event: 'first response', decision: '', reason: '' };
  if (name === 'question asked') return { event: 'decision', decision: 'question', reason: '' };
  if (name === 'changes requested') return { event: 'decision', decision: 'changes requested', reason: detail };
  if (name === 'approved') return { event: 'approved', decision: 'approved', reason: '' };
  return null;
}

/**
 * The audit row of an event of the simulated log (fields in AUDIT_COLUMNS order), or null when it
 * is not a review event (work on a task, own work, a meeting's start). Times are written in the
 * acting person's zone with its offset, as a tracker used by a distributed team would show them.
 */
export function auditRowOf(e: TrailEvent, originMs: number, campaignName: (index: number) => string, clock: ZonedIsoWriter): string[] | null {
  const a = auditEventOf(e);
  if (a === null || e.row.asset === '') return null;
  const row = e.row;
  const reviewer = a.event === 'created' || a.event === 'submitted' ? '' : row.person;
  const route = a.event === 'submitted' ? e.activity.detail : row.route;
  return [
    row.asset,
    row.campaign >= 0 ? campaignName(row.campaign) : '',
    row.assetType,
    row.channel,
    route,
    row.designer,
    reviewer,
    clock.format(originMs + row.timeMin * 60_000, e.tz),
    a.event,
    a.decision,
    a.reason,
  ];
}
