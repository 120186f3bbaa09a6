import type { AssumptionInForce } from '../scenario/assumptions-in-force.js';
import type { AssumptionValue } from '../scenario/assumptions.js';
import { parsePath, type Override } from '../scenario/overrides.js';

/** One end of a lever: the register's low or high value, set at every path the parameter has in the scenario. */
export interface LeverSide {
  value: AssumptionValue;
  overrides: Override[];
  /** True when the scenario already uses this value everywhere (the side is the baseline itself; nothing to run). */
  sameAsScenario: boolean;
}

/** One behavioural assumption of the register, as the scenario uses it. */
export interface Lever {
  parameter: string;
  /** The scenario paths it sets (one per team group for `team.*` entries). */
  paths: string[];
  /** The values in force, one per path. */
  values: AssumptionValue[];
  unit: string;
  source: string;
  low: LeverSide;
  high: LeverSide;
}

/** The levers of a scenario, and the register entries it has no section for. */
export interface LeverPlan {
  levers: Lever[];
  notApplicable: Array<{ parameter: string; reason: string }>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Groups the rows of the assumptions in force by register entry: each entry whose section the
 * scenario has becomes a lever set at all its paths at once (every team group for `team.*`);
 * an entry whose section is absent (no SLA, no escalation) is listed as not applicable.
 */
export function planLevers(rows: readonly AssumptionInForce[]): LeverPlan {
  const byParameter = new Map<string, AssumptionInForce[]>();
  for (const r of rows) byParameter.set(r.parameter, [...(byParameter.get(r.parameter) ?? []), r]);
  const plan: LeverPlan = { levers: [], notApplicable: [] };
  for (const [parameter, all] of byParameter) {
    const used = all.filter((r) => r.value !== null);
    if (used.length === 0) {
      const section = all[0].path.split('.').slice(0, -1).join('.');
      plan.notApplicable.push({ parameter, reason: `the scenario has no ${section} section` });
      continue;
    }
    const side = (value: AssumptionValue): LeverSide => ({
      value,
      overrides: used.map((r) => ({ path: parsePath(r.path), value })),
      sameAsScenario: used.every((r) => same(r.value, value)),
    });
    plan.levers.push({
      parameter,
      paths: used.map((r) => r.path),
      values: used.map((r) => r.value as AssumptionValue),
      unit: all[0].unit,
      source: all[0].source,
      low: side(all[0].low),
      high: side(all[0].high),
    });
  }
  return plan;
}
