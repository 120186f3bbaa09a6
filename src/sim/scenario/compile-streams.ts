import { parseWorkingDays, parseWorkingHours } from '../calendar/hours.js';
import { ratePhases, type RateSchedule, type WeeklyProfile } from '../calendar/rate-phases.js';
import { CalendarInputError } from '../calendar/errors.js';
import { meanOf, type Distribution } from '../random/distribution.js';
import { expectedArrivals, peakRate } from '../random/piecewise-poisson.js';
import type { CompileContext } from './compile-context.js';
import { MAX_ARRIVAL_RATE_PER_MIN, MAX_ARRIVAL_RATE_TEXT } from './limits.js';
import type { ScenarioDocument } from './schema/scenario.js';
import type { StreamInput } from './schema/stream.js';
import type { StreamArrivals, StreamSpec } from './types.js';

type Path = (string | number)[];

/** Most windows an `hours` profile may have (one every quarter of an hour). */
const MAX_HOUR_WINDOWS = 96;
const MINUTES_PER: Record<string, number> = { s: 1 / 60, m: 1, h: 60, d: 1440, w: 10_080 };

/** The run's span, for the streams' phases. */
interface Span {
  originMs: number;
  horizonMin: number;
}

/** Every stream of routine work: `work.stream` (unnamed unless it says) first, then `work.streams`, each named. */
export function compileStreams(doc: ScenarioDocument, span: Span, ctx: CompileContext): StreamSpec[] {
  const written: Array<{ input: StreamInput; path: Path }> = [];
  if (doc.work.stream) written.push({ input: doc.work.stream, path: ['work', 'stream'] });
  doc.work.streams.forEach((input, i) => written.push({ input, path: ['work', 'streams', i] }));
  const seen = new Set<string>();
  return written.map(({ input, path }) => {
    if (path[1] === 'streams' && input.name === undefined) {
      ctx.problem([...path, 'name'], 'missing: each of several streams needs a name (it names the stream\'s random numbers), e.g. name: social requests');
    }
    const name = input.name ?? '';
    if (name !== '' && seen.has(name)) ctx.problem([...path, 'name'], `another stream is already called "${name}"; give each stream its own name`);
    seen.add(name);
    const untilMin = input.until ? ctx.minutes(input.until, [...path, 'until']) : span.horizonMin;
    return {
      name,
      source: path.join('.'),
      arrivals: streamArrivals(input, path, { ...span, endMin: Math.min(untilMin, span.horizonMin) }, ctx),
      clarity: input.clarity,
      channels: [input.channel].flat(),
      priority: input.priority,
      untilMin,
    };
  });
}

/** A renewal stream (`interarrival`) or a Poisson stream (`rate`, with its profile). */
function streamArrivals(input: StreamInput, path: Path, span: Span & { endMin: number }, ctx: CompileContext): StreamArrivals {
  if (input.interarrival !== undefined) {
    if (input.rate !== undefined) ctx.problem([...path, 'rate'], 'give either interarrival (time between arrivals) or rate (arrivals per unit of time), not both');
    for (const field of ['days', 'hours'] as const) {
      if (input[field] !== undefined) ctx.problem([...path, field], `a profile by ${field} needs a Poisson stream: give rate (e.g. "2/h") instead of interarrival`);
    }
    if (input.periods.length > 0) ctx.problem([...path, 'periods'], 'periods need a Poisson stream: give rate (e.g. "2/h") instead of interarrival');
    return { kind: 'renewal', interarrival: interarrival(input.interarrival, [...path, 'interarrival'], ctx) };
  }
  const before = ctx.problems.length;
  const profile = input.days === undefined && input.hours === undefined ? null : weeklyProfile(input, path, ctx);
  const schedulePeriods = periods(input, path, ctx);
  if (input.rate === undefined) {
    // Also when a rate or interarrival was written but set aside as wrong: then this follows from that.
    ctx.problems.push({
      path: [...path, 'interarrival'],
      message: 'missing: this field is required (a distribution: a duration ("20m") or one of {exponential: {mean}}, …), or give rate instead (arrivals per unit of time, e.g. "2/h")',
      dependsOn: [[...path, 'rate']],
    });
    return { kind: 'renewal', interarrival: { kind: 'constant', value: 1 } };
  }
  const schedule: RateSchedule = { ratePerMin: ratePerMin(input.rate, [...path, 'rate'], ctx), profile, periods: schedulePeriods };
  const phases = ratePhases(schedule, span.originMs, ctx.problems.length === before ? span.endMin : 0);
  const expected = expectedArrivals(phases);
  if (ctx.problems.length === before) {
    if (!(expected > 0)) {
      ctx.problem(
        [...path, 'rate'],
        `the rate is zero at every moment of the run up to ${input.until !== undefined && span.endMin < span.horizonMin ? 'until' : 'the horizon'} (its days, hours and periods leave no time for arrivals): no asset would ever arrive`,
      );
    } else if (!(peakRate(phases) <= MAX_ARRIVAL_RATE_PER_MIN)) {
      ctx.problem([...path, 'rate'], `the rate reaches ${peakRate(phases) * 60}/h with its factors; more than ${MAX_ARRIVAL_RATE_TEXT} would flood the run at an instant`);
    }
  }
  return { kind: 'poisson', phases, expectedArrivals: expected };
}

