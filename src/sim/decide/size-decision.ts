import { pointSettings, type SweepParameter } from '../experiment/sweep.js';
import type { ModelName, Scenario } from '../scenario/types.js';
import type { DecisionPoint, DecisionRunner } from './decision-runner.js';
import { buildSizeDocument, type SizeDocument } from './size-document.js';
import { searchSize } from './size-search.js';
import { rowOf, type CostSpec } from './size-values.js';
import type { Target } from './target.js';

/** What `handoff size` decides on, once its options are read: the grid's points, the targets, the cost, the confidence. */
export interface SizeDecision {
  /** The scenario as loaded, with the run's seed. */
  scenario: Scenario;
  model: ModelName;
  targets: readonly Target[];
  cost: CostSpec;
  levers: SweepParameter[];
  /** The candidate settings, one point each (the levers' grid, in order). */
  points: readonly DecisionPoint[];
  confidence: number;
  minReplications: number;
  maxReplications: number;
  run: DecisionRunner;
}

/** Sizes: the sequential search over the candidates, then the size document. */
export async function decideSize(d: SizeDecision): Promise<SizeDocument> {
  const settings = d.points.map((p) => pointSettings(p.overrides));
  const { cost, targets, model } = d;
  const search = await searchSize({
    candidates: d.points.length,
    targets,
    fixedCosts: cost.kind === 'setting' ? settings.map((s) => s[cost.path] as number) : null,
    confidence: d.confidence,
    minReplications: d.minReplications,
    maxReplications: d.maxReplications,
    run: async (requests) => {
      const results = await d.run(requests.map((r) => ({ point: r.key, model, from: r.from, to: r.to })));
      return new Map(requests.map((r, i) => [r.key, results[i].map((x) => rowOf(x, targets, cost))]));
    },
  });
  return buildSizeDocument({ scenario: d.scenario, model, targets, cost, levers: d.levers, settings, confidence: d.confidence, minReplications: d.minReplications, maxReplications: d.maxReplications, search });
}
