import type { AssumptionValue } from '../scenario/assumptions.js';
import type { ModelName, Scenario } from '../scenario/types.js';
import { DECISION_SCHEMA_VERSION, decisionHeader, jsonNumber } from './decision-header.js';
import { meanInterval } from './mean-interval.js';
import type { ElementaryEffects } from './morris.js';
import type { LeverPlan } from './sensitivity-levers.js';
import { estimandOf, type Target } from './target.js';

type Num = number | null;

/** One end of a lever in the document: the metric there and its paired difference from the baseline. */
export interface SensitivitySide {
  value: AssumptionValue;
  sameAsScenario: boolean;
  mean: Num;
  ci95: [Num, Num];
  /** Replications with a finite value both here and at the baseline. */
  pairs: number;
  difference: { mean: Num; ci95: [Num, Num]; excludesZero: boolean };
}

/** One lever of the tornado. */
export interface SensitivityLever {
  parameter: string;
  paths: string[];
  values: AssumptionValue[];
  unit: string;
  source: string;
  low: SensitivitySide;
  high: SensitivitySide;
  /** The larger of the two paired differences in absolute value: how far the lever moves the metric. */
  swing: number;
}

/** The document of `handoff sensitivity`. */
export interface SensitivityDocument {
  kind: 'sensitivity';
  schemaVersion: number;
  scenario: ReturnType<typeof decisionHeader>['scenario'];
  seed: number | string;
  model: ModelName;
  metric: string;
  estimand: string;
  replications: number;
  confidence: number;
  design: string;
  baseline: { mean: Num; ci95: [Num, Num] };
  levers: SensitivityLever[];
  notApplicable: Array<{ parameter: string; reason: string }>;
  /** Elementary effects (Morris), when asked for with --morris. */
  morris?: {
    trajectories: number;
    replicationsPerSetting: number;
    settingsRun: number;
    method: string;
    levers: Array<{ parameter: string; mu: Num; muStar: Num; sigma: Num; effects: number }>;
  };
}

const pair = (i: [number, number]): [Num, Num] => [jsonNumber(i[0]), jsonNumber(i[1])];

/**
 * Builds the tornado from each point's per-replication metric values: `values[0]` is the baseline,
 * then for each lever its low and high (null where a side is the scenario's own value and was not run).
 */
export function buildSensitivityDocument(options: {
  scenario: Scenario;
  model: ModelName;
  metric: Target;
  replications: number;
  plan: LeverPlan;
  baseline: readonly number[];
  sides: ReadonlyArray<{ low: readonly number[] | null; high: readonly number[] | null }>;
  morris?: { trajectories: number; settingsRun: number; effects: readonly ElementaryEffects[] };
}): SensitivityDocument {
  const confidence = 0.95;
  const base = meanInterval(options.baseline, confidence);
  const side = (value: AssumptionValue, same: boolean, runs: readonly number[] | null): SensitivitySide => {
    const values = runs ?? options.baseline;
    const m = meanInterval(values, confidence);
    const diffs = values.map((v, i) => v - options.baseline[i]).filter((d) => Number.isFinite(d));
    const d = meanInterval(diffs, confidence);
    const zero = diffs.length > 0 && diffs.every((x) => x === 0);
    const ci: [number, number] = zero ? [0, 0] : d.interval;
    return {
      value,
      sameAsScenario: same,
      mean: jsonNumber(m.mean),
      ci95: pair(m.interval),
      pairs: diffs.length,
      difference: { mean: jsonNumber(d.mean), ci95: pair(ci), excludesZero: ci[0] > 0 || ci[1] < 0 },
    };
  };
  const levers = options.plan.levers.map((l, i): SensitivityLever => {
    const low = side(l.low.value, l.low.sameAsScenario, options.sides[i].low);
    const high = side(l.high.value, l.high.sameAsScenario, options.sides[i].high);
    const swing = Math.max(Math.abs(low.difference.mean ?? 0), Math.abs(high.difference.mean ?? 0));
    return { parameter: l.parameter, paths: l.paths, values: l.values, unit: l.unit, source: l.source, low, high, swing };
  });
  // Stable: levers with equal swings keep the register's order.
  levers.sort((a, b) => b.swing - a.swing);
  const m = options.morris;
  const morris: SensitivityDocument['morris'] = m && {
    trajectories: m.trajectories,
    replicationsPerSetting: options.replications,
    settingsRun: m.settingsRun,
    method: `Morris elementary effects on two levels: ${m.trajectories} trajectories, each from a random setting of every lever at its low or high, switching the levers one at a time in a random order; a lever's effect is the metric (mean of the same replication seeds) with it high minus with it low, the others as the trajectory has them. mu* = mean |effect| (importance), sigma = sd of the effects (interactions or a non-monotone effect)`,
    levers: options.plan.levers
      .map((l, i) => ({ parameter: l.parameter, mu: jsonNumber(m.effects[i].mu), muStar: jsonNumber(m.effects[i].muStar), sigma: jsonNumber(m.effects[i].sigma), effects: m.effects[i].effects }))
      .sort((a, b) => (b.muStar ?? -1) - (a.muStar ?? -1)),
  };
  return {
    kind: 'sensitivity',
    schemaVersion: DECISION_SCHEMA_VERSION,
    ...decisionHeader(options.scenario),
    model: options.model,
    metric: options.metric.text,
    estimand: estimandOf(options.metric),
    replications: options.replications,
    confidence,
    design: 'one lever at a time: each behavioural assumption of the register set to its plausible low and high at every path it has in the scenario, the rest as the scenario has them; every setting runs the same replication seeds as the baseline (common random numbers), and each side reports the paired difference from the baseline with a 95% Student-t interval; levers are ranked by the larger absolute paired difference (the swing)',
    baseline: { mean: jsonNumber(base.mean), ci95: pair(base.interval) },
    levers,
    notApplicable: options.plan.notApplicable,
    ...(morris ? { morris } : {}),
  };
}
