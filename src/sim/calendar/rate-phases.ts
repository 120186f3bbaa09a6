import type { PiecewiseRate } from '../random/piecewise-poisson.js';
import { localDateOf, zonedToUtcMs } from './zone.js';

const DAY_MS = 86_400_000;

/** A rate that follows the local week of a zone: a factor by weekday and by window of the day. */
export interface WeeklyProfile {
  tz: string;
  /** Factor by ISO weekday, Monday first (seven values). */
  dayFactors: readonly number[];
  /** Local windows [fromMin, toMin) of a day with their factor: sorted, not overlapping. */
  hours: ReadonlyArray<{ fromMin: number; toMin: number; factor: number }>;
  /** Factor of the hours no window covers. */
  otherHoursFactor: number;
}

/** A stream's rate as written: a level, a weekly profile (or none) and periods of the run that multiply it. */
export interface RateSchedule {
  ratePerMin: number;
  profile: WeeklyProfile | null;
  /** Offsets from the start [fromMin, untilMin) and their factor: sorted, not overlapping. */
  periods: ReadonlyArray<{ fromMin: number; untilMin: number; factor: number }>;
}

/** Mutable phases under construction. */
interface Phases {
  startMin: number[];
  ratePerMin: number[];
  endMin: number;
}

/**
 * The schedule as piecewise-constant phases over [0, endMin) of a run starting at `originMs`:
 * the weekly profile laid on the zone's local days (daylight-saving changes included: a local
 * window is where the zone's clock shows it), multiplied by the periods, adjacent equal rates merged.
 */
export function ratePhases(schedule: RateSchedule, originMs: number, endMin: number): PiecewiseRate {
  const end = Math.max(0, endMin);
  const weekly = schedule.profile ? weeklyPhases(schedule.profile, originMs, end) : { startMin: [0], ratePerMin: [1], endMin: end };
  const periods: Phases = { startMin: [0], ratePerMin: [1], endMin: end };
  for (const p of schedule.periods) {
    periods.startMin.push(p.fromMin, p.untilMin);
    periods.ratePerMin.push(p.factor, 1);
  }
  return merged(product(weekly, periods, schedule.ratePerMin));
}

/** The weekly profile as phases: one per window of each local day that overlaps [0, endMin). */
function weeklyPhases(profile: WeeklyProfile, originMs: number, endMin: number): Phases {
  const out: Phases = { startMin: [], ratePerMin: [], endMin };
  const bounds: Array<{ minute: number; factor: number }> = [];
  let at = 0;
  for (const w of profile.hours) {
    if (w.fromMin > at) bounds.push({ minute: at, factor: profile.otherHoursFactor });
    bounds.push({ minute: w.fromMin, factor: w.factor });
    at = w.toMin;
  }
  if (at < 1440) bounds.push({ minute: at, factor: profile.otherHoursFactor });
  // From the local day holding the start (a day earlier, for a zone ahead of UTC) to the end.
  const first = localDateOf(profile.tz, originMs - DAY_MS);
  for (let day = Date.UTC(first.y, first.m - 1, first.d); ; day += DAY_MS) {
    const date = new Date(day);
    const y = date.getUTCFullYear(), m = date.getUTCMonth() + 1, d = date.getUTCDate();
    const dayFactor = profile.dayFactors[(date.getUTCDay() + 6) % 7];
    for (const b of bounds) {
      const minute = (zonedToUtcMs(profile.tz, y, m, d, b.minute) - originMs) / 60_000;
      if (minute >= endMin) return out;
      push(out, Math.max(0, minute), dayFactor * b.factor);
    }
  }
}

/** Appends a phase; one starting where the last did replaces it (a phase before the start, or a skipped local hour). */
function push(phases: Phases, startMin: number, rate: number): void {
  const n = phases.startMin.length;
  if (n > 0 && startMin <= phases.startMin[n - 1]) {
    phases.ratePerMin[n - 1] = rate;
    return;
  }
  phases.startMin.push(startMin);
  phases.ratePerMin.push(rate);
}

/** The product of two phase lists over the same span, times a constant. */
function product(a: Phases, b: Phases, times: number): Phases {
  const out: Phases = { startMin: [], ratePerMin: [], endMin: a.endMin };
  let i = 0, j = 0;
  while (i < a.startMin.length && j < b.startMin.length) {
    const start = Math.max(a.startMin[i], b.startMin[j]);
    if (start < out.endMin) push(out, start, a.ratePerMin[i] * b.ratePerMin[j] * times);
    const nextA = i + 1 < a.startMin.length ? a.startMin[i + 1] : Infinity;
    const nextB = j + 1 < b.startMin.length ? b.startMin[j + 1] : Infinity;
    if (nextA <= nextB) i++;
    if (nextB <= nextA) j++;
  }
  return out;
}

/** Adjacent phases of equal rate as one. */
function merged(phases: Phases): PiecewiseRate {
  const out: Phases = { startMin: [], ratePerMin: [], endMin: phases.endMin };
  phases.startMin.forEach((start, i) => {
    const rate = phases.ratePerMin[i];
    if (out.ratePerMin.length === 0 || out.ratePerMin[out.ratePerMin.length - 1] !== rate) push(out, start, rate);
  });
  if (out.startMin.length === 0) push(out, 0, 0);
  return out;
}
