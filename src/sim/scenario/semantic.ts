import { WorkingCalendar } from '../calendar/working-calendar.js';
import { withinStretch } from './meeting-slots.js';
import { localDateOf, zonedToUtcMs } from '../calendar/zone.js';
import { meanOf } from '../random/distribution.js';
import type { ParsedDuration } from './duration.js';
import type { Problem } from './problem.js';
import type { MeetingSpec, ModelName, Scenario } from './types.js';

const DAY_MS = 86_400_000;
/** How far ahead a meeting's regular slots are checked against its attendees' hours. */
const CHECK_DAYS = 35;

/**
 * Mistakes the schema cannot see, found on the compiled scenario: work nobody can do, meetings
 * nobody can attend, routes to a model with nobody in it, an SLA shorter than the review itself.
 * Checks apply only to the models the scenario runs (`model` and `models`, and any `also` asked for
 * on the command line).
 */
export function semanticProblems(s: Scenario, also: readonly ModelName[] = []): Problem[] {
  const used = new Set<ModelName>([s.model, ...s.models, ...also]);
  return [
    ...designerProblems(s),
    ...reviewerProblems(s, used),
    ...syncProblems(s, used),
    ...routeProblems(s, used),
    ...triageProblems(s, used),
    ...escalationProblems(s, used),
    ...slaProblems(s, used),
  ];
}

function designerProblems(s: Scenario): Problem[] {
  if (s.campaigns.length === 0 || s.people.some((p) => p.role === 'designer')) return [];
  const campaigns = s.campaigns.some((c) => !c.oneOff);
  return [
    {
      path: ['work', campaigns ? 'campaigns' : 'oneOffs'],
      message: `${campaigns ? 'campaigns' : 'one-offs'} need designers, but the team has none (add a group with role: designer)`,
    },
  ];
}

function reviewerProblems(s: Scenario, used: Set<ModelName>): Problem[] {
  const models = (['async', 'event-driven'] as const).filter((m) => used.has(m));
  if (models.length === 0 || s.async.reviewers.length > 0) return [];
  return [{ path: ['async', 'reviewers'], near: ['team'], message: `the ${models.join(' and ')} model needs reviewers, but nobody reviews (add a group with role: reviewer or set async.reviewers)` }];
}

function syncProblems(s: Scenario, used: Set<ModelName>): Problem[] {
  const routed = used.has('hybrid') && s.hybrid.routes.some((r) => r.model === 'sync');
  if (!used.has('sync') && !routed) return [];
  if (s.sync.attendees.length === 0) {
    return used.has('sync') ? [{ path: ['sync', 'attendees'], near: ['team'], message: 'the sync gate needs attendees, but nobody can attend its meeting (add a director or set sync.attendees)' }] : [];
  }
  return meetingHoursProblems(s, s.sync, ['sync'], 'the meeting');
}

function routeProblems(s: Scenario, used: Set<ModelName>): Problem[] {
  if (!used.has('hybrid')) return [];
  const problems: Problem[] = [];
  s.hybrid.routes.forEach((r, i) => {
    for (const field of ['model', 'revisions'] as const) {
      const path = ['hybrid', 'routes', i, field];
      if (r[field] === 'sync' && s.sync.attendees.length === 0) {
        problems.push({ path, dependsOn: [['sync', 'attendees']], message: 'routes to the sync gate, but nobody can attend its meeting (set sync.attendees or add a director)' });
      }
      if (r[field] === 'async' && s.async.reviewers.length === 0) {
        problems.push({ path, dependsOn: [['async', 'reviewers']], message: 'routes to the async queue, but nobody reviews its tickets (set async.reviewers or add a reviewer)' });
      }
    }
  });
  return problems;
}

