import { describe, expect, it } from 'vitest';
import { binomialCdfTable } from '../../src/sim/decide/binomial.js';
import { fixedWidthStop, nextBatchSize } from '../../src/sim/decide/fixed-width-rule.js';
import { meanInterval } from '../../src/sim/decide/mean-interval.js';
import { normalQuantile } from '../../src/sim/decide/normal-quantile.js';
import { orderStatisticRanks, quantileWithInterval } from '../../src/sim/decide/quantile-interval.js';
import { tQuantile } from '../../src/sim/decide/t-quantile.js';
import { wilsonInterval } from '../../src/sim/decide/wilson.js';
import { summarizeOdds } from '../../src/sim/decide/odds-summary.js';
import { createStream } from '../../src/sim/index.js';

describe('Wilson interval', () => {
  it('8 of 10 at 95% is [0.490, 0.943]', () => {
    // z = 1.95996, z²/n = 0.38415; centre (0.8 + 0.19207)/1.38415 = 0.71674;
    // half 1.95996/1.38415 · √(0.016 + 0.0096036) = 0.22658.
    const [lo, hi] = wilsonInterval(8, 10);
    expect(lo).toBeCloseTo(0.4902, 4);
    expect(hi).toBeCloseTo(0.9433, 4);
  });

  it('0 of 20 does not collapse to a point: [0, 0.161]', () => {
    // centre = half = (z²/2n)/(1 + z²/n) = 0.096037/1.192073 = 0.080563.
    const [lo, hi] = wilsonInterval(0, 20);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(0.16113, 4);
  });

  it('is symmetric: k of n mirrors n − k of n', () => {
    const [lo, hi] = wilsonInterval(3, 17, 0.9);
    const [lo2, hi2] = wilsonInterval(14, 17, 0.9);
    expect(lo).toBeCloseTo(1 - hi2, 12);
    expect(hi).toBeCloseTo(1 - lo2, 12);
  });

  it('covers the true probability about 95% of the time', () => {
    const rng = createStream(3, 'wilson');
    let covered = 0;
    const trials = 4000;
    for (let t = 0; t < trials; t++) {
      let k = 0;
      for (let i = 0; i < 60; i++) if (rng() < 0.3) k++;
      const [lo, hi] = wilsonInterval(k, 60);
      if (lo <= 0.3 && 0.3 <= hi) covered++;
    }
    // Wilson's coverage at n = 60, p = 0.3 oscillates around 0.95 (0.93–0.96).
    expect(covered / trials).toBeGreaterThan(0.925);
    expect(covered / trials).toBeLessThan(0.975);
  });
});

describe('quantiles of the normal and Student t', () => {
  it('match tables', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 8);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228139, 5);
    expect(tQuantile(0.995, 5)).toBeCloseTo(4.032143, 5);
    expect(tQuantile(0.025, 10)).toBeCloseTo(-2.228139, 5);
    expect(tQuantile(0.9995, 19)).toBeCloseTo(3.883406, 5);
    expect(tQuantile(0.9999, 19)).toBeCloseTo(4.589865, 5);
  });

  it('the mean interval is mean ± t·sd/√n', () => {
    // 1..5: mean 3, sd √2.5 = 1.5811; t(0.975, 4) = 2.776445; half = 2.776445·1.5811/√5 = 1.9632.
    const e = meanInterval([1, 2, 3, 4, 5, NaN], 0.95);
    expect(e.n).toBe(5);
    expect(e.mean).toBe(3);
    expect(e.interval[0]).toBeCloseTo(3 - 1.96324, 4);
    expect(e.interval[1]).toBeCloseTo(3 + 1.96324, 4);
  });
});

