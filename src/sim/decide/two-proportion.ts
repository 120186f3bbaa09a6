import { normalCdf, normalUpper } from './normal-cdf.js';
import { normalQuantile } from './normal-quantile.js';

/** A two-proportion z-test (pooled), two-sided: x1 of n1 against x2 of n2. NaN p when a group is empty or the pooled share is 0 or 1. */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): { z: number; p: number } {
  if (n1 === 0 || n2 === 0) return { z: NaN, p: NaN };
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return { z: NaN, p: NaN };
  const z = (x1 / n1 - x2 / n2) / se;
  return { z, p: Math.min(1, 2 * normalUpper(Math.abs(z))) };
}

/**
 * The approximate power of that test (normal approximation, independent trials) when the true
 * shares are p1 and p2 with n1 and n2 trials, at level alpha.
 */
export function twoProportionPower(options: { p1: number; n1: number; p2: number; n2: number; alpha: number }): number {
  const { p1, n1, p2, n2, alpha } = options;
  const pooled = (n1 * p1 + n2 * p2) / (n1 + n2);
  const z = normalQuantile(1 - alpha / 2);
  const null0 = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const alt = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  if (!(alt > 0)) return Math.abs(p1 - p2) > 0 ? 1 : 0;
  return normalCdf((Math.abs(p1 - p2) - z * null0) / alt) + normalCdf((-Math.abs(p1 - p2) - z * null0) / alt);
}

/**
 * The smallest change from p0 (up to 1, or down to 0) that the test detects with the given power
 * with n1 trials at the new share and n0 at p0; null when no change in that direction reaches it.
 */
export function twoProportionMde(options: { p0: number; n0: number; n1: number; alpha: number; power: number; direction: 'up' | 'down' }): number | null {
  const { p0, n0, n1, alpha, power, direction } = options;
  const end = direction === 'up' ? 1 : 0;
  const powerAt = (p1: number) => twoProportionPower({ p1, n1, p2: p0, n2: n0, alpha });
  if (n0 < 1 || n1 < 1 || powerAt(end) < power) return null;
  let near = p0;
  let far = end;
  for (let i = 0; i < 60; i++) {
    const mid = (near + far) / 2;
    if (powerAt(mid) >= power) far = mid;
    else near = mid;
  }
  return Math.abs(far - p0);
}
