import type { Asset } from '../model/asset.js';
import { removeAll } from '../model/list.js';
import type { Person } from '../model/person.js';
import type { Pipeline } from '../model/pipeline.js';
import type { ReviewChannel } from '../model/review-channel.js';
import type { MeetingSpec, Scenario } from '../scenario/types.js';
import { fastTrack } from './fast-track.js';
import { holdMeeting } from './meeting.js';
import { allAvailable, extraSessionTime, moveUntilAvailable, nextOccurrence, sameTimeFrom } from '../scenario/meeting-slots.js';

/** Agenda order: highest priority first, then the asset waiting longest since its first submission. */
export function agendaOrder(a: Asset, b: Asset): number {
  return b.priority - a.priority || a.firstSubmittedAt - b.firstSubmittedAt || a.id - b.id;
}

/** Which meeting is being held: a regular one, one made longer by an overflow, or an overflow session. */
type Sitting = 'regular' | 'longer' | 'overflow';

/**
 * The synchronous review gate: submissions wait for the next meeting whose agenda cut-off they
 * made; the meeting discusses what fits in its slot and the rest roll over. A meeting a required
 * attendee cannot make is moved, costing everyone rescheduling time. Switches let it adapt: slots
 * used in turn, an overflow session or longer meeting when too much rolls over, the chair
 * fast-tracking low-risk items, a thin agenda skipped; a change of attendees renegotiates the slot.
 */
export class SyncGate implements ReviewChannel {
  readonly backlog: Asset[] = [];
  private readonly spec: Scenario['sync'];
  /** The meeting's required attendees as people; the first present chairs. */
  private readonly attendees: Person[];
  /** True when an attendee joins or leaves in this run: attendance is looked up per meeting. */
  private readonly changing: boolean;
  /** Regular meetings scheduled so far: the next uses rotation slot `turn` mod their number. */
  private turn = 0;
  /** Minutes the next regular meeting runs longer (overflow action `longer`). */
  private extraMin = 0;
  /** After a change of attendees, the slot holds again only from this instant. */
  private agreedAt = -Infinity;
  /** When the next regular meeting is due: an overflow session must come before it. */
  private nextRegular = Infinity;

