import type { Asset } from '../model/asset.js';
import { decide } from '../model/outcome.js';
import type { Pipeline } from '../model/pipeline.js';

/** A chair's sign-off of low-risk items at the start of a meeting. */
export interface FastTrackPlan {
  start: number;
  /** Room in the slot: no item is signed off that would not fit. */
  durationMin: number;
  /** Present attendees; the first chairs. */
  attendees: readonly number[];
  items: readonly Asset[];
  perItemMin: number;
}

/**
 * The chair decides each item at a glance, `perItemMin` apiece, without discussion: nothing is
 * clarified in the room, so the decision carries the risks of a written review (a misread brief is
 * caught by the designer's later rework, not in the meeting). Returns the items decided and what it took.
 */
export function fastTrack(pipeline: Pipeline, plan: FastTrackPlan): { decided: Asset[]; usedMin: number; personMin: number } {
  const w = pipeline.world;
  const s = w.scenario;
  const chair = plan.attendees.length > 0 ? plan.attendees[0] : -1;
  const decided: Asset[] = [];
  let used = 0;
  for (const asset of plan.items) {
    if (used + plan.perItemMin > plan.durationMin + 1e-9) break;
    const itemStart = plan.start + used;
    used += plan.perItemMin;
    decided.push(asset);
    const decision = decide(s, asset, pipeline.draws.round(asset), {
      setting: 'written',
      perfectionism: chair >= 0 ? w.people[chair].spec.perfectionism : s.quality.perfectionism,
      typeDecidedBefore: pipeline.typeDecidedBefore(asset),
    });
    w.at(itemStart, (t) => {
      w.endWait(asset, t, chair);
      asset.state = 'in-review';
      if (w.log) w.record(asset, chair, 'fast-tracked in review meeting', t);
    });
    w.at(plan.start + used, (t) => pipeline.decided(asset, decision, chair, t, 'written'));
  }
  if (used > 0) for (const id of plan.attendees) w.interrupt(id, used, 'meetings', plan.start);
  return { decided, usedMin: used, personMin: used * plan.attendees.length };
}
