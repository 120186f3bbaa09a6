import { formatMinutes, type ParsedDuration } from '../scenario/duration.js';
import { decide } from '../model/outcome.js';
import type { Person } from '../model/person.js';
import { after, type AsyncQueue } from './async-queue.js';
import type { Ticket } from './ticket.js';

/** The first instant at or after `t` when both people are working (Infinity within 60 tries). */
export function firstOverlap(a: Person, b: Person, t: number): number {
  let at = t;
  for (let i = 0; i < 60; i++) {
    at = Math.max(a.calendar.nextWorkingInstant(at), b.calendar.nextWorkingInstant(at));
    if (!Number.isFinite(at)) return Infinity;
    if (a.calendar.isWorking(at) && b.calendar.isWorking(at)) return at;
  }
  return Infinity;
}

/**
 * The drift back to sync: a ticket untouched for `afterDuration` gets an ad-hoc call between its
 * designer and a reviewer at their first shared working moment, which settles it in the call.
 */
export function armAdHocCalls(queue: AsyncQueue, afterDuration: ParsedDuration, durationMin: number): void {
  const w = queue.pipeline.world;
  const s = w.scenario;
  const previous = queue.onTicket;
  const source = w.source(`ad-hoc calls on tickets untouched for ${formatMinutes(afterDuration.minutes)} (async.adHocCall.after)`);
  const call = (now: number, ticket: Ticket) => {
    if (ticket.responded) return;
    const asset = ticket.asset;
    const reviewer = w.people[ticket.assignee >= 0 ? ticket.assignee : queue.config.reviewers[0]];
    const designer = asset.designer >= 0 ? w.people[asset.designer] : reviewer;
    const at = firstOverlap(designer, reviewer, now);
    if (!Number.isFinite(at)) return;
    ticket.timers.push(
      w.at(at, (t) => {
        if (ticket.responded || !queue.remove(ticket)) return;
        ticket.responded = true;
        for (const h of ticket.timers) w.cancel(h);
        w.metrics.firstResponded(asset, t - ticket.enqueuedAt, Number.isFinite(ticket.dueAt) ? t <= ticket.dueAt : undefined);
        w.metrics.count('adHocCalls', t);
        w.endWait(asset, t, reviewer.id);
        asset.state = 'in-review';
        w.record(asset, reviewer.id, 'ad-hoc call', t);
        for (const id of new Set([designer.id, reviewer.id])) w.interrupt(id, durationMin, 'meetings', t);
        const decision = decide(s, asset, queue.pipeline.draws.round(asset), {
          setting: 'meeting',
          perfectionism: reviewer.spec.perfectionism,
          typeDecidedBefore: queue.pipeline.typeDecidedBefore(asset),
        });
        w.at(t + durationMin, (t2) => queue.pipeline.decided(asset, decision, reviewer.id, t2, 'meeting'), source, asset);
      }, source, asset),
    );
  };
  // A named function, not a literal assigned to the hook: see World (hooks).
  const onTicket = (ticket: Ticket, now: number) => {
    previous(ticket, now);
    const first = w.people[queue.config.reviewers[0]];
    ticket.timers.push(w.on(after(now, afterDuration, first), call, ticket, source, ticket.asset));
  };
  queue.onTicket = onTicket;
}