  constructor(readonly pipeline: Pipeline) {
    const w = pipeline.world;
    this.spec = w.scenario.sync;
    this.attendees = this.spec.attendees.map((id) => w.people[id]);
    this.changing = this.attendees.some((p) => p.spans !== null);
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

  /**
   * A required attendee joined or left: the standing slot is agreed again. Everyone now required
   * answers in their own working time (`renegotiate` each); until the last answer is in, a meeting
   * due is moved to the first day after it that everyone can make.
   */
  teamChanged(person: Person, _joined: boolean, now: number): void {
    if (!this.spec.attendees.includes(person.id)) return;
    const w = this.pipeline.world;
    const minutes = this.spec.renegotiateMin;
    const present = this.present(now);
    let agreed = now;
    for (const p of present) {
      // Someone who leaves before they could answer is not waited for.
      const answered = p.calendar.addWorkingTime(p.calendar.nextWorkingInstant(now), minutes);
      if (Number.isFinite(answered)) agreed = Math.max(agreed, answered);
      w.interrupt(p.id, minutes, 'scheduling', now);
    }
    this.agreedAt = Math.max(this.agreedAt, agreed);
    w.metrics.count('renegotiations', now);
    w.metrics.count('renegotiationMin', now, minutes * present.length);
    if (w.log) w.record(null, present[0]?.id ?? -1, `meeting renegotiated (${person.spec.name} ${_joined ? 'joined' : 'left'})`, now);
  }

  /** The required attendees on the team at t. */
  private present(t: number): Person[] {
    return this.changing ? this.attendees.filter((p) => p.memberAt(t)) : this.attendees;
  }

  private scheduleFrom(fromMin: number): void {
    const w = this.pipeline.world;
    const rotation = this.spec.rotation;
    const slot = rotation[this.turn % rotation.length];
    const t = nextOccurrence(slot, w.scenario.originMs, fromMin, 0);
    this.nextRegular = t;
    if (t > w.scenario.horizonMin) return;
    w.at(t, (now) => this.occur(now, slot));
  }

  private occur(slotTime: number, slot: MeetingSpec): void {
    const w = this.pipeline.world;
    const spec = this.spec;
    const attendees = this.present(slotTime);
    const chair = attendees[0];
    this.turn++;
    // Slots used in turn keep the cadence: the next meeting falls in the next period, not later the same day.
    this.scheduleFrom(spec.rotation.length > 1 ? slotTime + (slot.everyDays * 1440) / 2 : slotTime + 1);
    if (this.changing && attendees.length === 0) return;
    // A daily meeting on a day someone is off simply does not happen; a weekly one is moved.
    if (spec.daily && !allAvailable(attendees, slotTime, slot.durationMin, slot.stretchMin)) return;
    if (this.skipsThin(slotTime, chair)) return;
    if (chair) w.interrupt(chair.id, spec.schedulingMin, 'scheduling', slotTime);
    const { time, movedDays } = this.place(slot, attendees, slotTime, slot.durationMin);
    if (movedDays > 0) {
      w.metrics.count('meetingMoves', slotTime);
      for (const p of attendees) w.interrupt(p.id, spec.rescheduleMin, 'scheduling', slotTime);
      if (w.log) w.record(null, chair?.id ?? -1, `meeting moved ${movedDays}d`, slotTime);
    }
    if (!allAvailable(attendees, time, slot.durationMin, slot.stretchMin)) {
      if (w.log) w.record(null, chair?.id ?? -1, 'meeting not held: its attendees are not all at work at its time within two weeks', slotTime);
      return;
    }
    // A longer slot runs on only while everyone is still at work.
    const extra = this.extraMin > 0 ? Math.min(this.extraMin, roomAfter(attendees, time + slot.durationMin)) : 0;
    const sitting: Sitting = extra > 0 ? 'longer' : 'regular';
    w.at(time, (now) => this.meet(now, slot, slot.durationMin + extra, sitting));
  }

  /** When the meeting due at `slotTime` is held: moved while a required attendee is away or the slot is being renegotiated. */
  private place(slot: MeetingSpec, attendees: readonly Person[], slotTime: number, durationMin: number): { time: number; movedDays: number } {
    const originMs = this.pipeline.world.scenario.originMs;
    if (slotTime >= this.agreedAt) return moveUntilAvailable(slot, originMs, attendees, slotTime, durationMin);
    const moved = moveUntilAvailable(slot, originMs, attendees, sameTimeFrom(slot, originMs, this.agreedAt), durationMin);
    return { time: moved.time, movedDays: Math.max(1, Math.round((moved.time - slotTime) / 1440)) };
  }

  /** True (and counted) when attendees skip the meeting because its agenda is thin. */
  private skipsThin(slotTime: number, chair: Person | undefined): boolean {
    const below = this.spec.skipBelow;
    if (below <= 0) return false;
    const cutoff = slotTime - this.spec.cutoffMin;
    let items = 0;
    for (const a of this.backlog) if (a.waitSince <= cutoff && ++items >= below) return false;
    const w = this.pipeline.world;
    w.metrics.count('meetingsSkipped', slotTime);
    // What is saved: the organiser's preparation; the items are discussed next time all the same.
    w.metrics.count('skipSavedMin', slotTime, this.spec.schedulingMin);
    if (w.log) w.record(null, chair?.id ?? -1, `meeting skipped (${items} item${items === 1 ? '' : 's'} on the agenda)`, slotTime);
    return true;
  }

  private meet(now: number, slot: MeetingSpec, durationMin: number, sitting: Sitting): void {
    const spec = this.spec;
    const w = this.pipeline.world;
    const cutoff = now - spec.cutoffMin;
    // The backlog is in agenda order already.
    const agenda = this.backlog.filter((a) => a.waitSince <= cutoff);
    if (agenda.length === 0) return;
    const attendees = this.changing ? this.present(now).map((p) => p.id) : spec.attendees;
    let start = now;
    let handled: Asset[] = [];
    let usedMin = 0;
    let personMin = 0;
    let rest = agenda;
    const fast = spec.fastTrack;
    if (fast) {
      const quick = fastTrack(this.pipeline, { start, durationMin, attendees, items: agenda.filter((a) => fast.kinds.includes(a.kind)), perItemMin: fast.perItemMin });
      handled = quick.decided;
      start += quick.usedMin;
      usedMin += quick.usedMin;
      personMin += quick.personMin;
      w.metrics.count('fastTracked', now, quick.decided.length);
      w.metrics.count('fastTrackMin', now, quick.personMin);
      const signed = new Set(quick.decided);
      rest = agenda.filter((a) => !signed.has(a));
    }
    if (rest.length > 0 && durationMin - usedMin > 1e-9) {
      const held = holdMeeting(this.pipeline, { start, durationMin: durationMin - usedMin, attendees, presenters: spec.presenters, items: rest, label: 'review meeting', stretched: (slot.stretchMin ?? 0) > 0 });
      handled = handled.length > 0 ? handled.concat(held.discussed) : held.discussed;
      usedMin += held.usedMin;
      personMin += held.personMin;
    }
    const gone = new Set(handled);
    if (w.log) for (const a of agenda) if (!gone.has(a)) w.record(a, attendees[0] ?? -1, 'rolled over', now);
    removeAll(this.backlog, gone);
    w.metrics.meeting(now, agenda.length, handled.length);
    if (sitting === 'overflow') w.metrics.count('overflowMin', now, personMin);
    if (sitting === 'longer' && usedMin > slot.durationMin) w.metrics.count('overflowMin', now, (personMin * (usedMin - slot.durationMin)) / usedMin);
    const overflow = spec.overflow;
    if (!overflow) return;
    const over = agenda.length - handled.length > overflow.rollover;
    if (overflow.action === 'longer') {
      if (sitting !== 'overflow') this.lengthen(over, now + durationMin, durationMin - slot.durationMin);
    } else if (over) this.callSession(now + durationMin, slot);
  }

  /**
   * The next meeting runs a step longer than this one (`grantedMin` beyond its slot) when this one
   * left too much over, a step shorter when it did not (never below its own length).
   */
  private lengthen(over: boolean, after: number, grantedMin: number): void {
    const w = this.pipeline.world;
    const step = this.spec.overflow!.durationMin;
    if (!over) {
      this.extraMin = Math.max(0, grantedMin - step);
      return;
    }
    this.extraMin = grantedMin + step;
    w.metrics.count('overflows', after);
    if (w.log) w.record(null, this.attendees[0]?.id ?? -1, `next meeting longer: ${this.extraMin}m more`, after);
  }

  /** Too much rolled over: an extra session before the next regular meeting (another after it while still too much). */
  private callSession(after: number, slot: MeetingSpec): void {
    const w = this.pipeline.world;
    const overflow = this.spec.overflow!;
    const attendees = this.present(after);
    const t = extraSessionTime(slot, w.scenario.originMs, attendees, after, overflow.durationMin);
    if (!(t < this.nextRegular) || t > w.scenario.horizonMin) return;
    const chair = attendees[0];
    if (chair) w.interrupt(chair.id, this.spec.schedulingMin, 'scheduling', after);
    w.metrics.count('overflows', after);
    w.metrics.count('overflowMin', after, chair ? this.spec.schedulingMin : 0);
    if (w.log) w.record(null, chair?.id ?? -1, 'overflow session called', after);
    w.at(t, (now) => this.meet(now, slot, overflow.durationMin, 'overflow'));
  }
}

/** Minutes from t that every one of these people is still at work (the least of their windows' remainders). */
function roomAfter(people: readonly Person[], t: number): number {
  let room = Infinity;
  for (const p of people) room = Math.min(room, p.calendar.isWorking(t) ? p.calendar.windowEnd(t) - t : 0);
  return Math.max(0, room);
}