function triageProblems(s: Scenario, used: Set<ModelName>): Problem[] {
  const triage = s.async.triage;
  if (!triage || !(used.has('async') || used.has('hybrid'))) return [];
  if (triage.attendees.length === 0) return [{ path: ['async', 'triage', 'attendees'], dependsOn: [['async', 'reviewers']], message: 'the triage meeting has no attendees' }];
  return meetingHoursProblems(s, triage, ['async', 'triage'], 'the triage meeting');
}

function escalationProblems(s: Scenario, used: Set<ModelName>): Problem[] {
  const e = s.async.escalation;
  if (!e || e.action !== 'lead' || e.lead.length > 0 || !(used.has('async') || used.has('hybrid'))) return [];
  return [{ path: ['async', 'escalation', 'action'], dependsOn: [['async', 'escalation', 'lead']], message: 'escalates to a lead, but the team has no lead or director (set async.escalation.lead)' }];
}

function slaProblems(s: Scenario, used: Set<ModelName>): Problem[] {
  const sla = s.async.sla;
  if (!sla || ![...used].some((m) => m !== 'sync')) return [];
  const reviewMin = meanOf(s.effort.review);
  if (sla.firstResponse.minutes >= reviewMin) return [];
  return [
    {
      path: ['async', 'sla', 'firstResponse'],
      dependsOn: [['effort', 'review']],
      message: `the SLA (${spoken(sla.firstResponse)}) is shorter than a typical review (${spoken({ minutes: reviewMin, business: false })}); no ticket can meet it`,
    },
  ];
}

/** A duration for a message: "15 min", "4 h", "4 business hours". */
function spoken(d: ParsedDuration): string {
  const hours = Number((d.minutes / 60).toFixed(2));
  if (d.business) return `${hours} business hour${hours === 1 ? '' : 's'}`;
  return d.minutes < 120 ? `${Number(d.minutes.toFixed(1))} min` : `${hours} h`;
}

/** A meeting whose regular slot falls outside the working hours of every one of its attendees. */
function meetingHoursProblems(s: Scenario, meeting: MeetingSpec, path: (string | number)[], what: string): Problem[] {
  const calendars = meeting.attendees.map((id) => new WorkingCalendar({ ...s.people[id].calendar, holidays: [], leave: [] }, s.originMs));
  const slots = meetingSlots(meeting, s.originMs);
  const stretch = meeting.stretchMin ?? 0;
  if (slots.some((t) => calendars.some((c) => c.isWorking(t) || (stretch > 0 && withinStretch(c, t, meeting.durationMin, stretch))))) return [];
  const hhmm = `${String(Math.floor(meeting.minuteOfDay / 60)).padStart(2, '0')}:${String(meeting.minuteOfDay % 60).padStart(2, '0')}`;
  const names = meeting.attendees.map((id) => s.people[id].name);
  const who = names.length === 1 ? names[0] : `every attendee (${names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ')})`;
  return [
    {
      path: [...path, 'time'],
      near: ['team', s.people[meeting.attendees[0]].group, 'hours'],
      dependsOn: [[...path, 'attendees'], [...path, 'tz'], ...(path[0] === 'async' ? [['async', 'reviewers']] : [])],
      message: `${what} at ${hhmm} ${meeting.tz} (${meeting.durationMin} min) is outside the working hours of ${who}; move it or set its tz`,
    },
  ];
}

/** The meeting's regular start times (simulation minutes) in the first weeks after the origin. */
function meetingSlots(meeting: MeetingSpec, originMs: number): number[] {
  const first = localDateOf(meeting.tz, originMs);
  const slots: number[] = [];
  for (let k = 0; k < CHECK_DAYS; k++) {
    const day = new Date(Date.UTC(first.y, first.m - 1, first.d) + k * DAY_MS);
    const weekday = ((day.getUTCDay() + 6) % 7) + 1;
    if (!meeting.weekdays.includes(weekday)) continue;
    const ms = zonedToUtcMs(meeting.tz, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), meeting.minuteOfDay);
    if (ms >= originMs) slots.push((ms - originMs) / 60_000);
  }
  return slots;
}
