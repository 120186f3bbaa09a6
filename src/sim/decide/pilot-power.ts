import { meanInterval } from './mean-interval.js';
import type { PilotAssets } from '../experiment/pilot-collector.js';
import { median, WEEK_MIN, windowSample, windowVerdict, type WindowSample } from './pilot-window.js';
import { wilsonInterval } from './wilson.js';

/** How often a test rejected over the simulated pilots of one length. */
export interface RejectionRate {
  rejections: number;
  /** Simulated pilots where the test could not be computed (an empty group): counted as not rejecting. */
  untestable: number;
  /** Share of simulated pilots that rejected, with a 95% Wilson interval. */
  rate: number;
  ci95: [number, number];
}

/** What the simulated pilots of one length show. */
export interface LengthPower {
  weeks: number;
  /** Mean assets per pilot window in the routed part and in the rest. */
  assets: { pilot: number; baseline: number };
  /** Mean across replications of (median routed − median rest) cycle time, hours, with a 95% interval. */
  medianDifferenceHours: { mean: number; ci95: [number, number] };
  /** Mean across replications of (routed − rest) rework share, with a 95% interval. */
  reworkDifference: { mean: number; ci95: [number, number] };
  cycleTime: RejectionRate;
  rework: RejectionRate;
}

/** A rejection rate from per-replication verdicts. */
export function rejectionRate(verdicts: ReadonlyArray<boolean | null>): RejectionRate {
  const rejections = verdicts.filter((v) => v === true).length;
  const untestable = verdicts.filter((v) => v === null).length;
  const n = verdicts.length;
  return { rejections, untestable, rate: n > 0 ? rejections / n : NaN, ci95: wilsonInterval(rejections, n) };
}

/** Each replication's window of `weeks` weeks from `startMin`. */
export function windowsOf(runs: readonly PilotAssets[], startMin: number, weeks: number): WindowSample[] {
  return runs.map((rows) => windowSample(rows, startMin, startMin + weeks * WEEK_MIN));
}

/** The power of a pilot of `weeks` weeks: each replication is one simulated pilot, tested at alpha. */
export function lengthPower(options: { runs: readonly PilotAssets[]; startMin: number; weeks: number; alpha: number }): LengthPower {
  const samples = windowsOf(options.runs, options.startMin, options.weeks);
  const verdicts = samples.map((s) => windowVerdict(s, options.alpha));
  const share = (x: number, n: number) => (n > 0 ? x / n : NaN);
  const diffs = meanInterval(samples.map((s) => median(s.pilotHours) - median(s.baselineHours)), 0.95);
  const rework = meanInterval(samples.map((s) => share(s.pilotReworked, s.pilotHours.length) - share(s.baselineReworked, s.baselineHours.length)), 0.95);
  const mean = (xs: number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    weeks: options.weeks,
    assets: { pilot: mean(samples.map((s) => s.pilotHours.length)), baseline: mean(samples.map((s) => s.baselineHours.length)) },
    medianDifferenceHours: { mean: diffs.mean, ci95: diffs.interval },
    reworkDifference: { mean: rework.mean, ci95: rework.interval },
    cycleTime: rejectionRate(verdicts.map((v) => v.cycleTime)),
    rework: rejectionRate(verdicts.map((v) => v.rework)),
  };
}

/** The first length whose estimated power reaches the target, or null. */
export function weeksFor(lengths: ReadonlyArray<{ weeks: number; cycleTime: { rate: number }; rework: { rate: number } }>, test: 'cycleTime' | 'rework', power: number): number | null {
  return lengths.find((l) => l[test].rate >= power)?.weeks ?? null;
}
