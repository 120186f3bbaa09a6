import { t975 } from './student-t.js';
import type { Histogram } from './histogram.js';

/** Mean, sd and 95% CI of one metric across replications. */
export interface Estimate {
  mean: number;
  sd: number;
  ci95: [number, number];
}

/** An estimate with pooled percentiles (for durations). */
export interface DistributionEstimate extends Estimate {
  p50: number;
  p90: number;
  p95: number;
}

/** Mean, sample sd and Student-t 95% CI of replication values (NaN values are skipped). */
export function estimate(values: readonly number[]): Estimate {
  const xs = values.filter((v) => Number.isFinite(v));
  const n = xs.length;
  if (n === 0) return { mean: NaN, sd: NaN, ci95: [NaN, NaN] };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(xs.reduce((a, v) => a + (v - mean) * (v - mean), 0) / (n - 1)) : 0;
  const half = n > 1 ? (t975(n - 1) * sd) / Math.sqrt(n) : 0;
  return { mean, sd, ci95: [mean - half, mean + half] };
}

/** An estimate of replication means plus percentiles of the pooled histogram, scaled by `unit`. */
export function distributionEstimate(
  replicationMeans: readonly number[],
  pooled: Histogram,
  unit = 1,
): DistributionEstimate {
  const e = estimate(replicationMeans);
  return {
    ...e,
    p50: pooled.quantile(0.5) / unit,
    p90: pooled.quantile(0.9) / unit,
    p95: pooled.quantile(0.95) / unit,
  };
}

/** Difference of paired replication values (b − a) with its 95% CI; significant when the CI excludes 0. */
export function pairedDifference(a: readonly number[], b: readonly number[]): Estimate & { significant: boolean } {
  const diffs: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (Number.isFinite(a[i]) && Number.isFinite(b[i])) diffs.push(b[i] - a[i]);
  }
  const e = estimate(diffs);
  const significant = diffs.length > 1 && (e.ci95[0] > 0 || e.ci95[1] < 0);
  return { ...e, significant };
}
