import type { CalendarSpec } from './calendar-spec.js';
import { zonedToUtcMs } from './zone.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const CHUNK_DAYS = 56;
/** Five years in minutes: how far a query looks for a next window before answering Infinity. */
export const FIVE_YEARS_MIN = 5 * 365.25 * 1440;
/** Windows are generated up to a century after the origin and never beyond. */
export const HORIZON_MIN = 100 * 365.25 * 1440;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The working windows of one calendar spec from one origin, as sorted, merged [start, end)
 * intervals in simulation minutes with a prefix sum of working minutes. Local days are generated
 * lazily, eight weeks at a time, from eight days before the origin; every calendar with the same
 * spec and origin shares one store.
 */
export class WindowStore {
  starts = new Float64Array(512);
  ends = new Float64Array(512);
  /** Working minutes in the windows before window i. */
  before = new Float64Array(512);
  count = 0;
  /** Every window starting before this time (simulation minutes) is stored. */
  doneUntil: number;
  /**
   * Every t below this is settled for `reach` (its window, or the next, is stored with its final
   * end): the common query answers with one comparison. -Infinity until windows are generated.
   */
  private settledBelow = -Infinity;
  /** True when the spec has no working day or no working window: nothing is ever stored. */
  readonly empty: boolean;
  /** 24/7 on every day with no days off (worked out once here, not per calendar made). */
  readonly alwaysOn: boolean;
  /** The next local date to generate, as the UTC midnight of the same calendar date. */
  private dayLabelMs: number;
  /** The UTC instant of that date's local midnight. */
  private dayStartMs: number;
  private readonly windows: ReadonlyArray<readonly [number, number]>;
  private readonly holidays: ReadonlySet<string>;

  constructor(readonly spec: CalendarSpec, readonly originMs: number) {
    this.windows = spec.hours === 'always' ? [[0, 1440]] : spec.hours;
    this.holidays = new Set(spec.holidays ?? []);
    this.empty = spec.days.length === 0 || this.windows.length === 0;
    this.alwaysOn =
      spec.hours === 'always' && new Set(spec.days).size === 7 && !spec.holidays?.length && !spec.leave?.length;
    // Eight days before the origin's UTC date: a week before the origin is covered in every zone.
    const origin = new Date(originMs);
    this.dayLabelMs = Date.UTC(origin.getUTCFullYear(), origin.getUTCMonth(), origin.getUTCDate()) - 8 * DAY_MS;
    this.dayStartMs = this.localMidnightMs(this.dayLabelMs);
    this.doneUntil = (this.dayStartMs - originMs) / MINUTE_MS;
  }

  /** Working minutes in all stored windows. */
  get total(): number {
    const n = this.count - 1;
    return n < 0 ? 0 : this.before[n] + (this.ends[n] - this.starts[n]);
  }

  /**
   * Generates windows until the one holding t, or else the first one after t, is stored with its
   * final end; gives up five years after t (no such window) or at the horizon.
   */
  reach(t: number): void {
    if (t < this.settledBelow) return;
    if (this.empty || Number.isNaN(t)) return;
    const limit = Math.min(t + FIVE_YEARS_MIN, HORIZON_MIN);
    for (;;) {
      const lastEnd = this.count > 0 ? this.ends[this.count - 1] : -Infinity;
      // The last window is final once a later day has been generated past its end.
      const settled = this.doneUntil > t && lastEnd > t && lastEnd < this.doneUntil;
      if (settled || this.doneUntil >= limit) return;
      this.generate();
    }
  }

  /** Generates windows until they hold `work` minutes in all; false if the horizon comes first. */
  reachWork(work: number): boolean {
    while (this.total < work) {
      if (this.empty || this.doneUntil >= HORIZON_MIN) return false;
      this.generate();
    }
    return true;
  }

