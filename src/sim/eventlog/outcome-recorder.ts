import { AssetOutcomes } from '../audit/asset-outcomes.js';
import type { EventRow } from '../model/world.js';
import type { Scenario } from '../scenario/types.js';
import { auditEventOf } from './audit-rows.js';
import { ReviewTrail } from './review-trail.js';

/**
 * Reads a replication's event log as its audit would read (the same rows `--events-format audit`
 * writes) into per-asset outcomes: what a backtest compares with a team's real audit.
 */
export class OutcomeRecorder {
  readonly outcomes = new AssetOutcomes();
  private readonly trail: ReviewTrail;

  constructor(scenario: Scenario) {
    this.trail = new ReviewTrail(scenario);
  }

  /** Takes the next event-log row (in time order). */
  row(r: EventRow): void {
    const e = this.trail.read(r);
    if (r.asset === '') return;
    const a = auditEventOf(e);
    if (a !== null) this.outcomes.note(r.asset, r.timeMin, a.event, a.decision === '' ? null : a.decision);
  }
}
