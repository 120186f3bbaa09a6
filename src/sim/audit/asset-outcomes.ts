import type { AuditDecision, AuditEvent } from './audit-format.js';

/**
 * What happened to each asset of a period, one row per asset first submitted in it (parallel arrays,
 * so a replication's rows cross to the main thread as a few plain arrays). Times are minutes since
 * the period's start; NaN where the period ended first (not approved, no response yet).
 */
export interface OutcomeRows {
  /** First submission, minutes since the period's start. */
  submittedMin: number[];
  /** First submission to approval (minutes); NaN when not approved by the period's end. */
  cycleMin: number[];
  /** First submission to the first review response: a first look, a decision or the approval (minutes); NaN when none by the end. */
  firstResponseMin: number[];
  /** Times a review sent it back for changes. */
  revisions: number[];
}

interface Trail {
  submittedMin: number;
  approvedMin: number;
  firstResponseMin: number;
  revisions: number;
}

/**
 * Gathers an audit's review events per asset, in any order, and tells each asset's outcome: when it
 * was first submitted, approved, first responded to, and how often it was sent back. The real audit
 * and the simulated one go through this same reading, so both sides of a backtest mean the same thing.
 */
export class AssetOutcomes {
  private readonly assets = new Map<string, Trail>();

  /** Notes one review event of `asset` at `timeMin` (any origin, the same for every call). */
  note(asset: string, timeMin: number, event: AuditEvent, decision: AuditDecision | null): void {
    let t = this.assets.get(asset);
    if (t === undefined) {
      t = { submittedMin: Infinity, approvedMin: Infinity, firstResponseMin: Infinity, revisions: 0 };
      this.assets.set(asset, t);
    }
    if (event === 'submitted') t.submittedMin = Math.min(t.submittedMin, timeMin);
    else if (event === 'created') return;
    else {
      t.firstResponseMin = Math.min(t.firstResponseMin, timeMin);
      if (event === 'approved' || decision === 'approved') t.approvedMin = Math.min(t.approvedMin, timeMin);
      else if (event === 'decision' && decision === 'changes requested') t.revisions++;
    }
  }

  /** Assets seen (any event). */
  get size(): number {
    return this.assets.size;
  }

  /** Assets in review at `atMin`: first submitted before it and not approved by it (work in progress at a split). */
  openAt(atMin: number): number {
    let n = 0;
    for (const t of this.assets.values()) if (t.submittedMin < atMin && !(t.approvedMin < atMin)) n++;
    return n;
  }

  /**
   * One row per asset first submitted in [fromMin, toMin), ordered by first submission (ties by
   * id), times relative to `fromMin`; events after `toMin` are not seen (the period ends there).
   */
  rows(fromMin: number, toMin: number): OutcomeRows {
    const chosen: Array<[string, Trail]> = [];
    for (const entry of this.assets) if (entry[1].submittedMin >= fromMin && entry[1].submittedMin < toMin) chosen.push(entry);
    chosen.sort((a, b) => a[1].submittedMin - b[1].submittedMin || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const out: OutcomeRows = { submittedMin: [], cycleMin: [], firstResponseMin: [], revisions: [] };
    for (const [, t] of chosen) {
      out.submittedMin.push(t.submittedMin - fromMin);
      out.cycleMin.push(t.approvedMin <= toMin ? t.approvedMin - t.submittedMin : NaN);
      out.firstResponseMin.push(t.firstResponseMin <= toMin && t.firstResponseMin >= t.submittedMin ? t.firstResponseMin - t.submittedMin : NaN);
      out.revisions.push(t.revisions);
    }
    return out;
  }
}
