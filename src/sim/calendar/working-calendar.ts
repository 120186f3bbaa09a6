import { windowStore, type CalendarSpec, type WindowStore } from './window-store.js';

export type { CalendarSpec } from './window-store.js';

const FIVE_YEARS_MIN = 5 * 366 * 1440;

/**
 * A person's working time: windows precomputed from their zone, days, hours, holidays and leave,
 * so that every query is a binary search. Times are simulation minutes since the origin.
 */
export class WorkingCalendar {
  private readonly store: WindowStore;
  /** 24/7 with no days off: every query is trivial. */
  readonly alwaysOn: boolean;

  constructor(readonly spec: CalendarSpec, originMs: number) {
    this.alwaysOn =
      spec.hours === 'always' && spec.days.length === 7 && !(spec.holidays?.length) && !(spec.leave?.length);
    this.store = windowStore(spec, originMs);
  }

  /** Index of the last window starting at or before t (-1 if none), with windows final around t. */
  private indexAt(t: number): number {
    const s = this.store;
    if (!Number.isFinite(t)) return t > 0 ? s.count - 1 : -1;
    if (!s.ensure(t)) return -1;
    let i = this.search(t);
    // The last window may still grow by merging with the next day's; settle it first.
    while (i >= s.count - 2 && s.doneUntil < t + FIVE_YEARS_MIN) {
      s.ensureCount(s.count + 2);
      i = this.search(t);
      if (i < s.count - 2) break;
    }
    return i;
  }

  private search(t: number): number {
    const starts = this.store.starts;
    let lo = 0, hi = this.store.count - 1, ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= t) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  /** True when t falls inside a working window. */
  isWorking(t: number): boolean {
    if (this.alwaysOn) return true;
    const i = this.indexAt(t);
    return i >= 0 && t < this.store.ends[i];
  }

  /** t itself when working, else the start of the next window (Infinity if none within five years). */
  nextWorkingInstant(t: number): number {
    if (this.alwaysOn) return t;
    const i = this.indexAt(t);
    const s = this.store;
    if (i >= 0 && t < s.ends[i]) return t;
    return i + 1 < s.count ? s.starts[i + 1] : Infinity;
  }

  /** End of the window containing t, or of the next window when t is outside working time. */
  windowEnd(t: number): number {
    if (this.alwaysOn) return Infinity;
    const i = this.indexAt(t);
    const s = this.store;
    if (i >= 0 && t < s.ends[i]) return s.ends[i];
    return i + 1 < s.count ? s.ends[i + 1] : Infinity;
  }

  /** Working minutes from the first window up to t. */
  private cumulative(t: number): number {
    const i = this.indexAt(t);
    if (i < 0) return 0;
    const s = this.store;
    return s.before[i] + (Math.min(t, s.ends[i]) - s.starts[i]);
  }

  /** Working minutes in [a, b); 0 when b <= a. */
  workingMinutesBetween(a: number, b: number): number {
    if (b <= a) return 0;
    if (this.alwaysOn) return b - a;
    return Math.max(0, Math.min(b - a, this.cumulative(b) - this.cumulative(a)));
  }

  /**
   * The instant at which `minutes` of working time starting at t are done: work pauses outside the
   * windows and resumes in the next. The result may sit exactly at a window's end, never inside a gap.
   */
  addWorkingTime(t: number, minutes: number): number {
    if (minutes <= 0) return t;
    if (this.alwaysOn) return t + minutes;
    const target = this.cumulative(t) + minutes;
    const s = this.store;
    const limit = t + FIVE_YEARS_MIN;
    for (;;) {
      const n = s.count;
      const lastEnd = n > 0 ? s.before[n - 1] + (s.ends[n - 1] - s.starts[n - 1]) : 0;
      if (lastEnd > target && s.doneUntil > s.starts[n - 1]) break;
      if (s.doneUntil > limit) return Infinity;
      s.ensureCount(n + 8);
      if (s.count === n && s.doneUntil > limit) return Infinity;
    }
    // Binary search the window where the running total reaches target.
    let lo = 0, hi = s.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s.before[mid] + (s.ends[mid] - s.starts[mid]) < target) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(t, s.starts[lo] + (target - s.before[lo]));
  }

  /** The working windows clipped to [from, to) (for charts). */
  windows(from: number, to: number): Array<[number, number]> {
    if (this.alwaysOn) return to > from ? [[from, to]] : [];
    const out: Array<[number, number]> = [];
    this.indexAt(to);
    const s = this.store;
    for (let i = Math.max(0, this.search(from)); i < s.count && s.starts[i] < to; i++) {
      const a = Math.max(from, s.starts[i]);
      const b = Math.min(to, s.ends[i]);
      if (b > a) out.push([a, b]);
    }
    return out;
  }
}

/** A calendar that is always working (24/7, no days off). */
export function alwaysOnCalendar(originMs = 0): WorkingCalendar {
  return new WorkingCalendar({ tz: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], hours: 'always' }, originMs);
}
