import { binomialCdfTable } from './binomial.js';

/** A sample quantile with a distribution-free confidence interval from order statistics. */
export interface QuantileEstimate {
  /** The q-quantile of the sample: its ⌈n·q⌉-th smallest value (may be Infinity). */
  estimate: number;
  /** Bounds X(l) ≤ ξ_q ≤ X(u); a bound the sample is too small to give is NaN. */
  interval: [number, number];
  /** The 1-based ranks l and u used for the interval (0 or n + 1 when out of reach). */
  ranks: [number, number];
}

/**
 * The q-quantile of a sample with a two-sided confidence interval [X(l), X(u)] for the true
 * quantile ξ_q: with B ~ Binomial(n, q) the number of values below ξ_q, the interval covers ξ_q
 * with probability P(l ≤ B < u) = F(u − 1) − F(l − 1). l is the largest rank with
 * F(l − 1) ≤ α/2 and u the smallest with F(u − 1) ≥ 1 − α/2, so each side misses at most α/2.
 * Values may be Infinity (a replication that never completes): they sort last.
 */
export function quantileWithInterval(sample: readonly number[], q: number, confidence = 0.95): QuantileEstimate {
  const n = sample.length;
  if (n === 0) return { estimate: NaN, interval: [NaN, NaN], ranks: [0, 1] };
  const sorted = [...sample].sort((a, b) => a - b);
  const estimate = sorted[Math.min(n, Math.max(1, Math.ceil(n * q))) - 1];
  const [l, u] = orderStatisticRanks(n, q, confidence);
  return {
    estimate,
    interval: [l >= 1 ? sorted[l - 1] : NaN, u <= n ? sorted[u - 1] : NaN],
    ranks: [l, u],
  };
}

/** The ranks [l, u] of the order-statistic interval for the q-quantile of n values (see quantileWithInterval). */
export function orderStatisticRanks(n: number, q: number, confidence = 0.95): [number, number] {
  const tail = (1 - confidence) / 2;
  const cdf = binomialCdfTable(n, q);
  const F = (k: number) => (k < 0 ? 0 : k >= n ? 1 : cdf[k]);
  let l = 0;
  while (l + 1 <= n && F(l) <= tail) l++;
  let u = n + 1;
  while (u - 1 >= 1 && F(u - 2) >= 1 - tail) u--;
  return [l, u];
}
