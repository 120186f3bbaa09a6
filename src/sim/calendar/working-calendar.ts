import type { CalendarSpec } from './calendar-spec.js';
import { FIVE_YEARS_MIN, windowStore, type WindowStore } from './window-store.js';

export type { CalendarSpec };

/**
 * A person's working time: windows precomputed from their zone, days, hours, holidays and leave,
 * so that every query is a binary search. Times are simulation minutes since the origin; the
 * calendar covers a week before the origin to a century after it.
 */
export class WorkingCalendar {
  /** 24/7 on every day with no days off: every query is trivial. */
  alwaysOn: boolean;
  private readonly store: WindowStore;
  /** The window index of the last query: simulated time mostly moves forward. */
  private hint = 0;
  /**
   * The last working window a query found holding its time, final and shorter than five years
   * (empty until one is; never set while presence cuts the windows): a person's queries come in
   * runs inside one window, and each of those answers from these fields without a search.
   */
  private winStart = Infinity;
  private winEnd = -Infinity;
  /** Working minutes before that window (its prefix sum) and up to its end, and its index. */
  private winBefore = 0;
  private winBeforeEnd = 0;
  private winIndex = -1;
  /**
   * When the person belongs to the team, as sorted [from, to) pairs of simulation minutes (null:
   * always). Outside them nobody works: each query below answers as if every window were cut to them.
   */
  private presence: Float64Array | null = null;

  constructor(readonly spec: CalendarSpec, originMs: number) {
    this.store = windowStore(spec, originMs);
    this.alwaysOn = this.store.alwaysOn;
  }

  /** Restricts working time to the given [from, to) spans (sorted, apart); see `presence`. */
  restrictTo(spans: ReadonlyArray<readonly [number, number]>): void {
    this.presence = Float64Array.from(spans.flat());
    this.alwaysOn = false;
    this.winStart = Infinity;
    this.winEnd = -Infinity;
  }

  /** True when both calendars have the same working windows (every query answers alike). */
  sharesWindowsWith(other: WorkingCalendar): boolean {
    return this.store === other.store && this.presence === null && other.presence === null;
  }

  /** Index (even) of the presence span holding or following t, or the array's length when none. */
  private spanFrom(t: number): number {
    const p = this.presence!;
    let k = 0;
    while (k < p.length && p[k + 1] <= t) k += 2;
    return k;
  }

  /** Index of the window holding t or, in a gap, of the last window before it (-1 if none). */
  private indexAt(t: number): number {
    if (t >= this.winStart && t < this.winEnd) return this.winIndex;
    const s = this.store;
    s.reach(t);
    const { starts, count } = s;
    const h = this.hint;
    if (h < count && starts[h] <= t) {
      if (h + 1 >= count || starts[h + 1] > t) return this.remember(h, t);
      if (h + 2 >= count || starts[h + 2] > t) return this.remember((this.hint = h + 1), t);
    }
    let lo = 0, hi = count - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    this.hint = Math.max(found, 0);
    return found < 0 ? found : this.remember(found, t);
  }

  /**
   * Keeps window i as the last window found when it holds t and is final (a later window exists,
   * or days past its end are generated) and shorter than five years; returns i.
   */
  private remember(i: number, t: number): number {
    const s = this.store;
    const end = s.ends[i];
    if (t < end && this.presence === null && (i + 1 < s.count || end < s.doneUntil) && end - s.starts[i] < FIVE_YEARS_MIN) {
      this.winStart = s.starts[i];
      this.winEnd = end;
      this.winBefore = s.before[i];
      // As the store sums it (before[i + 1]), so that answers from here match its own to the bit.
      this.winBeforeEnd = s.before[i] + (end - s.starts[i]);
      this.winIndex = i;
    }
    return i;
  }

  /** True when t falls inside a working window. */
  isWorking(t: number): boolean {
    if (this.alwaysOn || (t >= this.winStart && t < this.winEnd)) return true;
    if (!Number.isFinite(t)) return false;
    if (this.presence !== null) {
      const k = this.spanFrom(t);
      if (k >= this.presence.length || t < this.presence[k]) return false;
      if (this.store.alwaysOn) return true;
    }
    const i = this.indexAt(t);
    return i >= 0 && t < this.store.ends[i];
  }

  /** t itself when working, else the start of the next window (Infinity if none within five years). */
  nextWorkingInstant(t: number): number {
    if (this.alwaysOn || !Number.isFinite(t) || (t >= this.winStart && t < this.winEnd)) return t;
    if (this.presence !== null) {
      const p = this.presence;
      for (let k = this.spanFrom(t); k < p.length; k += 2) {
        const next = this.nextWindowInstant(Math.max(t, p[k]));
        if (next < p[k + 1]) return next;
      }
      return Infinity;
    }
    return this.nextWindowInstant(t);
  }

  /** nextWorkingInstant by the windows alone. */
  private nextWindowInstant(t: number): number {
    if (this.store.alwaysOn || !Number.isFinite(t)) return t;
    const i = this.indexAt(t);
    const s = this.store;
    if (i >= 0 && t < s.ends[i]) return t;
    return i + 1 < s.count && s.starts[i + 1] - t <= FIVE_YEARS_MIN ? s.starts[i + 1] : Infinity;
  }

  /** End of the window holding t, or of the next one in a gap; Infinity when five years or more away. */
  windowEnd(t: number): number {
    if (this.alwaysOn) return Infinity;
    if (t >= this.winStart && t < this.winEnd) return this.winEnd;
    if (!Number.isFinite(t)) return t;
    if (this.presence !== null) {
      const start = this.nextWorkingInstant(t);
      if (!Number.isFinite(start)) return Infinity;
      return Math.min(this.windowEndOf(start), this.presence[this.spanFrom(start) + 1]);
    }
    return this.windowEndOf(t);
  }

