import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ksStatistic } from '../../src/sim/backtest/kolmogorov-smirnov.js';
import { wasserstein1 } from '../../src/sim/backtest/wasserstein.js';

const asc = (xs: number[]) => [...xs].sort((a, b) => a - b);
const sample = fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 40 }).map(asc);

describe('Wasserstein-1 distance of two samples', () => {
  it('is the area between the two ECDFs, worked by hand', () => {
    // [0, 1] against [1, 2]: F − G is 1/2 on [0, 1) and 1/2 on [1, 2): area 1 (a shift by 1 hour).
    expect(wasserstein1([0, 1], [1, 2])).toBeCloseTo(1, 12);
    // [0, 0, 3] against [1]: |F − G| is 2/3 on [0, 1) and |2/3 − 1| = 1/3 on [1, 3): 2/3 + 2/3 = 4/3.
    // The same by quantiles: 2/3 of the mass moves 1 (0 → 1), 1/3 moves 2 (3 → 1).
    expect(wasserstein1([0, 0, 3], [1])).toBeCloseTo(4 / 3, 12);
    // [1, 2, 3, 4] against [2, 4]: |F − G| is 1/4 on [1, 2), 0 on [2, 3), 1/4 on [3, 4): 1/2.
    expect(wasserstein1([1, 2, 3, 4], [2, 4])).toBeCloseTo(0.5, 12);
  });

  it('is zero for equal samples, symmetric, and a shift by c moves it by exactly c', () => {
    fc.assert(
      fc.property(sample, sample, fc.double({ min: 0, max: 100, noNaN: true }), (a, b, c) => {
        expect(wasserstein1(a, a)).toBe(0);
        expect(wasserstein1(a, b)).toBeCloseTo(wasserstein1(b, a), 6);
        expect(wasserstein1(a, a.map((x) => x + c))).toBeCloseTo(c, 6);
      }),
    );
  });

  it('equals the mean absolute difference of matched order statistics for samples of one size', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 1, maxLength: 30 }), (pairs) => {
        const a = asc(pairs.map((p) => p[0]));
        const b = asc(pairs.map((p) => p[1]));
        const byOrder = a.reduce((s, x, i) => s + Math.abs(x - b[i]), 0) / a.length;
        expect(wasserstein1(a, b)).toBeCloseTo(byOrder, 6);
      }),
    );
  });

  it('is not a number when a sample is empty', () => {
    expect(wasserstein1([], [1])).toBeNaN();
  });
});

describe('Kolmogorov–Smirnov statistic of two samples', () => {
  it('is the largest gap between the two ECDFs, worked by hand', () => {
    // [0, 1] against [1, 2]: after 0, F = 1/2 and G = 0; after 1, 1 and 1/2; after 2, 1 and 1: largest gap 1/2.
    expect(ksStatistic([0, 1], [1, 2])).toBe(0.5);
    // [0, 0, 3] against [1]: after 0, 2/3 against 0.
    expect(ksStatistic([0, 0, 3], [1])).toBeCloseTo(2 / 3, 12);
    // Samples that do not overlap are as far apart as can be.
    expect(ksStatistic([1, 2], [5, 6, 7])).toBe(1);
    // Ties across the samples are stepped over together: [1, 2, 2, 3] against [2]: after 1, 1/4 − 0; after 2, 3/4 − 1.
    expect(ksStatistic([1, 2, 2, 3], [2])).toBe(0.25);
  });

  it('lies in [0, 1], is zero for equal samples and symmetric', () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const d = ksStatistic(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
        expect(ksStatistic(a, a)).toBe(0);
        expect(ksStatistic(b, a)).toBe(d);
      }),
    );
  });
});
