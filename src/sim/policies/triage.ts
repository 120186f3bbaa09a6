import type { MeetingSpec } from '../scenario/types.js';
import type { AsyncQueue } from './async-queue.js';
import { holdMeeting } from './meeting.js';
import { allAvailable, nextOccurrence } from '../scenario/meeting-slots.js';
import type { Ticket } from './ticket.js';

/**
 * A weekly triage meeting for an async queue: the `items` oldest untouched tickets are settled
 * in the room, in the order of their age.
 */
export function armTriage(queue: AsyncQueue, spec: MeetingSpec & { items: number }): void {
  const w = queue.pipeline.world;
  const schedule = (from: number) => {
    const t = nextOccurrence(spec, w.scenario.originMs, from, 0);
    if (t <= w.scenario.horizonMin) w.at(t, meet);
  };
  const meet = (now: number) => {
    schedule(now + 1);
    // Members who have left (or not yet joined) are not expected.
    const attendees = spec.attendees.map((id) => w.people[id]).filter((p) => p.memberAt(now));
    if ((attendees.length === 0 && spec.attendees.length > 0) || !allAvailable(attendees, now, spec.durationMin)) return;
    const waiting: Ticket[] = queue.waitingTickets().filter((t) => !t.responded);
    waiting.sort((a, b) => a.asset.firstSubmittedAt - b.asset.firstSubmittedAt || a.seq - b.seq);
    const stuck = waiting.slice(0, spec.items);
    if (stuck.length === 0) return;
    for (const t of stuck) queue.remove(t);
    const { discussed } = holdMeeting(queue.pipeline, {
      start: now,
      durationMin: spec.durationMin,
      attendees: attendees.map((p) => p.id),
      presenters: false,
      items: stuck.map((t) => t.asset),
      label: 'triage',
    });
    for (const t of stuck.slice(0, discussed.length)) {
      t.responded = true;
      for (const h of t.timers) w.cancel(h);
      w.metrics.firstResponded(t.asset, now - t.enqueuedAt, Number.isFinite(t.dueAt) ? now <= t.dueAt : undefined);
    }
    // Items the triage did not reach go back to the queue, first in line.
    for (const t of stuck.slice(discussed.length)) queue.place(t, t.assignee, true);
    w.metrics.meeting(now, stuck.length, discussed.length);
  };
  schedule(0);
}
