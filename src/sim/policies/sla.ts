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
  queue.onTicket = (ticket, now) => {
    previous(ticket, now);
    const fr = sla.firstResponse;
    if (fr) {
      ticket.dueAt = deadline(queue, sla, ticket, now, fr);
      const margin = sla.switchBefore?.minutes ?? 0;
      const switchAt = margin >= fr.minutes ? now : deadline(queue, sla, ticket, now, { minutes: fr.minutes - margin, business: fr.business });
      ticket.timers.push(w.at(switchAt, (t) => {
        if (!ticket.responded && !ticket.urgent) queue.press(ticket, t);
      }));
    }
    const esc = sla.escalation;
    if (!esc) return;
    ticket.timers.push(w.at(deadline(queue, sla, ticket, now, esc.after), (t) => escalate(queue, esc, ticket, t), source, ticket.asset));
  };
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
  const others = queue.config.reviewers.filter((id) => id !== ticket.assignee).map((id) => w.people[id]).filter((p) => p.memberAt(now));
  if (others.length === 0 || ticket.assignee < 0) {
    // A pooled ticket (or nobody else to take it): urgent, for whoever can turn to it first.
    queue.press(ticket, now);
    return;
  }
  const working = others.filter((p) => p.calendar.isWorking(now));
  const pool = working.length > 0 ? working : others;
  let pick = pool[0];
  for (const p of pool) if (p.load < pick.load) pick = p;
  ticket.handoverMin = esc.handoverMin;
  queue.handTo(ticket, pick.id, now);
}
