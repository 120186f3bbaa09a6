import { zonedToUtcMs } from './zone.js';

/** What a working calendar is made of (see WorkingCalendar). */
export interface CalendarSpec {
  /** IANA zone, e.g. "Europe/Berlin". */
  tz: string;
  /** ISO weekdays 1..7 that are working days. */
  days: number[];
  /** Local windows in minutes after midnight, or 'always' (24/7). */
  hours: Array<[number, number]> | 'always';
  /** Local dates "YYYY-MM-DD" with no work. */
  holidays?: string[];
  /** Local date ranges (inclusive) with no work. */
  leave?: Array<{ from: string; to: string }>;
}

const CHUNK_DAYS = 56;
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The working windows of one calendar spec from one origin, as sorted, merged [start, end)
 * intervals in simulation minutes with a prefix sum of working minutes. Generated lazily in
 * chunks of local days and shared by every calendar with the same spec and origin.
 */
export class WindowStore {
  starts = new Float64Array(256);
  ends = new Float64Array(256);
  /** Working minutes before window i. */
  before = new Float64Array(256);
  count = 0;
  /** Windows are final for times before this (sim minutes). */
  doneUntil = -Infinity;
  private nextDayMs: number;
  private readonly holidays: Set<string>;
  private readonly windows: Array<[number, number]>;
  private readonly emptyDays: boolean;

  constructor(readonly spec: CalendarSpec, readonly originMs: number) {
    this.holidays = new Set(spec.holidays ?? []);
    this.windows = spec.hours === 'always' ? [[0, 1440]] : spec.hours;
    this.emptyDays = spec.days.length === 0 || this.windows.length === 0;
    // Start eight days before the origin's UTC date: every zone's local day is covered.
    const o = new Date(originMs);
    this.nextDayMs = Date.UTC(o.getUTCFullYear(), o.getUTCMonth(), o.getUTCDate()) - 8 * DAY_MS;
  }

  /** Generates windows until times up to `t` (plus two days) are final; false if there are no working days at all. */
  ensure(t: number): boolean {
    if (this.emptyDays) return false;
    while (this.doneUntil <= t + 2880) this.generate(CHUNK_DAYS);
    return true;
  }

  /** Generates until at least `n` windows exist after the one holding `t`, or five years pass. */
  ensureCount(n: number): void {
    if (this.emptyDays) return;
    const limit = this.doneUntil + 5 * 366 * 1440;
    while (this.count < n && this.doneUntil < limit) this.generate(CHUNK_DAYS);
  }

  private generate(days: number): void {
    const { tz, days: workdays } = this.spec;
    const leave = this.spec.leave ?? [];
    for (let k = 0; k < days; k++) {
      const date = new Date(this.nextDayMs);
      const y = date.getUTCFullYear(), m = date.getUTCMonth() + 1, d = date.getUTCDate();
      const weekday = ((date.getUTCDay() + 6) % 7) + 1;
      const iso = `${y}-${pad(m)}-${pad(d)}`;
      const off = this.holidays.has(iso) || leave.some((l) => iso >= l.from && iso <= l.to);
      if (workdays.includes(weekday) && !off) {
        for (const [s, e] of this.windows) {
          const startMs = zonedToUtcMs(tz, y, m, d, s);
          const endMs = e >= 1440 ? zonedToUtcMs(tz, ...nextDay(y, m, d), 0) : zonedToUtcMs(tz, y, m, d, e);
          this.push((startMs - this.originMs) / 60_000, (endMs - this.originMs) / 60_000);
        }
      }
      this.nextDayMs += DAY_MS;
      const [ny, nm, nd] = nextDay(y, m, d);
      // Everything before the next local midnight (minus a day of zone offsets) is final.
      this.doneUntil = (zonedToUtcMs(tz, ny, nm, nd, 0) - this.originMs) / 60_000 - 1440;
    }
  }

  private push(start: number, end: number): void {
    if (end <= start) return;
    const n = this.count;
    if (n > 0 && start <= this.ends[n - 1]) {
      if (end > this.ends[n - 1]) this.ends[n - 1] = end;
      return;
    }
    if (n === this.starts.length) this.grow();
    this.starts[n] = start;
    this.ends[n] = end;
    this.before[n] = n === 0 ? 0 : this.before[n - 1] + (this.ends[n - 1] - this.starts[n - 1]);
    this.count = n + 1;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    for (const key of ['starts', 'ends', 'before'] as const) {
      const next = new Float64Array(size);
      next.set(this[key]);
      this[key] = next;
    }
  }
}

function nextDay(y: number, m: number, d: number): [number, number, number] {
  const t = new Date(Date.UTC(y, m - 1, d) + DAY_MS);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

const stores = new Map<string, WindowStore>();
const keys = new WeakMap<CalendarSpec, string>();

/** The shared store of a spec and origin. */
export function windowStore(spec: CalendarSpec, originMs: number): WindowStore {
  let specKey = keys.get(spec);
  if (specKey === undefined) {
    specKey = JSON.stringify(spec);
    keys.set(spec, specKey);
  }
  const key = `${originMs}|${specKey}`;
  let store = stores.get(key);
  if (!store) {
    if (stores.size > 500) stores.clear();
    store = new WindowStore(spec, originMs);
    stores.set(key, store);
  }
  return store;
}
