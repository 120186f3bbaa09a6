import type { Person } from '../model/person.js';
import { plainTask } from '../model/task.js';
import type { World } from '../model/world.js';
import { meanOf, sampler } from '../random/distribution.js';
import { nextOccurrence } from '../scenario/meeting-slots.js';
import { sharedLookSchedule } from '../model/look-schedule.js';

/**
 * Own work: each person with a share of their hours (or a stream) of their own gets own tasks at
 * random moments of their working time. Each person's arrivals and efforts come from their own
 * streams, so every review model sees the same own work (common random numbers).
 */
export function armOwnWork(world: World): void {
  const arriving: Array<{ gap: () => number; effort: () => number }> = [];
  const kind = world.sim.register((id, now) => {
    const person = world.people[id];
    const a = arriving[id];
    person.ownTasks.push(plainTask({ kind: 'own', asset: null, effortMin: a.effort(), hoursKind: 'ownWork', priority: 0, createdAt: now }));
    world.dispatch(person, now);
    schedule(person, now);
  });
  const schedule = (person: Person, from: number) => {
    const next = person.calendar.addWorkingTime(from, arriving[person.id].gap());
    if (next <= world.scenario.horizonMin) world.sim.scheduleAt(next, kind, person.id);
  };
  for (const person of world.people) {
    const a = person.spec.attention;
    if (a.ownWork <= 0 && a.ownTasksEvery === undefined) continue;
    const arrivals = world.streams.get('own-arrivals', person.id);
    const efforts = world.streams.get('own-effort', person.id);
    const effort = sampler(a.ownTask);
    let gap: () => number;
    if (a.ownTasksEvery !== undefined) {
      const every = sampler(a.ownTasksEvery);
      gap = () => every(arrivals);
    } else {
      // Poisson arrivals in working time whose mean effort fills the share: rate = share / mean task.
      const meanGap = meanOf(a.ownTask) / a.ownWork;
      gap = () => -meanGap * Math.log(1 - arrivals());
    }
    arriving[person.id] = { gap, effort: () => effort(efforts) };
    schedule(person, 0);
  }
}

/** Tries before a look time falling outside a person's hours gives up (a month of daily slots). */
const LOOK_TRIES = 31 * 48;

/**
 * When a person with a habit other than continuous next looks at the queue, strictly after
 * `after`: fixed-times — the next of their local look times that falls in their hours;
 * task-boundaries — the start of their next working window, or a day on for a 24/7 calendar (they
 * also look whenever they finish a task).
 */
export function nextLook(person: Person, originMs: number, after: number): number {
  const a = person.spec.attention;
  const cal = person.calendar;
  if (a.habit === 'task-boundaries') {
    // Someone who never stops working (24/7) has no window to start: they look once a day.
    if (!cal.isWorking(after)) return cal.nextWorkingInstant(after);
    const end = cal.windowEnd(after);
    return Number.isFinite(end) ? cal.nextWorkingInstant(end) : after + 1440;
  }
  let from = after;
  for (let i = 0; i < LOOK_TRIES; i++) {
    let t = Infinity;
    for (const slot of a.lookSlots) t = Math.min(t, nextOccurrence(slot, originMs, from + 1e-6, 0));
    if (!Number.isFinite(t) || cal.isWorking(t)) return t;
    from = t;
  }
  return Infinity;
}

/**
 * The latest moment at or before `now` when a person looked at what was sent to them: `now` for
 * the continuous habit; otherwise their last look time, brought up to date (and `nextLookAt` with
 * it). A written message posted after it waits for their next look.
 */
export function lastLook(person: Person, originMs: number, now: number): number {
  if (person.spec.attention.habit === 'continuous') return now;
  if (person.nextLookAt < 0) {
    person.looks = sharedLookSchedule(person.spec, originMs, person.spans !== null);
    person.lookIndex = 0;
    person.nextLookAt = lookTime(person, originMs, 0);
  }
  while (person.nextLookAt <= now) {
    // A look at a task boundary (set when a task ends) may be later than a passed look time.
    if (person.nextLookAt > person.lookedAt) person.lookedAt = person.nextLookAt;
    person.nextLookAt = lookTime(person, originMs, ++person.lookIndex);
  }
  return person.lookedAt;
}

/**
 * Look time `k` of a person's chain (nextLook from 0, then from each): read from the shared
 * schedule, which is extended when this replication is the first to reach it.
 */
function lookTime(person: Person, originMs: number, k: number): number {
  const looks = person.looks;
  if (looks === null) return nextLook(person, originMs, k === 0 ? 0 : person.nextLookAt);
  if (k < looks.count) return looks.at(k);
  const t = nextLook(person, originMs, k === 0 ? 0 : looks.at(k - 1));
  looks.push(t);
  return t;
}
