import { normalUpper } from './normal-cdf.js';

/** A Wilcoxon rank-sum (Mann–Whitney U) test of two samples, two-sided. */
export interface RankSumTest {
  /** U of the first sample: pairs (x, y) with x > y, ties counting one half. */
  u: number;
  /** Rank sum of the first sample (midranks for ties). */
  rankSum: number;
  /** Two-sided p-value. */
  p: number;
  /** "exact" (permutation distribution of the rank sum, ties included) or "normal" (tie- and continuity-corrected). */
  method: 'exact' | 'normal';
}

/** Samples at most this large together get the exact permutation distribution. */
export const EXACT_RANK_SUM_MAX = 20;

/** Midranks of the pooled values (1-based), and Σ(t³ − t) over groups of ties. */
export function midranks(pooled: readonly number[]): { ranks: number[]; tieSum: number } {
  const order = pooled.map((_, i) => i).sort((a, b) => pooled[a] - pooled[b]);
  const ranks = new Array<number>(pooled.length);
  let tieSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && pooled[order[j + 1]] === pooled[order[i]]) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k]] = rank;
    const t = j - i + 1;
    tieSum += t * t * t - t;
    i = j + 1;
  }
  return { ranks, tieSum };
}

/**
 * The rank-sum test of x against y (finite values). Exact when the samples together hold at most
 * EXACT_RANK_SUM_MAX values: every way of choosing |x| of the pooled midranks is equally likely
 * under the null, and p is the share at least as far from the mean rank sum as the one observed.
 * Otherwise the normal approximation of U with the tie correction of its variance and a
 * continuity correction of ½. NaN p when a sample is empty or every value is tied.
 */
export function rankSumTest(x: readonly number[], y: readonly number[]): RankSumTest {
  const n1 = x.length;
  const n2 = y.length;
  const n = n1 + n2;
  const { ranks, tieSum } = midranks([...x, ...y]);
  let rankSum = 0;
  for (let i = 0; i < n1; i++) rankSum += ranks[i];
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  if (n1 === 0 || n2 === 0 || tieSum === n * n * n - n) return { u, rankSum, p: NaN, method: 'normal' };
  if (n <= EXACT_RANK_SUM_MAX) return { u, rankSum, p: exactP(ranks, n1, rankSum), method: 'exact' };
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieSum / (n * (n - 1)));
  const z = Math.max(0, Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
  return { u, rankSum, p: Math.min(1, 2 * normalUpper(z)), method: 'normal' };
}

/**
 * Exact two-sided p of a rank sum: counts the subsets of size n1 of the (doubled, so whole)
 * midranks by their sum, by dynamic programming over the values.
 */
function exactP(ranks: readonly number[], n1: number, observed: number): number {
  const scores = ranks.map((r) => Math.round(2 * r));
  const total = scores.reduce((a, b) => a + b, 0);
  // ways[k][s]: subsets of k of the values seen so far with doubled sum s.
  const ways = Array.from({ length: n1 + 1 }, () => new Float64Array(total + 1));
  ways[0][0] = 1;
  for (const score of scores) {
    for (let k = n1; k >= 1; k--) {
      const to = ways[k];
      const from = ways[k - 1];
      for (let s = total; s >= score; s--) if (from[s - score] !== 0) to[s] += from[s - score];
    }
  }
  const centre = (n1 * total) / scores.length;
  const distance = Math.abs(2 * observed - centre) - 1e-9;
  let extreme = 0;
  let all = 0;
  ways[n1].forEach((w, s) => {
    all += w;
    if (Math.abs(s - centre) >= distance) extreme += w;
  });
  return Math.min(1, extreme / all);
}
