import type { ParsedDuration } from '../scenario/duration.js';
import type { Person } from '../model/person.js';
import { after, type AsyncQueue } from './async-queue.js';
import type { Ticket } from './ticket.js';

/** SLA and escalation settings of a queue, resolved to people. */
export interface SlaConfig {
  firstResponse?: ParsedDuration;
  /** Whose hours count: a fixed group, or null for the ticket's reviewer (pool: the earliest). */
  calendarPeople: Person[] | null;
  /** Reviewers turn to a ticket this long before its deadline (in the SLA's units). */
  switchBefore?: ParsedDuration;
  escalation?: { after: ParsedDuration; action: 'reassign' | 'lead'; lead: number[]; handoverMin: number };
}

/** The instant `d` after `t` in the SLA's calendar for this ticket. */
function deadline(queue: AsyncQueue, sla: SlaConfig, ticket: Ticket, t: number, d: ParsedDuration): number {
  if (sla.calendarPeople) return earliestAfter(sla.calendarPeople, t, d);
  if (ticket.assignee >= 0) return after(t, d, queue.pipeline.world.people[ticket.assignee]);
  return earliestAfter(queue.reviewers, t, d);
}

/** The earliest instant `d` after `t` in any of these people's calendars. */
function earliestAfter(people: readonly Person[], t: number, d: ParsedDuration): number {
  let best = Infinity;
  for (let i = 0; i < people.length; i++) {
    // People of one group share their windows: the same answer needs no second search.
    if (i > 0 && people[i].calendar.sharesWindowsWith(people[i - 1].calendar)) continue;
    best = Math.min(best, after(t, d, people[i]));
  }
  return best;
}

/**
 * Arms the SLA on a queue: each ticket gets its first-response deadline, and becomes urgent
 * `switchBefore` ahead of it, pre-empting its reviewer's own work; with escalation, a ticket still
 * untouched after the escalation time is reassigned or handed to a lead, who first reads into it.
 */
export function armSla(queue: AsyncQueue, sla: SlaConfig): void {
  const w = queue.pipeline.world;
  const previous = queue.onTicket;
  const source = w.source('escalations of tickets without a first response (async.escalation.after, eventDriven.escalateAfter)');
  // The timers' actions, shared by every ticket (a timer carries only its ticket).
  const switchNow = (t: number, ticket: Ticket) => {
    if (!ticket.responded && !ticket.urgent) queue.press(ticket, t);
  };
  const esc = sla.escalation;
  const escalateNow = (t: number, ticket: Ticket) => escalate(queue, esc!, ticket, t);
  const fr = sla.firstResponse;
  const margin = sla.switchBefore?.minutes ?? 0;
  // The switch deadline's duration, made once: it is the same for every ticket.
  const switchDuration = fr && margin < fr.minutes ? { minutes: fr.minutes - margin, business: fr.business } : null;
  // A named function, not a literal assigned to the hook: see World (hooks).
  const onTicket = (ticket: Ticket, now: number) => {
    previous(ticket, now);
    if (fr) {
      ticket.dueAt = deadline(queue, sla, ticket, now, fr);
      const switchAt = switchDuration === null ? now : deadline(queue, sla, ticket, now, switchDuration);
      ticket.timers.push(w.on(switchAt, switchNow, ticket));
    }
    if (!esc) return;
    ticket.timers.push(w.on(deadline(queue, sla, ticket, now, esc.after), escalateNow, ticket, source, ticket.asset));
  };
  queue.onTicket = onTicket;
}

function escalate(queue: AsyncQueue, esc: NonNullable<SlaConfig['escalation']>, ticket: Ticket, now: number): void {
  if (ticket.responded) return;
  const w = queue.pipeline.world;
  w.metrics.count('escalations', now);
  w.record(ticket.asset, -1, 'escalated', now);
  if (esc.action === 'lead' && esc.lead.length > 0) {
    if (!queue.remove(ticket)) return;
    const lead = esc.lead[0];
    ticket.assignee = lead;
    ticket.handoverMin = esc.handoverMin;
    w.people[lead].load++;
    w.assign(lead, queue.reviewTask(ticket, lead, now), now);
    return;
  }
  const pick = ticket.assignee < 0 ? null : otherReviewer(queue, ticket.assignee, now);
  if (pick === null) {
    // A pooled ticket (or nobody else to take it): urgent, for whoever can turn to it first.
    queue.press(ticket, now);
    return;
  }
  ticket.handoverMin = esc.handoverMin;
  queue.handTo(ticket, pick.id, now);
}

/**
 * The reviewer an escalated ticket goes to instead of `assignee`: among the others on the team
 * now, the least loaded of those working now (of all of them when nobody is), the first in the
 * configured order on a tie; null when there is nobody else. One pass, no lists made.
 */
function otherReviewer(queue: AsyncQueue, assignee: number, now: number): Person | null {
  const people = queue.pipeline.world.people;
  const ids = queue.config.reviewers;
  let working: Person | null = null;
  let any: Person | null = null;
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] === assignee) continue;
    const p = people[ids[i]];
    if (!p.memberAt(now)) continue;
    if (any === null || p.load < any.load) any = p;
    if (p.calendar.isWorking(now) && (working === null || p.load < working.load)) working = p;
  }
  return working ?? any;
}
