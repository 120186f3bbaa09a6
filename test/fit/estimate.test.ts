import { describe, expect, it } from 'vitest';
import { censoredMeanEstimate, chiSquared99, differenceEstimate, meanEstimate, proportionEstimate, rateEstimate, ratioEstimate } from '../../src/sim/fit/estimate.js';

describe('the fit\'s estimates and their 95% intervals', () => {
  it('a mean has the interval mean ± 1.96 sd/√n', () => {
    // 2, 4, 6, 8: mean 5, sd √(20/3) = 2.582, half-width 1.96 × 2.582 / 2 = 2.530.
    const e = meanEstimate([2, 4, 6, 8])!;
    expect(e.value).toBe(5);
    expect(e.sd).toBeCloseTo(2.582, 3);
    expect(e.hi - e.value).toBeCloseTo(2.530, 3);
    expect(meanEstimate([1])).toBeNull();
  });

  it('a share has the Wilson interval, inside [0, 1] even at 0 of n', () => {
    // 20 of 100: Wilson 95% interval 0.133–0.289.
    const e = proportionEstimate(20, 100)!;
    expect([e.lo, e.hi].map((x) => Number(x.toFixed(3)))).toEqual([0.133, 0.289]);
    expect(proportionEstimate(0, 10)!.lo).toBe(0);
    expect(proportionEstimate(0, 0)).toBeNull();
  });

  it('a rate is count over exposure, its interval from the count\'s √n', () => {
    // 100 arrivals in 10 days: 10/d, (100 ± 19.6) / 10.
    const e = rateEstimate(100, 10)!;
    expect(e.value).toBe(10);
    expect(e.lo).toBeCloseTo(8.04, 2);
    expect(e.hi).toBeCloseTo(11.96, 2);
  });

  it('an exponential mean from censored times counts the open items\' watched time, not their number', () => {
    // Seen: 1, 2, 3; open after 4 and 10: total 20 over 3 events = 6.67 (dropping the open ones would say 2).
    const e = censoredMeanEstimate([1, 2, 3, 4, 10], [true, true, true, false, false])!;
    expect(e.value).toBeCloseTo(20 / 3, 9);
    expect(e.censored).toBe(2);
    expect(e.lo).toBeLessThan(e.value);
    expect(e.hi).toBeGreaterThan(e.value);
  });

  it('a difference of means and a ratio of sums carry their own intervals', () => {
    const d = differenceEstimate([10, 12, 14], [4, 5, 6])!;
    expect(d.value).toBe(7);
    expect(d.lo).toBeLessThan(7);
    const r = ratioEstimate([1, 2, 3], [10, 20, 30])!;
    expect(r.value).toBeCloseTo(0.1, 12);
    expect(r.hi - r.lo).toBeCloseTo(0, 12);
  });

  it('the chi-squared 1% points are close to the tables', () => {
    expect(chiSquared99(6)).toBeCloseTo(16.81, 1);
    expect(chiSquared99(23)).toBeCloseTo(41.64, 1);
  });
});
