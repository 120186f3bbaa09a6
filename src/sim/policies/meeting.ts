import type { Asset } from '../model/asset.js';
import { decide, questionsRaised } from '../model/outcome.js';
import type { Pipeline } from '../model/pipeline.js';

/** A meeting that settles review items in the room. */
export interface MeetingPlan {
  start: number;
  /** Slot length: no item starts that would not finish inside it. */
  durationMin: number;
  attendees: readonly number[];
  /** Designers of discussed items join (presenters). */
  presenters: boolean;
  /** Items in discussion order. */
  items: readonly Asset[];
  /** Charged to attendees' meeting hours. */
  label: string;
  /** Attendees may be outside their hours (sync.stretch): only the part in hours is working time; the rest is counted apart. */
  stretched?: boolean;
}

/** What a meeting did: the items it discussed (the rest roll over) and what it took. */
export interface MeetingOutcome {
  discussed: Asset[];
  /** Minutes of the slot used. */
  usedMin: number;
  /** Person-minutes of meeting time charged (attendees and presenters). */
  personMin: number;
}

/**
 * Holds a meeting: items are discussed in order, each for its sampled discussion time (plus an
 * in-room clarification for each question an unclear brief raises: what takes a written round
 * trip each is settled in one sitting) while the slot has room; each decision is issued when its
 * item ends.
 */
export function holdMeeting(pipeline: Pipeline, plan: MeetingPlan): MeetingOutcome {
  const w = pipeline.world;
  const s = w.scenario;
  const chair = plan.attendees.length > 0 ? plan.attendees[0] : -1;
  let used = 0;
  const discussed: Asset[] = [];
  if (w.log) w.record(null, chair, `${plan.label} starts (slot ${plan.durationMin}m)`, plan.start);
  for (const asset of plan.items) {
    const draws = pipeline.draws.round(asset);
    let minutes = pipeline.draws.sample(asset, 'discussion', s.effort.discussion);
    const questions = questionsRaised(s, asset, draws, 0);
    for (let q = 0; q < questions; q++) minutes += pipeline.draws.sample(asset, 'clarify', s.effort.clarification);
    if (questions > 0) w.metrics.count('questions', plan.start, questions);
    const fits = used + minutes <= plan.durationMin + 1e-9;
    if (!fits && discussed.length > 0) break;
    minutes = Math.min(minutes, plan.durationMin - used);
    const itemStart = plan.start + used;
    used += minutes;
    discussed.push(asset);
    w.at(itemStart, (t) => {
      w.endWait(asset, t, chair);
      asset.state = 'in-review';
      if (w.log) w.record(asset, chair, `discussed in ${plan.label}`, t);
    });
    const decision = decide(s, asset, draws, {
      setting: 'meeting',
      perfectionism: chair >= 0 ? w.people[chair].spec.perfectionism : s.quality.perfectionism,
      typeDecidedBefore: pipeline.typeDecidedBefore(asset),
    });
    w.at(plan.start + used, (t) => pipeline.decided(asset, decision, chair, t, 'meeting'));
  }
  let personMin = 0;
  if (used > 0) {
    const present = new Set(plan.attendees);
    if (plan.presenters) for (const a of discussed) if (a.designer >= 0) present.add(a.designer);
    for (const id of present) {
      if (!plan.stretched) {
        w.interrupt(id, used, 'meetings', plan.start);
        continue;
      }
      // An early or late call: the minutes outside the person's hours take none of their working time.
      const inHours = w.people[id].calendar.workingMinutesBetween(plan.start, plan.start + used);
      if (inHours > 0) w.interrupt(id, inHours, 'meetings', plan.start);
      if (used - inHours > 1e-9) w.metrics.count('meetingOutOfHoursMin', plan.start, used - inHours);
    }
    personMin = used * present.size;
  }
  return { discussed, usedMin: used, personMin };
}
