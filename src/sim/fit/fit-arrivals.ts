import { localDateOf } from '../calendar/zone.js';
import { parseDuration } from '../scenario/duration.js';
import type { StreamInput } from '../scenario/schema/stream.js';
import type { Scenario, StreamSpec } from '../scenario/types.js';
import type { AssetHistory } from './audit-digest.js';
import { chiSquared99, rateEstimate } from './estimate.js';
import { durationText, emptyPart, rounded, type FitPart, type ScenarioPath } from './fitted-value.js';
import { MIN_SAMPLES } from './fit-review.js';

/** Inputs of the arrival estimators. */
export interface ArrivalInput {
  assets: readonly AssetHistory[];
  base: Scenario;
  /** The base's streams as written (their zones and profiles), in the order of base.streams. */
  streamInputs: readonly StreamInput[];
  startMs: number;
  endMs: number;
}

const HOUR_MS = 3_600_000;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** When an asset arrived: its creation, else its first submission (null when neither is recorded). */
function arrivalMs(asset: AssetHistory): number | null {
  const s = asset.steps.find((x) => x.event === 'created' || x.event === 'submitted');
  return s ? s.timeMs : null;
}

/** The file path of a stream ("work.stream" or "work.streams.2"). */
function streamPath(spec: StreamSpec): ScenarioPath {
  return spec.source.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Arrival rates of the base's streams, with their weekly and daily profile. An asset of no campaign
 * belongs to the stream whose channels hold its channel (the only stream, when there is one). The
 * rate is arrivals over the audit's span; a day or hour profile is written only when the arrivals
 * by weekday (or hour) in the stream's zone differ from flat beyond the chi-squared 1% point.
 */
export function fitArrivals(input: ArrivalInput): FitPart {
  const part = emptyPart();
  const { base, startMs, endMs } = input;
  if (base.streams.length === 0) {
    part.notIdentified.push({ path: 'work.campaigns', why: 'the base has no stream: campaigns publish on their own dates, which the fit does not move' });
    return part;
  }
  const byStream = base.streams.map(() => [] as number[]);
  for (const asset of input.assets) {
    if (asset.campaign !== '') continue;
    const i = base.streams.length === 1 ? 0 : base.streams.findIndex((s) => s.channels.includes(asset.channel));
    const t = arrivalMs(asset);
    if (i >= 0 && t !== null) byStream[i].push(t);
  }
  base.streams.forEach((spec, i) => {
    const path = streamPath(spec);
    const written = input.streamInputs[i];
    const times = byStream[i];
    if (spec.arrivals.kind === 'renewal') {
      fitInterarrival(part, { spec, path, count: times.length, days: (endMs - startMs) / (24 * HOUR_MS) });
      return;
    }
    const weight = periodWeight(written, base.originMs);
    const { exposure, arrivals } = profileCounts({ tz: written.tz, times, startMs, endMs, weight });
    // Exposure in days, each hour weighted by the base's periods (a burst counts its factor, after `until` nothing).
    const days = exposure.day.reduce((a, b) => a + b, 0) / 24;
    const rate = rateEstimate(times.length, days);
    if (!rate || times.length < MIN_SAMPLES) {
      part.notIdentified.push({ path: `${spec.source}.rate`, why: `${times.length} arrivals of its channels (${MIN_SAMPLES} needed)` });
      return;
    }
    const spanDays = (endMs - startMs) / (24 * HOUR_MS);
    const periods = Math.abs(days - spanDays) > 1e-9 ? ` (${rounded(days, 3)} once weighted by the base's periods and until)` : '';
    part.values.push({ path: [...path, 'rate'], value: `${rounded(rate.value, 4)}/d`, estimate: rate, unit: '/d', measured: `assets created (or first submitted) over the audit's ${rounded(spanDays, 3)} days${periods}` });
    fitProfile(part, { path, tz: written.tz, n: times.length, exposure, arrivals });
  });
  return part;
}

/**
 * A renewal stream with exponential gaps is a Poisson stream: its mean gap is the span over the
 * arrivals (the interval inverted from the rate's). Other gap shapes are not identified by a count.
 */
function fitInterarrival(part: FitPart, o: { spec: StreamSpec; path: ScenarioPath; count: number; days: number }): void {
  const { spec, count } = o;
  const rate = rateEstimate(count, o.days);
  if (spec.arrivals.kind !== 'renewal' || spec.arrivals.interarrival.kind !== 'exponential' || !rate || count < MIN_SAMPLES) {
    const why = count < MIN_SAMPLES ? `${count} arrivals of its channels (${MIN_SAMPLES} needed)` : 'the gaps between arrivals are not exponential in the base: their shape is not read from a count';
    part.notIdentified.push({ path: `${spec.source}.interarrival`, why });
    return;
  }
  const mean = 1440 / rate.value;
  const estimate = { value: mean, lo: 1440 / rate.hi, hi: 1440 / rate.lo, n: count };
  part.values.push({ path: [...o.path, 'interarrival'], value: { exponential: { mean: durationText(mean) } }, estimate, unit: 'min', measured: `the audit's ${rounded(o.days, 3)} days over the assets created (or first submitted) in them` });
}

/** The base's multiplier of a stream's rate at an instant: its periods' factors (offsets from the base's start), 0 after its `until`. */
function periodWeight(written: StreamInput, originMs: number): (tMs: number) => number {
  const minutes = (text: string) => {
    const d = parseDuration(text);
    return typeof d === 'string' ? NaN : d.minutes;
  };
  const periods = written.periods.map((p) => ({ from: minutes(p.from), until: minutes(p.until), factor: p.factor }));
  const untilMin = written.until === undefined ? Infinity : minutes(written.until);
  return (tMs) => {
    const t = (tMs - originMs) / 60_000;
    if (t >= untilMin) return 0;
    let w = 1;
    for (const p of periods) if (t >= p.from && t < p.until) w *= p.factor;
    return w;
  };
}

type Profile = { day: number[]; hour: number[] };

/** Arrivals and exposure (hours, weighted by the base's periods) by ISO weekday and by local hour, in a zone. */
function profileCounts(o: { tz: string; times: readonly number[]; startMs: number; endMs: number; weight: (tMs: number) => number }): { exposure: Profile; arrivals: Profile } {
  const exposure = { day: new Array<number>(7).fill(0), hour: new Array<number>(24).fill(0) };
  const arrivals = { day: new Array<number>(7).fill(0), hour: new Array<number>(24).fill(0) };
  for (let t = o.startMs; t < o.endMs; t += HOUR_MS) {
    const mid = t + Math.min(HOUR_MS, o.endMs - t) / 2;
    const share = (Math.min(HOUR_MS, o.endMs - t) / HOUR_MS) * o.weight(mid);
    const local = localDateOf(o.tz, mid);
    exposure.day[local.weekday - 1] += share;
    exposure.hour[Math.floor(local.minuteOfDay / 60)] += share;
  }
  for (const t of o.times) {
    const local = localDateOf(o.tz, t);
    arrivals.day[local.weekday - 1]++;
    arrivals.hour[Math.floor(local.minuteOfDay / 60)]++;
  }
  return { exposure, arrivals };
}

/** Factors of a profile (observed rate over the mean rate) and the chi-squared statistic of flatness. */
function factorsOf(arrivals: number[], exposure: number[]): { factors: number[]; intervals: string[]; chi2: number } {
  const n = arrivals.reduce((a, b) => a + b, 0);
  const total = exposure.reduce((a, b) => a + b, 0);
  let chi2 = 0;
  const intervals: string[] = [];
  const factors = arrivals.map((o, i) => {
    const expected = (n * exposure[i]) / total;
    if (expected > 0) chi2 += ((o - expected) * (o - expected)) / expected;
    // Each factor's 95% interval from its own count (the mean rate taken as known).
    const half = 1.96 * Math.sqrt(o);
    intervals.push(expected > 0 ? `${rounded(Math.max(0, o - half) / expected, 2)}–${rounded((o + half) / expected, 2)}` : '–');
    return expected > 0 ? o / expected : 1;
  });
  return { factors, intervals, chi2 };
}

const HOUR_KEYS = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00-${h === 23 ? '24:00' : `${String(h + 1).padStart(2, '0')}:00`}`);

function fitProfile(part: FitPart, o: { path: ScenarioPath; tz: string; n: number; exposure: Profile; arrivals: Profile }): void {
  const { exposure, arrivals, n } = o;
  const profiles = [
    { field: 'days', keys: DAYS as readonly string[], fit: factorsOf(arrivals.day, exposure.day), df: 6, by: 'weekday', pattern: 'weekly' },
    { field: 'hours', keys: HOUR_KEYS, fit: factorsOf(arrivals.hour, exposure.hour), df: 23, by: 'local hour', pattern: 'daily' },
  ];
  for (const p of profiles) {
    const critical = chiSquared99(p.df);
    const test = `chi-squared ${rounded(p.fit.chi2)} on ${p.df} df, 1% point ${rounded(critical)}`;
    if (!(p.fit.chi2 > critical)) {
      part.notes.push(`${o.path.join('.')}.${p.field}: no ${p.pattern} pattern in ${n} arrivals (${test}): kept at the base's value`);
      continue;
    }
    const value = Object.fromEntries(p.keys.map((k, i) => [k, rounded(p.fit.factors[i], 3)]));
    const intervals = p.keys.map((k, i) => `${k} ${p.fit.intervals[i]}`).join(', ');
    part.values.push({ path: [...o.path, p.field], value, estimate: { value: p.fit.chi2, lo: NaN, hi: NaN, n }, unit: 'chi2', measured: `arrivals by ${p.by} in ${o.tz} over the mean (${test}: not flat); 95% CIs ${intervals}` });
  }
}
