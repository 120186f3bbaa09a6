import { describe, expect, it } from 'vitest';
import { loadScenario, runModels } from '../../src/sim/index.js';
import type { SweepDocument } from '../../web/src/transforms/documents.js';
import { statisticOf, statisticsOf, sweepHeatmap, sweepMetrics } from '../../web/src/transforms/sweep-grid.js';
import type { DistributionEstimate } from '../../web/src/transforms/sim-types.js';
import { scenarioText } from './fixtures.js';
import { runModelsChecked } from '../support/document-invariants.js';

/** A small real sweep, assembled the way the CLI does: the first parameter varies slowest. */
function sweep(parameters: Array<{ path: string; values: unknown[] }>): SweepDocument {
  const text = scenarioText('async-with-sla');
  let grid: Array<Array<{ path: string; value: unknown }>> = [[]];
  for (const p of parameters) grid = grid.flatMap((combo) => p.values.map((value) => [...combo, { path: p.path, value }]));
  const points = grid.map((combo) => {
    const loaded = loadScenario(text, { overrides: combo.map((c) => ({ path: c.path.split('.'), value: c.value })) });
    if (!loaded.ok) throw new Error(loaded.problems[0].message);
    const doc = runModelsChecked(loaded.scenario, ['async'], { replications: 2 });
    return { settings: Object.fromEntries(combo.map((c) => [c.path, c.value])), results: doc.results, header: doc };
  });
  const { results: _r, ...header } = points[0].header;
  return JSON.parse(JSON.stringify({ ...header, sweep: { parameters }, points: points.map(({ settings, results }) => ({ settings, results })) }));
}

describe('sweep heatmap', () => {
  const doc = sweep([
    { path: 'team.reviewers.count', values: [1, 3] },
    { path: 'async.sla.firstResponse', values: ['4bh', '24bh'] },
  ]);

  it('lays the first parameter down the rows and the second across', () => {
    const h = sweepHeatmap(doc, { metric: 'cycleTimeHours', statistic: 'p90', target: null });
    expect(h.rows).toEqual({ path: 'team.reviewers.count', labels: ['1', '3'] });
    expect(h.columns).toEqual({ path: 'async.sla.firstResponse', labels: ['4bh', '24bh'] });
    expect(h.cells).toHaveLength(4);
    for (const c of h.cells) {
      const point = doc.points.find((p) => p.settings['team.reviewers.count'] === [1, 3][c.row] && p.settings['async.sla.firstResponse'] === ['4bh', '24bh'][c.column])!;
      expect(c.value).toBe((point.results[0].metrics.cycleTimeHours as DistributionEstimate).p90);
    }
    expect(h.min).toBe(Math.min(...h.cells.map((c) => c.value!)));
  });

  it('outlines the cells that meet the target: at most for costs, at least for throughput', () => {
    const values = sweepHeatmap(doc, { metric: 'cycleTimeHours', statistic: 'p90' }).cells.map((c) => c.value!);
    const target = [...values].sort((a, b) => a - b)[1];
    const h = sweepHeatmap(doc, { metric: 'cycleTimeHours', statistic: 'p90', target });
    expect(h.cells.filter((c) => c.meets).map((c) => c.value)).toEqual(h.cells.map((c) => c.value).filter((v) => v! <= target));
    const t = sweepHeatmap(doc, { metric: 'throughputPerWeek', statistic: 'mean', target: 0 });
    expect(t.lowerIsBetter).toBe(false);
    expect(t.cells.every((c) => c.meets)).toBe(true);
  });

  it('offers percentiles only where the document has them', () => {
    expect(statisticsOf(doc, 'cycleTimeHours')).toEqual(['mean', 'p50', 'p90', 'p95']);
    expect(statisticsOf(doc, 'reworkRate')).toEqual(['mean']);
    expect(sweepMetrics(doc)).toContain('slaAttainment');
    expect(statisticOf({ x: null }, 'x', 'mean')).toBeNull();
  });

  it('holds a third parameter at one value', () => {
    const three = sweep([
      { path: 'team.reviewers.count', values: [2] },
      { path: 'async.sla.firstResponse', values: ['8bh'] },
      { path: 'async.dashboard', values: [true, false] },
    ]);
    const h = sweepHeatmap(three, { metric: 'cycleTimeHours', statistic: 'mean', fixed: { 'async.dashboard': false } });
    expect(h.fixed).toEqual([{ path: 'async.dashboard', labels: ['true', 'false'], chosen: 'false' }]);
    expect(h.cells).toHaveLength(1);
    expect(h.cells[0].settings['async.dashboard']).toBe(false);
  });

  it('draws a one-parameter sweep as a single column', () => {
    const one = sweep([{ path: 'team.reviewers.count', values: [1, 2, 3] }]);
    const h = sweepHeatmap(one, { metric: 'cycleTimeHours', statistic: 'p90' });
    expect(h.columns).toBeNull();
    expect(h.cells.map((c) => [c.row, c.column])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
  });
});
