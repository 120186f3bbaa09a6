// The only place that calls Intl: local wall-clock time <-> UTC instants in an IANA zone.
// Results are cached, so a calendar costs a few Intl calls per local day, never one per event.

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();

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

/** Local calendar fields of an instant in a zone. */
export interface LocalDate {
  y: number;
  m: number;
  d: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  minuteOfDay: number;
}

function fields(tz: string, utcMs: number): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const out = { y: 0, m: 0, d: 0, h: 0, min: 0, s: 0 };
  for (const part of formatter(tz).formatToParts(new Date(utcMs))) {
    const v = Number(part.value);
    if (part.type === 'year') out.y = v;
    else if (part.type === 'month') out.m = v;
    else if (part.type === 'day') out.d = v;
    else if (part.type === 'hour') out.h = v;
    else if (part.type === 'minute') out.min = v;
    else if (part.type === 'second') out.s = v;
  }
  return out;
}

/** The zone's offset from UTC at an instant, in milliseconds (local = utc + offset). */
export function offsetMs(tz: string, utcMs: number): number {
  const key = `${tz}|${Math.floor(utcMs / 60_000)}`;
  let off = offsetCache.get(key);
  if (off === undefined) {
    const f = fields(tz, utcMs);
    const asUtc = Date.UTC(f.y, f.m - 1, f.d, f.h, f.min, f.s);
    off = asUtc - (utcMs - (((utcMs % 1000) + 1000) % 1000));
    if (offsetCache.size > 200_000) offsetCache.clear();
    offsetCache.set(key, off);
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
    minuteOfDay: local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60,
  };
}

/**
 * The UTC instant of a local wall-clock time. A time that does not exist (skipped by a
 * spring-forward change) moves forward by the gap; an ambiguous one takes the earlier instant.
 */
export function zonedToUtcMs(tz: string, y: number, m: number, d: number, minuteOfDay: number): number {
  const local = Date.UTC(y, m - 1, d) + minuteOfDay * 60_000;
  const before = offsetMs(tz, local - DAY_MS);
  const after = offsetMs(tz, local + DAY_MS);
  if (before === after) return local - before;
  const candidates = [local - before, local - after].filter((t) => offsetMs(tz, t) === local - t);
  if (candidates.length > 0) return Math.min(...candidates);
  return local - Math.min(before, after);
}
