import { tQuantile } from './t-quantile.js';

/** A mean across replications with a two-sided Student-t interval at a stated confidence. */
export interface MeanInterval {
  mean: number;
  sd: number;
  /** Replications with a finite value (the others are skipped, like the result document does). */
  n: number;
  interval: [number, number];
}

/** The mean of the finite values with a Student-t interval at `confidence` (a point with fewer than two values). */
export function meanInterval(values: readonly number[], confidence: number): MeanInterval {
  const xs = values.filter((v) => Number.isFinite(v));
  const n = xs.length;
  if (n === 0) return { mean: NaN, sd: NaN, n, interval: [NaN, NaN] };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { mean, sd: NaN, n, interval: [-Infinity, Infinity] };
  const sd = Math.sqrt(xs.reduce((a, v) => a + (v - mean) * (v - mean), 0) / (n - 1));
  const half = (tQuantile(1 - (1 - confidence) / 2, n - 1) * sd) / Math.sqrt(n);
  return { mean, sd, n, interval: [mean - half, mean + half] };
}
