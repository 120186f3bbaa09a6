import { parseAuditTime } from '../audit/audit-time.js';

/** Where an audit is cut: the instant (ms since 1970 UTC), and the later period's share of its span when given as a holdout. */
export interface SplitPoint {
  atMs: number;
  rule: 'date' | 'holdout';
  holdoutShare: number | null;
}

/** The audit's span: its first and last event. */
export interface AuditExtent {
  firstMs: number;
  lastMs: number;
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * Reads `--split DATE`: an instant with its offset (2026-03-02T00:00+01:00), or a date alone
 * (midnight in `tz`, else UTC). It must fall strictly inside the audit, with events on both sides.
 */
export function parseSplit(text: string, extent: AuditExtent, tz?: string): SplitPoint | string {
  const trimmed = text.trim();
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
  const time = parseAuditTime(dateOnly ? `${trimmed}T00:00:00${tz ? '' : 'Z'}` : trimmed, tz);
  if (!time.ok) return `--split: ${time.message}`;
  const atMs = time.utcMs;
  const span = `the audit runs from ${iso(extent.firstMs)} to ${iso(extent.lastMs)}`;
  if (atMs <= extent.firstMs) return `--split ${text}: before the audit's first event (${span}); choose an instant inside it`;
  if (atMs >= extent.lastMs) return `--split ${text}: after the audit's last event (${span}); choose an instant inside it`;
  return { atMs, rule: 'date', holdoutShare: null };
}

/** Reads `--holdout P%`: the last P% of the audit's span (0 < P < 100; "30%" or "30") is the later period. */
export function parseHoldout(text: string, extent: AuditExtent): SplitPoint | string {
  const m = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
  const percent = m ? Number(m[1]) : NaN;
  if (!(percent > 0 && percent < 100)) return `--holdout ${text}: the share of the audit held out for the test is a percentage strictly between 0 and 100, e.g. 30%`;
  const share = percent / 100;
  const atMs = Math.round(extent.lastMs - share * (extent.lastMs - extent.firstMs));
  if (!(atMs > extent.firstMs && atMs < extent.lastMs)) return `--holdout ${text}: the audit's span (${iso(extent.firstMs)} to ${iso(extent.lastMs)}) is too short to cut`;
  return { atMs, rule: 'holdout', holdoutShare: share };
}