/** Time between arrivals: zero on average would make arrivals without end at one instant. */
function interarrival(input: NonNullable<StreamInput['interarrival']>, path: Path, ctx: CompileContext): Distribution {
  const before = ctx.problems.length;
  const d = ctx.distribution(input, path);
  if (ctx.problems.length === before && !(meanOf(d) > 0)) {
    ctx.problem(path, 'must be longer than zero on average: arrivals every 0s would never end (the run would fill memory at its first instant)');
  }
  return d;
}

/** "2/h" as arrivals per minute. */
function ratePerMin(text: string, path: Path, ctx: CompileContext): number {
  const [count, unit] = text.split('/').map((s) => s.trim());
  const rate = Number(count) / MINUTES_PER[unit];
  if (!Number.isFinite(rate) || rate > MAX_ARRIVAL_RATE_PER_MIN) {
    ctx.problem(path, `"${text.trim().slice(0, 24)}" is more than ${MAX_ARRIVAL_RATE_TEXT}, the highest rate a stream may have`);
    return 0;
  }
  return rate;
}

/** The factors by weekday and by local window. */
function weeklyProfile(input: StreamInput, path: Path, ctx: CompileContext): WeeklyProfile {
  const profile = { tz: input.tz, dayFactors: [1, 1, 1, 1, 1, 1, 1], hours: [] as WeeklyProfile['hours'][number][], otherHoursFactor: 1 };
  const { days, hours } = input;
  if (typeof days === 'string' || Array.isArray(days)) {
    const open = parse(() => parseWorkingDays(days), [...path, 'days'], ctx) ?? [1, 2, 3, 4, 5, 6, 7];
    profile.dayFactors = profile.dayFactors.map((_, i) => (open.includes(i + 1) ? 1 : 0));
  } else if (days !== undefined) {
    const given = new Map<number, string>();
    for (const [key, factor] of Object.entries(days)) {
      for (const day of parse(() => parseWorkingDays(key), [...path, 'days', key], ctx) ?? []) {
        if (given.has(day)) ctx.problem([...path, 'days', key], `"${key}" repeats a day of "${given.get(day)}"; give each day one factor`);
        given.set(day, key);
        profile.dayFactors[day - 1] = factor;
      }
    }
  }
  if (typeof hours === 'string') {
    const windows = parse(() => parseWorkingHours(hours), [...path, 'hours'], ctx) ?? 'always';
    if (windows !== 'always') {
      profile.hours = windows.map(([fromMin, toMin]) => ({ fromMin, toMin, factor: 1 }));
      profile.otherHoursFactor = 0;
    }
  } else if (hours !== undefined) {
    for (const [key, factor] of Object.entries(hours)) {
      const windows = parse(() => parseWorkingHours(key), [...path, 'hours', key], ctx);
      const list: Array<[number, number]> = windows === 'always' ? [[0, 1440]] : (windows ?? []);
      for (const [fromMin, toMin] of list) {
        if (profile.hours.some((w) => fromMin < w.toMin && w.fromMin < toMin)) {
          ctx.problem([...path, 'hours', key], `"${key}" overlaps another window; give each hour of the day one factor`);
        }
        profile.hours.push({ fromMin, toMin, factor });
      }
    }
    profile.hours.sort((a, b) => a.fromMin - b.fromMin);
    if (profile.hours.length > MAX_HOUR_WINDOWS) ctx.problem([...path, 'hours'], `${profile.hours.length} windows; at most ${MAX_HOUR_WINDOWS} (one every quarter of an hour)`);
  }
  return profile;
}

/** The periods in minutes, sorted; one that ends before it starts or overlaps another is a problem. */
function periods(input: StreamInput, path: Path, ctx: CompileContext): RateSchedule['periods'] {
  const list = input.periods.flatMap((p, k) => {
    const at = [...path, 'periods', k];
    const fromMin = ctx.minutes(p.from, [...at, 'from']);
    const untilMin = ctx.minutes(p.until, [...at, 'until']);
    if (untilMin > fromMin) return [{ fromMin, untilMin, factor: p.factor, k, text: `${p.from} to ${p.until}` }];
    ctx.problem([...at, 'until'], `must be after from (${p.from}): the period would hold no time`);
    return [];
  });
  list.sort((a, b) => a.fromMin - b.fromMin || a.k - b.k);
  for (let i = 1; i < list.length; i++) {
    if (list[i].fromMin < list[i - 1].untilMin) {
      ctx.problem([...path, 'periods', list[i].k, 'from'], `overlaps the period from ${list[i - 1].text}; give each time of the run one factor`);
    }
  }
  return list.map(({ fromMin, untilMin, factor }) => ({ fromMin, untilMin, factor }));
}

/** The result of a parse that throws on bad text, or null with a problem at `path`. */
function parse<T>(fn: () => T, path: Path, ctx: CompileContext): T | null {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof CalendarInputError)) throw e;
    ctx.problem(path, e.message);
    return null;
  }
}
