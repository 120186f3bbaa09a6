import type { Asset } from '../model/asset.js';
import { removeAll } from '../model/list.js';
import type { Person } from '../model/person.js';
import type { Pipeline } from '../model/pipeline.js';
import type { ReviewChannel } from '../model/review-channel.js';
import type { Scenario } from '../scenario/types.js';
import { holdMeeting } from './meeting.js';
import { allAvailable, moveUntilAvailable, nextOccurrence } from '../scenario/meeting-slots.js';

/** Agenda order: highest priority first, then the asset waiting longest since its first submission. */
export function agendaOrder(a: Asset, b: Asset): number {
  return b.priority - a.priority || a.firstSubmittedAt - b.firstSubmittedAt || a.id - b.id;
}

/**
 * The synchronous review gate: submissions wait for the next meeting whose agenda cut-off they
 * made; the meeting discusses what fits in its slot and the rest roll over. A meeting a required
 * attendee cannot make is moved, costing everyone rescheduling time.
 */
export class SyncGate implements ReviewChannel {
  readonly backlog: Asset[] = [];
  private readonly spec: Scenario['sync'];
  /** The meeting's attendees as people; the first chairs. */
  private readonly attendees: Person[];

  constructor(readonly pipeline: Pipeline) {
    const w = pipeline.world;
    this.spec = w.scenario.sync;
    this.attendees = this.spec.attendees.map((id) => w.people[id]);
    this.scheduleFrom(0);
  }

  /**
   * Files a submission in agenda order. An asset's place never changes while it waits (priority,
   * first submission and id are fixed), so keeping the backlog sorted spares each meeting a sort.
   */
  enqueue(asset: Asset): void {
    const backlog = this.backlog;
    let lo = 0;
    let hi = backlog.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (agendaOrder(backlog[mid], asset) <= 0) lo = mid + 1;
      else hi = mid;
    }
    backlog.push(asset);
    for (let i = backlog.length - 1; i > lo; i--) backlog[i] = backlog[i - 1];
    backlog[lo] = asset;
  }

  waitingCount(): number {
    return this.backlog.length;
  }

  oldestWaitSince(): number {
    let oldest = Infinity;
    for (const a of this.backlog) if (a.waitSince < oldest) oldest = a.waitSince;
    return oldest;
  }

  private scheduleFrom(fromMin: number): void {
    const w = this.pipeline.world;
    const t = nextOccurrence(this.spec, w.scenario.originMs, fromMin, 0);
    if (t > w.scenario.horizonMin) return;
    w.at(t, (now) => this.occur(now));
  }

  private occur(slot: number): void {
    const w = this.pipeline.world;
    const spec = this.spec;
    const attendees = this.attendees;
    const chair = attendees[0];
    this.scheduleFrom(slot + 1);
    // A daily meeting on a day someone is off simply does not happen; a weekly one is moved.
    if (spec.daily && !allAvailable(attendees, slot, spec.durationMin)) return;
    if (chair) w.interrupt(chair.id, spec.schedulingMin, 'scheduling', slot);
    const { time, movedDays } = moveUntilAvailable(spec, w.scenario.originMs, attendees, slot);
    if (movedDays > 0) {
      w.metrics.count('meetingMoves', slot);
      for (const p of attendees) w.interrupt(p.id, spec.rescheduleMin, 'scheduling', slot);
      if (w.log) w.record(null, chair?.id ?? -1, `meeting moved ${movedDays}d`, slot);
    }
    if (!allAvailable(attendees, time, spec.durationMin)) return;
    w.at(time, (now) => this.meet(now));
  }

  private meet(now: number): void {
    const cutoff = now - this.spec.cutoffMin;
    // The backlog is in agenda order already.
    const agenda = this.backlog.filter((a) => a.waitSince <= cutoff);
    if (agenda.length === 0) return;
    const discussed = holdMeeting(this.pipeline, {
      start: now,
      durationMin: this.spec.durationMin,
      attendees: this.spec.attendees,
      presenters: this.spec.presenters,
      items: agenda,
      label: 'review meeting',
    });
    const gone = new Set(discussed);
    const w = this.pipeline.world;
    if (w.log) for (const a of agenda) if (!gone.has(a)) w.record(a, this.spec.attendees[0] ?? -1, 'rolled over', now);
    removeAll(this.backlog, gone);
    this.pipeline.world.metrics.meeting(now, agenda.length, discussed.length);
  }
}
