import { describe, expect, it } from 'vitest';
import { AssetOutcomes } from '../../src/sim/audit/asset-outcomes.js';
import { bootstrapIntervals } from '../../src/sim/backtest/bootstrap.js';
import { periodValues } from '../../src/sim/backtest/period-metrics.js';
import { identity } from '../../src/sim/backtest/bootstrap.js';
import { createStream } from '../../src/sim/random/stream.js';

describe('AssetOutcomes: what happened to each asset of a period', () => {
  it('reads events in any order: first submission, first response, approval, send-backs', () => {
    const o = new AssetOutcomes();
    // Minutes: a submitted at 100, sent back at 160 (its first response), resubmitted at 300, sent back, approved at 500.
    o.note('a', 500, 'approved', 'approved');
    o.note('a', 160, 'decision', 'changes requested');
    o.note('a', 100, 'submitted', null);
    o.note('a', 300, 'submitted', null);
    o.note('a', 400, 'decision', 'changes requested');
    o.note('a', 20, 'created', null);
    expect(o.rows(0, 1000)).toEqual({ submittedMin: [100], cycleMin: [400], firstResponseMin: [60], revisions: [2] });
  });

  it('keeps the assets first submitted in the period; what ends after it is not seen', () => {
    const o = new AssetOutcomes();
    o.note('before', 50, 'submitted', null); // in review at the split (100): left out
    o.note('before', 150, 'approved', 'approved');
    o.note('early', 10, 'submitted', null); // approved before the split: not work in progress
    o.note('early', 40, 'approved', 'approved');
    o.note('late', 900, 'submitted', null);
    o.note('late', 950, 'first response', null);
    o.note('late', 1200, 'approved', 'approved'); // after the period's end (1000)
    o.note('in', 200, 'submitted', null);
    o.note('in', 260, 'first response', null);
    o.note('in', 320, 'approved', 'approved');
    expect(o.openAt(100)).toBe(1);
    const rows = o.rows(100, 1000);
    // Times since the period's start (100), ordered by first submission.
    expect(rows.submittedMin).toEqual([100, 800]);
    expect(rows.cycleMin).toEqual([120, NaN]);
    expect(rows.firstResponseMin).toEqual([60, 50]);
  });

  it('the period metrics follow the catalogue: rework is more than one revision among the approved', () => {
    const rows = { submittedMin: [0, 0, 0, 0, 0], cycleMin: [60, 120, 180, 240, NaN], firstResponseMin: [30, 30, 90, NaN, 60], revisions: [0, 1, 2, 3, 5] };
    const v = periodValues(rows, 7 * 24 * 60, identity(5));
    // Approved: 4 (the fifth is open); two with 2 or more revisions: 50%. Cycle hours 1, 2, 3, 4: p50 2.5, p90 3.7.
    expect(v.reworkRate).toBe(0.5);
    expect(v.cycleTimeP50Hours).toBeCloseTo(2.5, 12);
    expect(v.cycleTimeP90Hours).toBeCloseTo(3.7, 12);
    // First responses 0.5, 0.5, 1.5, 1 h (the open asset's counts; the fourth had none): mean 0.875.
    expect(v.firstResponseHours).toBeCloseTo(0.875, 12);
    expect(v.throughputPerWeek).toBe(4);
  });
});

describe('bootstrap intervals', () => {
  it('the same stream gives the same intervals; they hold the statistic of a sample that does not vary', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    const mean = (idx: Int32Array) => [idx.reduce((s, i) => s + values[i], 0) / idx.length];
    const a = bootstrapIntervals({ n: values.length, statistics: mean, random: createStream(1, 'b'), resamples: 500 });
    const b = bootstrapIntervals({ n: values.length, statistics: mean, random: createStream(1, 'b'), resamples: 500 });
    expect(a).toEqual(b);
    expect(a[0][0]).toBeLessThan(3.9);
    expect(a[0][1]).toBeGreaterThan(3.9);
    const flat = bootstrapIntervals({ n: 4, statistics: () => [7], random: createStream(1, 'b'), resamples: 50 });
    expect(flat).toEqual([[7, 7]]);
  });
});
