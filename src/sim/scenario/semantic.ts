import { WorkingCalendar } from '../calendar/working-calendar.js';
import { localDateOf, zonedToUtcMs } from '../calendar/zone.js';
import { meanOf } from '../random/distribution.js';
import { formatMinutes } from './duration.js';
import type { Problem } from './problem.js';
import type { MeetingSpec, ModelName, Scenario } from './types.js';

const DAY_MS = 86_400_000;
const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** How far ahead a meeting's regular slots are checked against its attendees' hours. */
const CHECK_DAYS = 35;

/**
 * Mistakes the schema cannot see, found on the compiled scenario: work nobody can do, meetings
 * nobody can attend, routes to a model with nobody in it, an SLA shorter than the review itself.
 * Checks apply only to the models the scenario runs (`model` and `models`).
 */
export function semanticProblems(s: Scenario): Problem[] {
  const used = new Set<ModelName>([s.model, ...s.models]);
  return [
    ...designerProblems(s),
    ...reviewerProblems(s, used),
    ...syncProblems(s, used),
    ...routeProblems(s, used),
    ...triageProblems(s, used),
    ...slaProblems(s, used),
  ];
}

function designerProblems(s: Scenario): Problem[] {
  if (s.campaigns.length === 0 || s.people.some((p) => p.role === 'designer')) return [];
  return [{ path: ['team'], message: 'the work has campaigns or one-offs but the team has no designer; add a group with role: designer' }];
}

function reviewerProblems(s: Scenario, used: Set<ModelName>): Problem[] {
  const models = (['async', 'event-driven'] as const).filter((m) => used.has(m));
  if (models.length === 0 || s.async.reviewers.length > 0) return [];
  return [{ path: ['async', 'reviewers'], message: `${models.join(' and ')} review needs reviewers, but nobody resolves: add a group with role: reviewer or name them in async.reviewers` }];
}

function syncProblems(s: Scenario, used: Set<ModelName>): Problem[] {
  if (!used.has('sync')) return [];
  if (s.sync.attendees.length === 0) {
    return [{ path: ['sync', 'attendees'], message: 'the sync meeting has no attendees: add a director or reviewer, or name them in sync.attendees' }];
  }
  return meetingHoursProblems(s, s.sync, ['sync'], 'the sync meeting');
}

function routeProblems(s: Scenario, used: Set<ModelName>): Problem[] {
  if (!used.has('hybrid')) return [];
  const problems: Problem[] = [];
  s.hybrid.routes.forEach((r, i) => {
    const path = ['hybrid', 'routes', i, 'model'];
    if (r.model === 'sync' && s.sync.attendees.length === 0) {
      problems.push({ path, message: 'routes to sync, but the sync meeting has no attendees (set sync.attendees or add a director)' });
    }
    if (r.model === 'async' && s.async.reviewers.length === 0) {
      problems.push({ path, message: 'routes to async, but nobody reviews async tickets (set async.reviewers or add a reviewer)' });
    }
  });
  const routesToSync = s.hybrid.routes.some((r) => r.model === 'sync');
  if (routesToSync && !used.has('sync') && s.sync.attendees.length > 0) {
    problems.push(...meetingHoursProblems(s, s.sync, ['sync'], 'the sync meeting'));
  }
  return problems;
}

function triageProblems(s: Scenario, used: Set<ModelName>): Problem[] {
  const triage = s.async.triage;
  if (!triage || !(used.has('async') || used.has('hybrid'))) return [];
  if (triage.attendees.length === 0) return [{ path: ['async', 'triage', 'attendees'], message: 'the triage meeting has no attendees' }];
  return meetingHoursProblems(s, triage, ['async', 'triage'], 'the triage meeting');
}

function slaProblems(s: Scenario, used: Set<ModelName>): Problem[] {
  const sla = s.async.sla;
  if (!sla || ![...used].some((m) => m !== 'sync')) return [];
  const reviewMin = meanOf(s.effort.review);
  if (sla.firstResponse.minutes >= reviewMin) return [];
  const unit = sla.firstResponse.business ? ' of business hours' : '';
  return [
    {
      path: ['async', 'sla', 'firstResponse'],
      message: `${formatMinutes(sla.firstResponse.minutes)}${unit} is shorter than a typical review (effort.review has a mean of ${formatMinutes(reviewMin)}); the SLA cannot be met`,
    },
  ];
}

/** A meeting whose regular slot falls outside the working hours of every one of its attendees. */
function meetingHoursProblems(s: Scenario, meeting: MeetingSpec, path: (string | number)[], what: string): Problem[] {
  const calendars = meeting.attendees.map((id) => {
    const { calendar } = s.people[id];
    return new WorkingCalendar({ ...calendar, holidays: [], leave: [] }, s.originMs);
  });
  const slots = meetingSlots(meeting, s.originMs);
  if (slots.some((t) => calendars.some((c) => c.isWorking(t)))) return [];
  const h = Math.floor(meeting.minuteOfDay / 60);
  const m = meeting.minuteOfDay % 60;
  const when = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')} ${meeting.tz}`;
  const days = meeting.daily ? 'daily' : meeting.weekdays.map((d) => DAY_NAMES[d - 1]).join(', ');
  const names = meeting.attendees.map((id) => s.people[id].name);
  const who = names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
  return [
    {
      path: [...path, 'time'],
      message: `${what} (${days} ${when}) falls outside the working hours of every attendee (${who}); move it into their hours or set its tz`,
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
