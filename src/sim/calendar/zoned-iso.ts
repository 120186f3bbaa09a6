import { offsetMs } from './zone.js';

const DAY_MS = 86_400_000;
const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/** A UTC offset in milliseconds as ISO 8601 text: +01:00, -05:00, +00:00. */
export function offsetText(offset: number): string {
  const minutes = Math.round(offset / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${TWO[Math.floor(abs / 60)] ?? String(Math.floor(abs / 60))}:${TWO[abs % 60]}`;
}

/** An instant as ISO 8601 wall-clock time in a zone, with that zone's offset then: 2026-03-02T09:30:00.000+01:00. */
export function zonedIso(utcMs: number, tz: string): string {
  const ms = Math.floor(utcMs);
  const offset = tz === 'UTC' ? 0 : offsetMs(tz, ms);
  return new Date(ms + offset).toISOString().slice(0, 23) + offsetText(offset);
}

/** A stretch of UTC time within one local day of a zone and one offset: the date and offset text are fixed. */
interface Stretch {
  fromMs: number;
  untilMs: number;
  offset: number;
  /** UTC milliseconds of the local day's midnight, as if local time were UTC. */
  localMidnight: number;
  prefix: string;
  suffix: string;
}

/**
 * Writes many instants as zoned ISO 8601 text, as zonedIso does (the same text), fast: the date
 * and the offset are kept per zone for the stretches of time they hold (a local day, cut where the
 * clocks change), found by the UTC day, so most instants cost some arithmetic and a template, not a
 * Date, even when they come out of time order (an XES log writes each asset's trace in turn).
 * Memory: a few stretches per zone and day of the log.
 */
export class ZonedIsoWriter {
  private readonly byZone = new Map<string, Map<number, Stretch[]>>();
  private last: Stretch | null = null;
  private lastTz = '';

  /** The instant as zoned ISO text. */
  format(utcMs: number, tz: string): string {
    const ms = Math.floor(utcMs);
    let s = this.last;
    if (s === null || tz !== this.lastTz || ms < s.fromMs || ms >= s.untilMs) {
      this.last = s = this.stretch(ms, tz);
      this.lastTz = tz;
    }
    let t = ms + s.offset - s.localMidnight;
    const h = Math.floor(t / 3_600_000);
    t -= h * 3_600_000;
    const m = Math.floor(t / 60_000);
    t -= m * 60_000;
    const sec = Math.floor(t / 1000);
    return `${s.prefix}${TWO[h]}:${TWO[m]}:${TWO[sec]}.${THREE[t - sec * 1000]}${s.suffix}`;
  }

  private stretch(ms: number, tz: string): Stretch {
    let days = this.byZone.get(tz);
    if (days === undefined) this.byZone.set(tz, (days = new Map()));
    const day = Math.floor(ms / DAY_MS);
    let kept = days.get(day);
    if (kept === undefined) days.set(day, (kept = []));
    for (const s of kept) if (ms >= s.fromMs && ms < s.untilMs) return s;
    const s = stretchAt(ms, tz);
    // A stretch of one minute (a day when the clocks change) is not kept: it would rarely be met again.
    if (s.untilMs - s.fromMs > 60_000) kept.push(s);
    return s;
  }
}

/** The stretch around an instant: its UTC day if the offset holds all day (nearly always), else its minute; cut at local midnight. */
function stretchAt(ms: number, tz: string): Stretch {
  const offset = tz === 'UTC' ? 0 : offsetMs(tz, ms);
  const dayStart = Math.floor(ms / DAY_MS) * DAY_MS;
  const steady = tz === 'UTC' || (offsetMs(tz, dayStart) === offset && offsetMs(tz, dayStart + DAY_MS - 1) === offset);
  let fromMs = steady ? dayStart : Math.floor(ms / 60_000) * 60_000;
  let untilMs = steady ? dayStart + DAY_MS : fromMs + 60_000;
  const localMidnight = Math.floor((ms + offset) / DAY_MS) * DAY_MS;
  fromMs = Math.max(fromMs, localMidnight - offset);
  untilMs = Math.min(untilMs, localMidnight + DAY_MS - offset);
  return { fromMs, untilMs, offset, localMidnight, prefix: new Date(localMidnight).toISOString().slice(0, 11), suffix: offsetText(offset) };
}
