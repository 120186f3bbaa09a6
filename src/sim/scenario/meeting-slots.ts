import { localDateOf, zonedToUtcMs } from '../calendar/zone.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { MeetingSpec } from './types.js';

/** Whoever must attend a meeting, as the slot search sees them: their working calendar. */
export interface Attendee {
  readonly calendar: WorkingCalendar;
}

const DAY_MS = 86_400_000;

/**
 * Occurrences already found, by spec, then origin, anchor and start (numbers as Map keys: no key
 * string to format per call). A meeting's slots depend on its spec alone, so every replication asks
 * for the same ones: this makes each a lookup instead of a walk over local dates. Bounded, for
 * long sessions.
 */
const occurrences = new WeakMap<MeetingSpec, Map<number, Map<number, Map<number, number>>>>();
const MAX_REMEMBERED = 10_000;

/** The inner map of `map` at `key`, made on first use. */
function within<K, V>(map: Map<K, Map<number, V>>, key: K): Map<number, V> {
  let inner = map.get(key);
  if (inner === undefined) map.set(key, (inner = new Map()));
  return inner;
}

/** The next regular occurrence of a meeting at or after `fromMin` (simulation minutes). */
export function nextOccurrence(spec: MeetingSpec, originMs: number, fromMin: number, anchorMin: number): number {
  let bySpec = occurrences.get(spec);
  if (bySpec === undefined) occurrences.set(spec, (bySpec = new Map()));
  const byAnchor = within(bySpec, originMs);
  if (byAnchor.size >= MAX_REMEMBERED) byAnchor.clear();
  const found = within(byAnchor, anchorMin);
  let t = found.get(fromMin);
  if (t === undefined) {
    if (found.size >= MAX_REMEMBERED) found.clear();
    t = findNextOccurrence(spec, originMs, fromMin, anchorMin);
    found.set(fromMin, t);
  }
  return t;
}

function findNextOccurrence(spec: MeetingSpec, originMs: number, fromMin: number, anchorMin: number): number {
  // Walk local days from the day before `fromMin`; a 09:00 slot stays 09:00 local across DST
  // changes, and biweekly parity counts weeks from the anchor's date.
  const anchor = localDateOf(spec.tz, originMs + anchorMin * 60_000);
  const anchorDay = Date.UTC(anchor.y, anchor.m - 1, anchor.d);
  const from = localDateOf(spec.tz, originMs + Math.max(fromMin, anchorMin) * 60_000);
  let day = Date.UTC(from.y, from.m - 1, from.d) - DAY_MS;
  for (let i = 0; i < 800; i++, day += DAY_MS) {
    const date = new Date(day);
    const weekday = ((date.getUTCDay() + 6) % 7) + 1;
    const since = Math.round((day - anchorDay) / DAY_MS);
    const onCadence = spec.weekdays.includes(weekday) && (spec.everyDays <= 7 || Math.floor(since / 7) % (spec.everyDays / 7) === 0);
    if (!onCadence) continue;
    const ms = zonedToUtcMs(spec.tz, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), spec.minuteOfDay);
    const t = (ms - originMs) / 60_000;
    if (t >= fromMin) return t;
  }
  return Infinity;
}

/**
 * True when every attendee works through [t, t + duration), or — with a stretch — when the meeting
 * lies within `stretchMin` before the start or after the end of one of their working windows (an
 * early or late call on a day they work; never on a day off).
 */
export function allAvailable(people: readonly Attendee[], t: number, durationMin: number, stretchMin = 0): boolean {
  for (let i = 0; i < people.length; i++) {
    const calendar = people[i].calendar;
    if (calendar.isWorking(t) && calendar.windowEnd(t) >= t + durationMin - 1e-9) continue;
    if (!(stretchMin > 0 && withinStretch(calendar, t, durationMin, stretchMin))) return false;
  }
  return true;
}

/** True when [t, t + duration) lies inside one of the calendar's working windows widened by `stretchMin` on each side. */
export function withinStretch(calendar: WorkingCalendar, t: number, durationMin: number, stretchMin: number): boolean {
  for (const [start, end] of calendar.windows(t - stretchMin, t + durationMin + stretchMin)) {
    if (start - stretchMin <= t + 1e-9 && t + durationMin <= end + stretchMin + 1e-9) return true;
  }
  return false;
}

/**
 * Moves a meeting that a required attendee cannot make to the same local time on a following
 * day when everyone can (up to two weeks later); returns the new time and how many days it moved.
 */
export function moveUntilAvailable(
  spec: MeetingSpec,
  originMs: number,
  people: readonly Attendee[],
  t: number,
  durationMin = spec.durationMin,
): { time: number; movedDays: number } {
  const stretch = spec.stretchMin ?? 0;
  if (allAvailable(people, t, durationMin, stretch)) return { time: t, movedDays: 0 };
  const daily = dailyOf(spec);
  let candidate = t;
  for (let day = 1; day <= 14; day++) {
    candidate = nextOccurrence(daily, originMs, candidate + 1, candidate);
    if (allAvailable(people, candidate, durationMin, stretch)) return { time: candidate, movedDays: day };
  }
  return { time: t, movedDays: 0 };
}

/** The first instant at or after `fromMin` at the meeting's local time of day, on any day. */
export function sameTimeFrom(spec: MeetingSpec, originMs: number, fromMin: number): number {
  return nextOccurrence(dailyOf(spec), originMs, fromMin, fromMin);
}

/**
 * When an extra session of `durationMin` can be held after `afterMin`: at the meeting's local time
 * on the first later day everyone can make it (up to two weeks on), or Infinity.
 */
export function extraSessionTime(
  spec: MeetingSpec,
  originMs: number,
  people: readonly Attendee[],
  afterMin: number,
  durationMin: number,
): number {
  const first = sameTimeFrom(spec, originMs, afterMin + 1);
  const moved = moveUntilAvailable(spec, originMs, people, first, durationMin);
  return allAvailable(people, moved.time, durationMin, spec.stretchMin) ? moved.time : Infinity;
}

const dailies = new WeakMap<MeetingSpec, MeetingSpec>();

/** The meeting held every day at the same local time (one object per spec, so its slots are remembered). */
function dailyOf(spec: MeetingSpec): MeetingSpec {
  let daily = dailies.get(spec);
  if (daily === undefined) dailies.set(spec, (daily = { ...spec, everyDays: 1, weekdays: [1, 2, 3, 4, 5, 6, 7] }));
  return daily;
}
