import type { Distribution } from '../random/distribution.js';
import type { Estimate } from './estimate.js';

/** A path in the scenario file, e.g. ["work", "stream", "rate"]. */
export type ScenarioPath = (string | number)[];

/** A base parameter set from the audit: where, the value to write, and what it rests on. */
export interface FittedValue {
  path: ScenarioPath;
  /** The value as the scenario file writes it ("12.4/d", {lognormal: {mean: 2h, sd: 1h}}, 0.15). */
  value: unknown;
  /** The estimate in `unit`, its interval and the rows (or assets, reviews) it rests on. */
  estimate: Estimate;
  unit: string;
  /** What was measured, in a few words (the comment's text). */
  measured: string;
}

/** A parameter the audit cannot set: left at the base's value, and why. */
export interface NotIdentified {
  path: string;
  why: string;
}

/** Something the audit shows that no parameter sets directly (first-response time, send-back by round). */
export interface Observation {
  name: string;
  estimate: Estimate;
  unit: string;
  /** Items still open at the audit's end, counted as right-censored. */
  censored?: number;
}

/** What one estimator found. */
export interface FitPart {
  values: FittedValue[];
  notIdentified: NotIdentified[];
  observations: Observation[];
  notes: string[];
}

/** An empty part. */
export function emptyPart(): FitPart {
  return { values: [], notIdentified: [], observations: [], notes: [] };
}

/** Minutes as a duration the scenario format reads: "95.2m", "4.75m" (never 0: an effort of nothing would loop at one instant). */
export function durationText(minutes: number): string {
  const m = Math.max(minutes, 0.01);
  return m >= 10 ? `${Math.round(m * 10) / 10}m` : `${Math.round(m * 100) / 100}m`;
}

/**
 * A fitted mean and sd as a distribution of the base's family (exponential keeps its mean only;
 * a constant becomes the mean; a shape with min/max or a list becomes a lognormal of the same mean and sd).
 */
export function distributionText(base: Distribution, mean: number, sd: number): unknown {
  const m = durationText(mean);
  switch (base.kind) {
    case 'constant':
      return m;
    case 'exponential':
      return { exponential: { mean: m } };
    case 'gamma':
      return { gamma: { mean: m, sd: durationText(sd) } };
    default:
      return { lognormal: { mean: m, sd: durationText(sd) } };
  }
}

/** A number rounded to `digits` significant digits (for shares and factors in the file). */
export function rounded(x: number, digits = 3): number {
  return Number(x.toPrecision(digits));
}
