import { standardNormal } from './normal.js';
import type { Random } from './stream.js';

/** A distribution of non-negative values (minutes, or any unit the caller means). */
export type Distribution =
  | { kind: 'constant'; value: number }
  | { kind: 'exponential'; mean: number }
  | { kind: 'lognormal'; mean: number; sd: number }
  | { kind: 'gamma'; mean: number; sd: number }
  | { kind: 'triangular'; min: number; mode: number; max: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'empirical'; values: number[] };

/** Draws one value from a distribution. */
export type Sampler = (rng: Random) => number;

/** A parameter problem found in a distribution: `field` names the offending parameter. */
export interface DistributionProblem {
  field: string;
  message: string;
}

/** Every problem with a distribution's parameters (empty when it is valid). */
export function checkDistribution(d: Distribution): DistributionProblem[] {
  const problems: DistributionProblem[] = [];
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) problems.push({ field, message });
  };
  const finite = (v: number) => Number.isFinite(v);
  switch (d.kind) {
    case 'constant':
      need(finite(d.value) && d.value >= 0, 'value', 'must be a non-negative duration');
      break;
    case 'exponential':
      need(finite(d.mean) && d.mean > 0, 'mean', 'must be positive');
      break;
    case 'lognormal':
    case 'gamma':
      need(finite(d.mean) && d.mean > 0, 'mean', 'must be positive');
      need(finite(d.sd) && d.sd > 0, 'sd', 'must be positive');
      break;
    case 'triangular':
      need(finite(d.min) && d.min >= 0, 'min', 'must be non-negative');
      need(d.mode >= d.min, 'mode', 'must be at least min');
      need(d.max >= d.mode, 'max', 'must be at least mode');
      need(d.max > d.min, 'max', 'must be greater than min');
      break;
    case 'uniform':
      need(finite(d.min) && d.min >= 0, 'min', 'must be non-negative');
      need(finite(d.max) && d.max > d.min, 'max', 'must be greater than min');
      break;
    case 'empirical':
      need(d.values.length > 0, 'values', 'must list at least one value');
      d.values.forEach((v, i) => need(finite(v) && v >= 0, `values.${i}`, 'must be non-negative'));
      break;
  }
  return problems;
}

/** The mean of a distribution. */
export function meanOf(d: Distribution): number {
  switch (d.kind) {
    case 'constant':
      return d.value;
    case 'exponential':
    case 'lognormal':
    case 'gamma':
      return d.mean;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'empirical':
      return d.values.reduce((a, b) => a + b, 0) / d.values.length;
  }
}

/** Compiles a (valid) distribution into a sampler; the switch runs once, not per draw. */
export function sampler(d: Distribution): Sampler {
  switch (d.kind) {
    case 'constant': {
      const v = d.value;
      return () => v;
    }
    case 'exponential': {
      const mean = d.mean;
      return (rng) => -mean * Math.log(1 - rng());
    }
    case 'lognormal': {
      const s2 = Math.log(1 + (d.sd * d.sd) / (d.mean * d.mean));
      const mu = Math.log(d.mean) - s2 / 2;
      const sigma = Math.sqrt(s2);
      return (rng) => Math.exp(mu + sigma * standardNormal(rng));
    }
    case 'gamma': {
      const shape = (d.mean * d.mean) / (d.sd * d.sd);
      const scale = (d.sd * d.sd) / d.mean;
      return (rng) => scale * standardGamma(rng, shape);
    }
    case 'triangular': {
      const { min, mode, max } = d;
      const split = (mode - min) / (max - min);
      return (rng) => {
        const u = rng();
        return u < split
          ? min + Math.sqrt(u * (max - min) * (mode - min))
          : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
      };
    }
    case 'uniform': {
      const { min, max } = d;
      return (rng) => min + (max - min) * rng();
    }
    case 'empirical': {
      const values = d.values.slice();
      return (rng) => values[Math.floor(rng() * values.length)];
    }
  }
}

/** A Gamma(shape, 1) draw (Marsaglia–Tsang; boosted for shape < 1). */
export function standardGamma(rng: Random, shape: number): number {
  if (shape < 1) return standardGamma(rng, shape + 1) * Math.pow(1 - rng(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** True with probability p. */
export function bernoulli(rng: Random, p: number): boolean {
  return p > 0 && rng() < p;
}
