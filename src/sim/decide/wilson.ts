import { normalQuantile } from './normal-quantile.js';

/**
 * Wilson's score interval for a binomial proportion: `successes` of `n` trials, two-sided at
 * `confidence`. Unlike the Wald interval it stays inside [0, 1] and does not collapse to a point
 * when every trial succeeds (or none does).
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): [number, number] {
  if (!(n > 0)) return [0, 1];
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
