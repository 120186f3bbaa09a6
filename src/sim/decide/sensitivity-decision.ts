import type { Override } from '../scenario/overrides.js';
import type { ModelName, Scenario } from '../scenario/types.js';
import { createStream } from '../random/stream.js';
import type { DecisionPoint, DecisionRunner } from './decision-runner.js';
import { elementaryEffects, morrisTrajectories, type MorrisTrajectory } from './morris.js';
import { buildSensitivityDocument, type SensitivityDocument } from './sensitivity-document.js';
import type { LeverPlan } from './sensitivity-levers.js';
import { rowOf } from './size-values.js';
import type { Target } from './target.js';

/** The settings a sensitivity analysis runs: point 0 is the scenario as it is, then each lever's low and high that differ from it, then the Morris settings. */
export interface SensitivityGrid {
  grid: Override[][];
  /** Each lever's low and high point (null: the scenario's own value, not run). */
  at: Array<{ low: number | null; high: number | null }>;
  design: MorrisTrajectory[];
  /** The point of each setting of each trajectory. */
  morrisPoints: number[][];
  /** Distinct Morris settings run. */
  settingsRun: number;
}

/** Plans the points of a sensitivity analysis (the Morris trajectories drawn from the seed's "morris" stream). */
export function sensitivityGrid(plan: LeverPlan, morris: number | undefined, seed: number | string): SensitivityGrid {
  const grid: Override[][] = [[]];
  const at = plan.levers.map((l) => {
    const index = (side: typeof l.low) => (side.sameAsScenario ? null : grid.push(side.overrides) - 1);
    return { low: index(l.low), high: index(l.high) };
  });
  const design = morris ? morrisTrajectories(plan.levers.length, morris, createStream(seed, 'morris')) : [];
  const settingPoint = new Map<string, number>();
  const morrisPoints = design.map((t) =>
    t.settings.map((levels) => {
      const key = levels.map((high) => (high ? 1 : 0)).join('');
      let point = settingPoint.get(key);
      if (point === undefined) {
        point = grid.push(plan.levers.flatMap((l, i) => (levels[i] ? l.high.overrides : l.low.overrides))) - 1;
        settingPoint.set(key, point);
      }
      return point;
    }),
  );
  return { grid, at, design, morrisPoints, settingsRun: settingPoint.size };
}

/** What `handoff sensitivity` decides on, once its options are read and the grid's points loaded. */
export interface SensitivityDecision {
  model: ModelName;
  metric: Target;
  replications: number;
  plan: LeverPlan;
  morris?: number;
  layout: SensitivityGrid;
  points: readonly DecisionPoint[];
  run: DecisionRunner;
}

const meanOf = (xs: readonly number[]) => {
  const finite = xs.filter((x) => Number.isFinite(x));
  return finite.length > 0 ? finite.reduce((a, b) => a + b, 0) / finite.length : NaN;
};

/** Runs every point on the same replication seeds, then the tornado (and the elementary effects). */
export async function decideSensitivity(d: SensitivityDecision): Promise<SensitivityDocument> {
  const n = d.replications;
  const { layout } = d;
  const results = await d.run(d.points.map((_, point) => ({ point, model: d.model, from: 0, to: n })));
  const values = results.map((list) => list.map((r) => rowOf(r, [d.metric], { kind: 'setting', path: '' })[0]));
  const morris = d.morris
    ? { trajectories: d.morris, settingsRun: layout.settingsRun, effects: elementaryEffects(layout.design, layout.morrisPoints.map((t) => t.map((p) => meanOf(values[p]))), d.plan.levers.length) }
    : undefined;
  const scenario: Scenario = d.points[0].scenario;
  return buildSensitivityDocument({
    scenario,
    model: d.model,
    metric: d.metric,
    replications: n,
    plan: d.plan,
    baseline: values[0],
    sides: layout.at.map((p) => ({ low: p.low === null ? null : values[p.low], high: p.high === null ? null : values[p.high] })),
    morris,
  });
}
