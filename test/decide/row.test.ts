import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { rowInputs, rowOf, type CostSpec } from '../../src/sim/decide/size-values.js';
import { parseTarget, type Target } from '../../src/sim/decide/target.js';
import { Histogram, loadScenario, runReplication, type ReplicationResult } from '../../src/sim/index.js';

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

describe('what a row reads of a replication (what a deciding shard keeps)', () => {
  const loaded = loadScenario(readFileSync('scenarios/async-with-sla.yaml', 'utf8'));
  if (!loaded.ok) throw new Error('scenario does not load');
  const result = runReplication(loaded.scenario, loaded.scenario.model, 3);
  const cases: Array<[string[], CostSpec]> = [
    [['cycleTimeHours.p90<=24'], { kind: 'metric', metric: 'personHoursTotal' }],
    [['cycleTimeHours<=10', 'reworkRate<=0.3'], { kind: 'setting', path: 'team.reviewers.count' }],
    [['cycleTimeHours.p50<=1', 'personHoursTotal>=0'], { kind: 'metric', metric: 'cycleTimeHours' }],
  ];
  for (const [texts, cost] of cases) {
    it(`${texts.join(', ')} with cost ${cost.kind === 'metric' ? cost.metric : cost.path}: the same row from the inputs as from the whole result, and no more kept`, () => {
      const targets = texts.map((t) => parseTarget(t) as Target);
      const inputs = rowInputs(result, targets, cost);
      const row = rowOf(inputs as ReplicationResult, targets, cost);
      expect(row).toEqual(rowOf(result, targets, cost));
      const named = new Set([...targets.filter((t) => t.statistic === 'mean').map((t) => t.metric), ...(cost.kind === 'metric' ? [cost.metric] : [])]);
      expect(Object.keys(inputs.values).every((k) => named.has(k))).toBe(true);
      expect(inputs.cycleTimeHistogram !== undefined).toBe(targets.some((t) => t.statistic !== 'mean'));
    });
  }
});
