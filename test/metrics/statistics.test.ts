import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimate, Histogram, pairedDifference } from '../../src/sim/index.js';
import { t975 } from '../../src/sim/metrics/student-t.js';

describe('statistics', () => {
  it('Student t critical values match the tables', () => {
    // Two-sided 95%: df 1 → 12.706, 4 → 2.776, 19 → 2.093, 30 → 2.042, 120 → 1.980.
    expect(t975(1)).toBeCloseTo(12.706, 3);
    expect(t975(4)).toBeCloseTo(2.776, 3);
    expect(t975(19)).toBeCloseTo(2.093, 3);
    expect(t975(30)).toBeCloseTo(2.042, 3);
    expect(t975(120)).toBeCloseTo(1.98, 3);
  });

  it('estimate gives mean, sd and the t interval', () => {
    // mean 3, sd sqrt(2.5) = 1.5811, half width 2.776 × 1.5811 / sqrt(5) = 1.963.
    const e = estimate([1, 2, 3, 4, 5]);
    expect(e.mean).toBe(3);
    expect(e.sd).toBeCloseTo(1.5811, 4);
    expect(e.ci95[0]).toBeCloseTo(3 - 1.963, 3);
    expect(e.ci95[1]).toBeCloseTo(3 + 1.963, 3);
  });

  it('a paired difference is significant only when its interval excludes zero', () => {
    expect(pairedDifference([1, 2, 3, 4], [2, 3.1, 3.9, 5]).significant).toBe(true);
    expect(pairedDifference([1, 2, 3, 4], [1.5, 1.5, 3.5, 3.5]).significant).toBe(false);
  });

  it('histogram quantiles are within half a percent of the exact ones', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.1, max: 1e5, noNaN: true }), { minLength: 50, maxLength: 500 }), (xs) => {
        const h = new Histogram();
        xs.forEach((x) => h.add(x));
        const sorted = [...xs].sort((a, b) => a - b);
        for (const q of [0.5, 0.9]) {
          const exactLo = sorted[Math.max(0, Math.ceil(q * xs.length) - 1)];
          expect(Math.abs(h.quantile(q) - exactLo) / exactLo).toBeLessThan(0.011);
        }
      }),
    );
  });

  it('reading a histogram between values changes none of its counts', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 200 }), fc.nat(200), (xs, cut) => {
        const once = new Histogram();
        xs.forEach((x) => once.add(x));
        const twice = new Histogram();
        xs.slice(0, cut).forEach((x) => twice.add(x));
        twice.quantile(0.5);
        xs.slice(cut).forEach((x) => twice.add(x));
        expect(twice.toSparse()).toEqual(once.toSparse());
        expect(twice.total).toBe(xs.length);
      }),
    );
  });

  it('a long run of values (counted densely past 4096, read between) counts as one histogram per value would', () => {
    // More values than a histogram notes before it turns dense (4096), read somewhere between (a
    // read turns it back to sparse lists, and later values may turn it dense again): the counts
    // equal those of single-value histograms merged, wherever the read falls.
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 4000, maxLength: 13000 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, at) => {
        const long = new Histogram();
        const readAt = Math.floor(at * xs.length);
        xs.forEach((x, i) => {
          if (i === readAt) long.quantile(0.5);
          long.add(x);
        });
        const byHand = new Map<number, number>();
        for (const x of xs) {
          const one = new Histogram();
          one.add(x);
          const bucket = one.toSparse()[0];
          byHand.set(bucket, (byHand.get(bucket) ?? 0) + 1);
        }
        const expected = [...byHand].sort((a, b) => a[0] - b[0]).flat();
        expect(long.toSparse()).toEqual(expected);
        expect(long.total).toBe(xs.length);
      }),
      // Shrinking thousands of values takes minutes: a failure is reported as found.
      { numRuns: 20, endOnFailure: true },
    );
  });

  it('the sum of many sparse forms has the counts of merging them one by one', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { maxLength: 60 }), { maxLength: 30 }), (groups) => {
        const parts = groups.map((xs) => {
          const h = new Histogram();
          xs.forEach((x) => h.add(x));
          return h.toSparse();
        });
        const merged = new Histogram();
        for (const p of parts) merged.merge(Histogram.fromSparse(p));
        const summed = Histogram.sumOfSparse(parts);
        expect(summed.toSparse()).toEqual(merged.toSparse());
        expect(summed.total).toBe(merged.total);
        expect(summed.quantiles([0.1, 0.5, 0.9])).toEqual(merged.quantiles([0.1, 0.5, 0.9]));
      }),
    );
  });

  it('merging histograms in any order gives the same counts', () => {
    const parts = [[1, 2, 3], [40, 50], [600]].map((xs) => {
      const h = new Histogram();
      xs.forEach((x) => h.add(x));
      return h;
    });
    const a = new Histogram();
    parts.forEach((p) => a.merge(p));
    const b = new Histogram();
    [...parts].reverse().forEach((p) => b.merge(p));
    expect(a.toSparse()).toEqual(b.toSparse());
    expect(Histogram.fromSparse(a.toSparse()).quantile(0.5)).toBe(a.quantile(0.5));
  });
});
