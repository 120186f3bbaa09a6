// The only place that calls Intl: local wall-clock time <-> UTC instants in an IANA zone.
// Formatters are cached per zone and offsets per (zone, UTC day), so a calendar costs about two
// Intl calls per day it covers, never one per event.

const DAY_MS = 86_400_000;
/**
 * Zones that are UTC by name: their offset is 0 at every instant, known without Intl, whose first
 * formatter costs ~14 ms of a process's start (a tenth of a short `handoff run`).
 */
const isUtc = (tz: string): boolean => tz === 'UTC' || tz === 'Etc/UTC';
const formatters = new Map<string, Intl.DateTimeFormat>();
const validZones = new Map<string, boolean>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** True when Intl knows the IANA zone (results are cached). */
export function isValidTimeZone(tz: string): boolean {
  let ok = validZones.get(tz);
  if (ok === undefined) {
    try {
      ok = isUtc(tz) || (tz.trim() !== '' && formatter(tz) !== undefined);
    } catch {
      ok = false;
    }
    validZones.set(tz, ok);
  }
  return ok;
}

/** Local calendar fields of an instant in a zone. */
export interface LocalDate {
  y: number;
  m: number;
  d: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  minuteOfDay: number;
}

/** The zone's offset at the start of UTC minute `minute`, asked of Intl. */
function intlOffsetMs(tz: string, minute: number): number {
  if (isUtc(tz)) return 0;
  const utcMs = minute * 60_000;
  let y = 0, m = 0, d = 0, h = 0, min = 0, s = 0;
  for (const part of formatter(tz).formatToParts(new Date(utcMs))) {
    const v = Number(part.value);
    if (part.type === 'year') y = v;
    else if (part.type === 'month') m = v;
    else if (part.type === 'day') d = v;
    else if (part.type === 'hour') h = v;
    else if (part.type === 'minute') min = v;
    else if (part.type === 'second') s = v;
  }
  return Date.UTC(y, m - 1, d, h, min, s) - utcMs;
}

/**
 * A zone's offsets through one UTC day: `start` until minute `switchAt`, `end` from it on
 * (switchAt is Infinity on the days without a change, nearly all of them).
 */
interface DayOffsets {
  start: number;
  end: number;
  switchAt: number;
}

/** Offsets by zone, then by UTC day. */
const dayOffsets = new Map<string, Map<number, DayOffsets>>();

/** Asks Intl for a day's offsets: at its first and last minute and, when they differ, where it changes. */
function offsetsOfDay(tz: string, day: number): DayOffsets {
  const first = day * 1440;
  const last = first + 1439;
  const start = intlOffsetMs(tz, first);
  const end = intlOffsetMs(tz, last);
  if (start === end) return { start, end, switchAt: Infinity };
  // Offsets change on a minute: find the first minute with the day's last offset.
  let lo = first; // has `start`
  let hi = last; // has `end`
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (intlOffsetMs(tz, mid) === end) hi = mid;
    else lo = mid;
  }
  return { start, end, switchAt: hi };
}

/**
 * The zone's offset from UTC at an instant, in milliseconds (local = utc + offset). Intl is asked
 * twice per zone and UTC day (a dozen times more on a day the clocks change), then never again.
 */
export function offsetMs(tz: string, utcMs: number): number {
  let byDay = dayOffsets.get(tz);
  if (!byDay) dayOffsets.set(tz, (byDay = new Map()));
  const minute = Math.floor(utcMs / 60_000);
  const day = Math.floor(minute / 1440);
  let offsets = byDay.get(day);
  if (offsets === undefined) {
    offsets = offsetsOfDay(tz, day);
    if (byDay.size >= 100_000) byDay.clear();
    byDay.set(day, offsets);
  }
  return minute < offsets.switchAt ? offsets.start : offsets.end;
}

/** Local date, weekday and minute of day of an instant in a zone. */
export function localDateOf(tz: string, utcMs: number): LocalDate {
  const local = new Date(utcMs + offsetMs(tz, utcMs));
  return {
    y: local.getUTCFullYear(),
    m: local.getUTCMonth() + 1,
    d: local.getUTCDate(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
    minuteOfDay: (local.getTime() - Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate())) / 60_000,
  };
}

/**
 * The UTC instant of a local wall-clock time. A time that does not exist (skipped by a
 * spring-forward change) moves forward by the gap; an ambiguous one takes the earlier instant.
 */
export function zonedToUtcMs(tz: string, y: number, m: number, d: number, minuteOfDay: number): number {
  const local = Date.UTC(y, m - 1, d) + minuteOfDay * 60_000;
  // Offsets are within a day of UTC, so the instant lies between these two probes; when they
  // agree there is no change nearby and the answer is immediate.
  const before = offsetMs(tz, local - DAY_MS);
  const after = offsetMs(tz, local + DAY_MS);
  if (before === after) return local - before;
  const early = local - Math.max(before, after);
  const late = local - Math.min(before, after);
  if (offsetMs(tz, early) === local - early) return early;
  if (offsetMs(tz, late) === local - late) return late;
  // In a gap: read the wall clock with the offset in force before the change.
  return local - before;
}
