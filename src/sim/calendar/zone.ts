// The only place that calls Intl: local wall-clock time <-> UTC instants in an IANA zone.
// Formatters are cached per zone and offsets per (zone, minute), so a calendar costs about one
// Intl call per local day it covers, never one per event.

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const validZones = new Map<string, boolean>();
/** Offsets in milliseconds by zone, then by UTC minute. */
const offsets = new Map<string, Map<number, number>>();

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
      ok = tz.trim() !== '' && formatter(tz) !== undefined;
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

/** The zone's offset from UTC at an instant, in milliseconds (local = utc + offset). */
export function offsetMs(tz: string, utcMs: number): number {
  let byMinute = offsets.get(tz);
  if (!byMinute) offsets.set(tz, (byMinute = new Map()));
  const minute = Math.floor(utcMs / 60_000);
  let off = byMinute.get(minute);
  if (off === undefined) {
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
    // Compare whole seconds: the formatter drops the milliseconds of utcMs.
    off = Date.UTC(y, m - 1, d, h, min, s) - Math.floor(utcMs / 1000) * 1000;
    if (byMinute.size >= 100_000) byMinute.clear();
    byMinute.set(minute, off);
  }
  return off;
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
