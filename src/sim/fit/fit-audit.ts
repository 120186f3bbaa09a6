import type { AuditRecord } from '../audit/audit-format.js';
import type { ScenarioDocument } from '../scenario/schema/scenario.js';
import type { Scenario } from '../scenario/types.js';
import { AuditDigest } from './audit-digest.js';
import { fitArrivals } from './fit-arrivals.js';
import { fitDesign } from './fit-design.js';
import { fitMeetings } from './fit-meetings.js';
import { fitReviewTimes } from './fit-review.js';
import { fitSendBacks } from './fit-send-backs.js';
import type { FitPart, FittedValue, NotIdentified, Observation } from './fitted-value.js';
import { reviewRounds } from './review-rounds.js';
import type { RowCounts } from './row-counts.js';
import { TeamCalendars } from './team-calendars.js';

/** The scenario a fit starts from: compiled (calendars, distributions) and as validated (zones of streams, as written). */
export interface FitBase {
  scenario: Scenario;
  document: ScenarioDocument;
}

/** What a fit found: the values to write, what stays at the base's value, what was observed, and how the rows were used. */
export interface FitResult {
  values: FittedValue[];
  notIdentified: NotIdentified[];
  observations: Observation[];
  notes: string[];
  counts: RowCounts;
  /** Assets with at least one usable row. */
  assets: number;
  /** The audit's first and last instants (ms since 1970 UTC; NaN when it has no usable row). */
  fromMs: number;
  toMs: number;
}

/**
 * Fits a base scenario's parameters to an audit: from its records (or a digest fed a streamed
 * file row by row, bad rows included), estimates what the audit identifies — arrival rates and
 * profile, design, revision and review efforts, send-back causes, questions, the meeting cadence —
 * each with its 95% interval and the rows it rests on; lists what it cannot identify (left at the
 * base's value) and how every row was used, repaired or dropped.
 */
export function fitAudit(source: Iterable<AuditRecord> | AuditDigest, base: FitBase): FitResult {
  let digest: AuditDigest;
  if (source instanceof AuditDigest) digest = source;
  else {
    digest = new AuditDigest();
    for (const r of source) digest.add(r);
  }
  const { assets, firstMs, lastMs, counts } = digest.finish();
  const result: FitResult = { values: [], notIdentified: [], observations: [], notes: [], counts, assets: assets.length, fromMs: NaN, toMs: NaN };
  if (assets.length === 0) {
    result.notes.push('the audit has no usable row: nothing fitted, every parameter kept at the base\'s value');
    return result;
  }
  result.fromMs = firstMs;
  result.toMs = lastMs;
  const scenario = base.scenario;
  const calendars = new TeamCalendars(scenario, firstMs);
  const rounds = assets.flatMap(reviewRounds);
  const streamInputs = [...(base.document.work.stream ? [base.document.work.stream] : []), ...base.document.work.streams];
  const parts: FitPart[] = [
    fitArrivals({ assets, base: scenario, streamInputs, startMs: firstMs, endMs: lastMs }),
    fitDesign({ rounds, base: scenario, calendars }),
    fitReviewTimes({ rounds, base: scenario, calendars, endMs: lastMs }),
    fitSendBacks({ rounds, base: scenario }),
    fitMeetings(rounds, scenario),
  ];
  for (const p of parts) {
    result.values.push(...p.values);
    result.notIdentified.push(...p.notIdentified);
    result.observations.push(...p.observations);
    result.notes.push(...p.notes);
  }
  for (const role of ['designer', 'reviewer'] as const) {
    const names = [...calendars.unknown[role]];
    if (names.length > 0) result.notes.push(`${names.length} ${role}${names.length === 1 ? '' : 's'} of the audit not in the base's team (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}): their working hours taken from the base's first ${role}`);
  }
  return result;
}
