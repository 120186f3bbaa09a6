import { WorkingCalendar } from '../calendar/working-calendar.js';
import { allAvailable, moveUntilAvailable, nextOccurrence } from './meeting-slots.js';
import type { Problem } from './problem.js';
import type { MeetingSpec, ModelName, Scenario } from './types.js';

/** Occurrences of a meeting looked at before it is declared never held (a daily meeting: about four years). */
const MAX_OCCURRENCES = 1000;

/** Something a model cannot do with this scenario's work: it still runs, but its figures say little. */
export interface ModelWarning {
  model: ModelName;
  /** The field the warning is about, for `validate` to locate (`near` when the file leaves its section out). */
  path: (string | number)[];
  near: (string | number)[];
  message: string;
}

/**
 * Per model, work the model cannot process: a review meeting whose attendees are never all at
 * work together within the horizon (nothing is ever approved in it), or a queue whose reviewers
 * never work within the horizon. Checked on the scenario's own calendars, holidays and leave included.
 */
export function modelWarnings(s: Scenario): ModelWarning[] {
  const out: ModelWarning[] = [];
  const groupOf = (ids: readonly number[]) => (ids.length > 0 ? ['team', s.people[ids[0]].group] : ['team']);
  const atSync = { path: ['sync', 'attendees'], near: groupOf(s.sync.attendees) };
  const atQueue = { path: ['async', 'reviewers'], near: groupOf(s.async.reviewers) };
  // The hybrid gate sends an asset no rule matches to the async queue.
  const routesTo = (target: 'sync' | 'async') => s.hybrid.routes.some((r) => r.model === target || r.revisions === target) || (target === 'async' && !s.hybrid.routes.some(isCatchAll));
  const sync = neverHeld(s, s.sync, 'the review meeting');
  if (sync) {
    out.push({ model: 'sync', ...atSync, message: `nothing can be approved: ${sync}` });
    if (routesTo('sync')) out.push({ model: 'hybrid', ...atSync, message: `assets routed to the sync gate are never approved: ${sync}` });
  }
  // Slots used in turn: one that can never be held leaves its turns without a meeting.
  if (s.sync.rotation.length > 1) {
    s.sync.rotation.forEach((slot, i) => {
      const never = i > 0 || !sync ? neverHeld(s, slot, `slot ${i + 1} of the review meeting`) : null;
      if (!never) return;
      for (const model of ['sync', 'hybrid'] as const) {
        if (model === 'sync' || routesTo('sync')) out.push({ model, path: ['sync', 'slots', i], near: ['sync'], message: `its turns pass without a meeting: ${never}` });
      }
    });
  }
  const idle = idleReviewers(s);
  if (idle) {
    out.push({ model: 'async', ...atQueue, message: `nothing can be approved: ${idle}` });
    out.push({ model: 'event-driven', ...atQueue, message: `nothing can be approved: ${idle}` });
    if (routesTo('async')) out.push({ model: 'hybrid', ...atQueue, message: `assets routed to the async queue are never approved: ${idle}` });
  }
  const triage = s.async.triage && neverHeld(s, s.async.triage, 'the triage meeting');
  if (triage) {
    for (const model of ['async', 'hybrid'] as const) out.push({ model, path: ['async', 'triage'], near: ['async'], message: `stuck tickets are never triaged: ${triage}` });
  }
  return out;
}

/** The warnings of one model, as they read in a result document and its table. */
export function warningsOf(s: Scenario, model: ModelName): string[] {
  return modelWarnings(s)
    .filter((w) => w.model === model)
    .map((w) => w.message);
}

/** The warnings of the models a scenario runs (`model` and `models`, and any `also`), as problems for `validate` to print. */
export function warningProblems(s: Scenario, also: readonly ModelName[] = []): Problem[] {
  const used = new Set<ModelName>([s.model, ...s.models, ...also]);
  return modelWarnings(s)
    .filter((w) => used.has(w.model))
    .map((w) => ({ path: w.path, near: w.near, message: `warning: ${w.model}: ${w.message}` }));
}

function isCatchAll(r: Scenario['hybrid']['routes'][number]): boolean {
  return r.kind === undefined && r.channels === undefined && r.campaign === undefined;
}

/** Why a meeting is never held within the horizon (its attendees never all at work for its length), or null. */
function neverHeld(s: Scenario, meeting: MeetingSpec, what: string): string | null {
  if (meeting.attendees.length === 0) return null; // an error of its own (semantic checks)
  const people = meeting.attendees.map((id) => ({ calendar: new WorkingCalendar(s.people[id].calendar, s.originMs) }));
  let t = nextOccurrence(meeting, s.originMs, 0, 0);
  for (let k = 0; k < MAX_OCCURRENCES && t <= s.horizonMin; k++) {
    const moved = moveUntilAvailable(meeting, s.originMs, people, t);
    if (moved.time <= s.horizonMin && allAvailable(people, moved.time, meeting.durationMin, meeting.stretchMin)) return null;
    t = nextOccurrence(meeting, s.originMs, t + 1, 0);
  }
  const names = meeting.attendees.map((id) => s.people[id].name);
  const who = names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
  return `${what} is never held within the horizon, because its attendees (${who}) are never all at work together for its ${meeting.durationMin} min`;
}

/** Why no reviewer of the queue ever works within the horizon, or null. */
function idleReviewers(s: Scenario): string | null {
  const reviewers = s.async.reviewers;
  if (reviewers.length === 0) return null; // an error of its own (semantic checks)
  const works = reviewers.some((id) => new WorkingCalendar(s.people[id].calendar, s.originMs).nextWorkingInstant(0) < s.horizonMin);
  return works ? null : `no reviewer (${reviewers.length === 1 ? s.people[reviewers[0]].name : `all ${reviewers.length}`}) works within the horizon`;
}