  private localMidnightMs(labelMs: number): number {
    const day = new Date(labelMs);
    return zonedToUtcMs(this.spec.tz, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), 0);
  }

  private isWorkingDate(day: Date): boolean {
    if (!this.spec.days.includes(((day.getUTCDay() + 6) % 7) + 1)) return false;
    const leave = this.spec.leave;
    if (this.holidays.size === 0 && !leave?.length) return true;
    const iso = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    return !this.holidays.has(iso) && !leave?.some((l) => iso >= l.from && iso <= l.to);
  }

  private generate(): void {
    const { tz } = this.spec;
    for (let k = 0; k < CHUNK_DAYS; k++) {
      const day = new Date(this.dayLabelMs);
      const nextStartMs = this.localMidnightMs(this.dayLabelMs + DAY_MS);
      if (this.isWorkingDate(day)) {
        const y = day.getUTCFullYear(), m = day.getUTCMonth() + 1, d = day.getUTCDate();
        // On a day without a clock change local time is a fixed shift from local midnight.
        const steady = nextStartMs - this.dayStartMs === DAY_MS;
        const at = (minute: number) =>
          minute === 0 ? this.dayStartMs
          : minute >= 1440 ? nextStartMs
          : steady ? this.dayStartMs + minute * MINUTE_MS
          : zonedToUtcMs(tz, y, m, d, minute);
        for (const [start, end] of this.windows) {
          this.push((at(start) - this.originMs) / MINUTE_MS, (at(end) - this.originMs) / MINUTE_MS);
        }
      }
      this.dayLabelMs += DAY_MS;
      this.dayStartMs = nextStartMs;
      // Windows of later days start at or after their local midnight.
      this.doneUntil = (nextStartMs - this.originMs) / MINUTE_MS;
    }
    // reach(t) is done for t before the last window's end when that window is final (ends
    // before the generated days do): then the window holding t, or the next, is stored.
    const lastEnd = this.count > 0 ? this.ends[this.count - 1] : -Infinity;
    this.settledBelow = lastEnd < this.doneUntil ? lastEnd : -Infinity;
  }

  /** Appends [start, end), merging it into the last window when they touch or overlap. */
  private push(start: number, end: number): void {
    const n = this.count;
    if (n > 0 && start <= this.ends[n - 1]) {
      if (end > this.ends[n - 1]) this.ends[n - 1] = end;
      return;
    }
    if (end <= start) return;
    if (n === this.starts.length) this.grow();
    this.starts[n] = start;
    this.ends[n] = end;
    this.before[n] = n === 0 ? 0 : this.before[n - 1] + (this.ends[n - 1] - this.starts[n - 1]);
    this.count = n + 1;
  }

  private grow(): void {
    for (const key of ['starts', 'ends', 'before'] as const) {
      const next = new Float64Array(this[key].length * 2);
      next.set(this[key]);
      this[key] = next;
    }
  }
}

const stores = new Map<string, WindowStore>();
const specKeys = new WeakMap<CalendarSpec, string>();
/**
 * The store of each spec object by origin: every replication builds its people's calendars from
 * the same spec objects, and this finds their store without building and hashing a long key.
 */
const storesBySpec = new WeakMap<CalendarSpec, Map<number, WindowStore>>();

/** The store shared by every calendar with this spec and origin. */
export function windowStore(spec: CalendarSpec, originMs: number): WindowStore {
  let byOrigin = storesBySpec.get(spec);
  if (byOrigin === undefined) storesBySpec.set(spec, (byOrigin = new Map()));
  let store = byOrigin.get(originMs);
  if (store === undefined) {
    store = sharedStore(spec, originMs);
    byOrigin.set(originMs, store);
  }
  return store;
}

/** The store of any spec with the same content and origin, made on first use. */
function sharedStore(spec: CalendarSpec, originMs: number): WindowStore {
  let specKey = specKeys.get(spec);
  if (specKey === undefined) {
    specKey = JSON.stringify([spec.tz, spec.days, spec.hours, spec.holidays ?? [], spec.leave ?? []]);
    specKeys.set(spec, specKey);
  }
  const key = `${originMs}|${specKey}`;
  let store = stores.get(key);
  if (!store) {
    // A bound on memory for long sessions (a viewer re-running many scenarios); calendars keep their own store.
    if (stores.size >= 1000) stores.clear();
    store = new WindowStore(spec, originMs);
    stores.set(key, store);
  }
  return store;
}
