import { formatMinutes, type ParsedDuration } from '../scenario/duration.js';
import { after, type AsyncQueue } from './async-queue.js';
import type { Ticket } from './ticket.js';

/**
 * The invisible queue's chat pings: a ticket untouched for `afterDuration` draws a ping from its
 * designer that interrupts both, and makes the ticket urgent for the pinged reviewer; repeated.
 */
export function armPings(queue: AsyncQueue, afterDuration: ParsedDuration, interruptMin: number): void {
  const w = queue.pipeline.world;
  const previous = queue.onTicket;
  const source = w.source(
    `chat pings on unanswered tickets, every ${formatMinutes(afterDuration.minutes)}${afterDuration.business ? ' of business time' : ''} ` +
      `(async.pings.after), each interrupting its designer and reviewer for ${formatMinutes(interruptMin)} (async.pings.interrupt)`,
  );
  const schedule = (ticket: Ticket, from: number) => {
    const target = ticket.assignee >= 0 ? ticket.assignee : queue.config.reviewers[0];
    ticket.timers.push(w.on(after(from, afterDuration, w.people[target]), ping, ticket, source, ticket.asset));
  };
  const ping = (now: number, ticket: Ticket) => {
    if (ticket.responded) return;
    w.metrics.count('pings', now);
    const reviewers = queue.reviewers;
    const target =
      ticket.assignee >= 0 ? w.people[ticket.assignee] : (reviewers.find((p) => p.calendar.isWorking(now)) ?? reviewers[0]);
    const designer = ticket.asset.designer;
    if (designer >= 0) w.interrupt(designer, interruptMin, 'interruptions', now);
    w.interrupt(target.id, interruptMin, 'interruptions', now);
    w.record(ticket.asset, target.id, 'pinged', now);
    if (ticket.assignee >= 0) {
      queue.press(ticket, now);
    } else {
      queue.handTo(ticket, target.id, now);
    }
    schedule(ticket, now);
  };
  // A named function, not a literal assigned to the hook: see World (hooks).
  const onTicket = (ticket: Ticket, now: number) => {
    previous(ticket, now);
    schedule(ticket, now);
  };
  queue.onTicket = onTicket;
}