describe('order-statistic interval for a quantile', () => {
  it('the binomial CDF matches a hand sum', () => {
    // Binomial(4, 0.5): 1, 5, 11, 15, 16 sixteenths.
    expect(binomialCdfTable(4, 0.5).map((x) => x * 16)).toEqual([1, 5, 11, 15, 16].map((x) => expect.closeTo(x, 10)));
  });

  it('the median of 10 values: ranks 2 and 9 (coverage 97.85%)', () => {
    // F(1) = 11/1024 ≤ 0.025 < F(2) = 56/1024, so l = 2; F(7) = 968/1024 < 0.975 ≤ F(8) = 1013/1024, so u = 9.
    expect(orderStatisticRanks(10, 0.5)).toEqual([2, 9]);
  });

  it('the median of 5 values has no lower bound at 95% ((1/2)^5 > 2.5%)', () => {
    const e = quantileWithInterval([5, 1, 4, 2, 3], 0.5);
    expect(e.estimate).toBe(3);
    expect(e.ranks).toEqual([0, 6]);
    expect(e.interval[0]).toBeNaN();
    expect(e.interval[1]).toBeNaN();
  });

  it('values that never complete (Infinity) sort last and can be the estimate', () => {
    const e = quantileWithInterval([1, 2, Infinity, Infinity, Infinity, Infinity, Infinity, Infinity, Infinity, Infinity], 0.5);
    expect(e.estimate).toBe(Infinity);
    expect(e.interval).toEqual([2, Infinity]);
  });

  it('covers the true 85% quantile of an exponential at least 95% of the time', () => {
    const rng = createStream(5, 'quantile');
    const truth = -Math.log(1 - 0.85);
    let covered = 0;
    const trials = 2000;
    for (let t = 0; t < trials; t++) {
      const xs = Array.from({ length: 80 }, () => -Math.log(1 - rng()));
      const [lo, hi] = quantileWithInterval(xs, 0.85).interval;
      if (lo <= truth && truth <= hi) covered++;
    }
    // Distribution-free: coverage is at least the binomial sum for these ranks (≥ 0.95), not above 0.99.
    expect(covered / trials).toBeGreaterThan(0.94);
    expect(covered / trials).toBeLessThan(0.99);
  });
});

describe('the fixed-width stopping rule', () => {
  const rule = { precision: 0.1, maxReplications: 200, confidence: 0.95 };

  it('stops once the Wilson half-width is within the precision', () => {
    // 50 of 100: Wilson half-width 0.0962.
    expect(fixedWidthStop(50, 100, rule)).toBe('precision');
    expect(fixedWidthStop(25, 50, rule)).toBeNull();
    expect(fixedWidthStop(50, 100, { ...rule, precision: 0.05 })).toBeNull();
  });

  it('stops at the cap whatever the width', () => {
    expect(fixedWidthStop(100, 200, { ...rule, precision: 0.01 })).toBe('cap');
  });

  it('a certain outcome still needs enough replications: 0 of 10 goes on, 0 of 40 stops at ±0.1', () => {
    expect(fixedWidthStop(0, 10, rule)).toBeNull();
    expect(fixedWidthStop(0, 40, rule)).toBe('precision');
  });

  it('batches never run past the cap', () => {
    expect(nextBatchSize(180, 50, 200)).toBe(20);
    expect(nextBatchSize(0, 50, 200)).toBe(50);
  });
});

describe('summarizeOdds', () => {
  it('counts completions by the deadline and reads dates off the sorted completion times', () => {
    // 20 replications: completion at 1..16 hours, 4 never; deadline 10 h → 10 of 20.
    const times = [...Array.from({ length: 16 }, (_, i) => (i + 1) * 60), Infinity, Infinity, Infinity, Infinity];
    const s = summarizeOdds(times, 600, 0.95);
    expect(s.completeByDeadline).toBe(10);
    expect(s.probability).toBe(0.5);
    expect(s.incompleteAtHorizon).toBe(4);
    // 50%: the 10th value (10 h); 85%: the 17th, 95%: the 19th — both among the four that never complete.
    expect(s.completion.map((c) => c.minutes)).toEqual([600, Infinity, Infinity]);
  });
});
