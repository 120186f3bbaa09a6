import type { Random } from '../random/stream.js';
import { ascending, sortedQuantile } from './sorted-quantile.js';

/**
 * Percentile bootstrap intervals of several statistics of the same n items: `resamples` times, draw
 * n item indices with replacement from `random` and compute every statistic on them; each interval
 * is the (1 − confidence)/2 and (1 + confidence)/2 quantiles of that statistic's finite results
 * ([NaN, NaN] when none). The random stream is passed in, so the same seed gives the same intervals.
 */
export function bootstrapIntervals(options: {
  n: number;
  statistics: (indices: Int32Array) => readonly number[];
  random: Random;
  resamples: number;
  confidence?: number;
}): Array<[number, number]> {
  const { n, statistics, random, resamples } = options;
  const confidence = options.confidence ?? 0.95;
  const indices = new Int32Array(n);
  const results: number[][] = [];
  for (let r = 0; r < resamples && n > 0; r++) {
    for (let k = 0; k < n; k++) indices[k] = Math.floor(random() * n);
    statistics(indices).forEach((x, m) => (results[m] ??= []).push(x));
  }
  const width = n > 0 ? statistics(identity(n)).length : 0;
  return Array.from({ length: width }, (_, m) => {
    const sorted = ascending(results[m] ?? []);
    return [sortedQuantile(sorted, (1 - confidence) / 2), sortedQuantile(sorted, (1 + confidence) / 2)];
  });
}

/** The indices 0 … n−1: the sample itself. */
export function identity(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, k) => k);
}