  /** windowEnd by the windows alone. */
  private windowEndOf(t: number): number {
    if (this.store.alwaysOn) return Infinity;
    const i = this.indexAt(t);
    const s = this.store;
    const j = i >= 0 && t < s.ends[i] ? i : i + 1;
    // Past its last day off a 24/7 calendar has one endless window: its stored end is only how
    // far generation has gone, so it must not leak into answers.
    return j < s.count && s.ends[j] - t < FIVE_YEARS_MIN ? s.ends[j] : Infinity;
  }

  /** Working minutes from the start of the calendar up to t, given t's index from indexAt. */
  private cumulative(t: number, i = this.indexAt(t)): number {
    if (i < 0) return 0;
    const s = this.store;
    return s.before[i] + (Math.min(t, s.ends[i]) - s.starts[i]);
  }

  /** Working minutes in [a, b); 0 when b <= a, never more than b - a. */
  workingMinutesBetween(a: number, b: number): number {
    if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
    if (b <= a) return 0;
    if (this.presence !== null) {
      const p = this.presence;
      let sum = 0;
      for (let k = 0; k < p.length && p[k] < b; k += 2) {
        const from = Math.max(a, p[k]), to = Math.min(b, p[k + 1]);
        if (to > from) sum += this.windowMinutesBetween(from, to);
      }
      return sum;
    }
    return this.windowMinutesBetween(a, b);
  }

  /** workingMinutesBetween by the windows alone. */
  private windowMinutesBetween(a: number, b: number): number {
    if (this.store.alwaysOn || b === Infinity) return b - a;
    return Math.max(0, Math.min(b - a, this.cumulative(b) - this.cumulative(a)));
  }

  /**
   * The instant at which `minutes` of working time starting at t are done: work pauses outside the
   * windows and resumes in the next. The result may sit exactly at a window's end, never inside a gap.
   */
  addWorkingTime(t: number, minutes: number): number {
    if (minutes > 0 && t >= this.winStart && t < this.winEnd) {
      // Most work starts and ends inside the last window found: addWindowTime's arithmetic, no search.
      const target = this.winBefore + (t - this.winStart) + minutes;
      if (target <= this.winBeforeEnd) return Math.max(t, Math.min(this.winStart + (target - this.winBefore), this.winEnd));
    }
    if (!Number.isFinite(t) || !Number.isFinite(minutes)) return t + minutes;
    if (minutes <= 0) return t;
    if (this.presence === null) return this.addWindowTime(t, minutes);
    // Work done in one span of presence carries over to the next; none is done after the last.
    const p = this.presence;
    let left = minutes;
    for (let k = this.spanFrom(t); k < p.length; k += 2) {
      const from = Math.max(t, p[k]);
      const end = this.addWindowTime(from, left);
      if (end <= p[k + 1] + 1e-9) return Math.min(end, p[k + 1]);
      left -= this.windowMinutesBetween(from, p[k + 1]);
      if (left <= 1e-9) return p[k + 1];
    }
    return Infinity;
  }

  /** addWorkingTime by the windows alone. */
  private addWindowTime(t: number, minutes: number): number {
    if (!Number.isFinite(t)) return t + minutes;
    if (this.store.alwaysOn) return t + minutes;
    const i = this.indexAt(t);
    const target = this.cumulative(t, i) + minutes;
    const s = this.store;
    if (!s.reachWork(target)) return Infinity;
    // Work happens in the window holding t or a later one: the last with less work before it than
    // target. Starting the search at t's window keeps a tiny amount of work out of the gap before.
    let lo = i >= 0 && t < s.ends[i] ? i : i + 1;
    // No window within five years of t: only a calendar on long leave gets here.
    while (lo >= s.count) if (!s.reachWork(s.total + 1)) return Infinity;
    const before = s.before;
    // Most work ends in t's window or one of the next few: step there before searching the rest.
    // (before[] strictly increases, so either way lo ends on the last window with less before it.)
    const count = s.count;
    for (let steps = 0; steps < 4 && lo + 1 < count && before[lo + 1] < target; steps++) lo++;
    let hi = lo + 1 < count && before[lo + 1] < target ? count - 1 : lo;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (before[mid] < target) lo = mid;
      else hi = mid - 1;
    }
    const end = Math.min(s.starts[lo] + (target - before[lo]), s.ends[lo]);
    return Math.max(t, end);
  }

  /** The working windows clipped to [from, to) (for charts). */
  windows(from: number, to: number): Array<[number, number]> {
    if (!(to > from)) return [];
    if (this.presence !== null) {
      const p = this.presence, out: Array<[number, number]> = [];
      for (let k = 0; k < p.length; k += 2) {
        for (const [a, b] of this.windowsOf(Math.max(from, p[k]), Math.min(to, p[k + 1]))) out.push([a, b]);
      }
      return out;
    }
    return this.windowsOf(from, to);
  }

  /** windows by the windows alone. */
  private windowsOf(from: number, to: number): Array<[number, number]> {
    if (!(to > from)) return [];
    if (this.store.alwaysOn) return [[from, to]];
    const out: Array<[number, number]> = [];
    const s = this.store;
    s.reach(to);
    for (let i = Math.max(0, this.indexAt(from)); i < s.count && s.starts[i] < to; i++) {
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
