import { describe, expect, it } from 'vitest';
import { rowOf } from '../../src/sim/decide/size-values.js';
import { parseTarget, type Target } from '../../src/sim/decide/target.js';
import { Histogram, type ReplicationResult } from '../../src/sim/index.js';

describe('a replication’s row for the sizing search', () => {
  it('reads means from the values and percentiles from the replication’s own cycle-time histogram', () => {
    // Cycle times of 1, 2, …, 100 hours: the p90 is 90 h (to the histogram's 0.5% buckets).
    const h = new Histogram();
    for (let i = 1; i <= 100; i++) h.add(i * 60);
    const result = { values: { cycleTimeHours: 50.5, personHoursTotal: 321 }, cycleTimeHistogram: h.toSparse() } as unknown as ReplicationResult;
    const targets = ['cycleTimeHours.p90<=24', 'cycleTimeHours<=10', 'cycleTimeHours.p50<=1'].map((t) => parseTarget(t) as Target);
    const [p90, mean, p50, cost] = rowOf(result, targets, { kind: 'metric', metric: 'personHoursTotal' });
    expect(p90).toBeCloseTo(90, -0.3);
    expect(Math.abs(p90 - 90) / 90).toBeLessThan(0.01);
    expect(mean).toBe(50.5);
    expect(Math.abs(p50 - 50) / 50).toBeLessThan(0.02);
    expect(cost).toBe(321);
    // A setting as the cost adds no column; no approvals give no percentile.
    const empty = { values: {}, cycleTimeHistogram: [] } as unknown as ReplicationResult;
    expect(rowOf(empty, targets.slice(0, 1), { kind: 'setting', path: 'team.reviewers.count' })).toEqual([NaN]);
  });
});
