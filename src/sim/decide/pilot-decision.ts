import type { RouteCondition } from '../policies/routing.js';
import type { Override } from '../scenario/overrides.js';
import type { Scenario } from '../scenario/types.js';
import type { DecisionRunner } from './decision-runner.js';
import { buildPilotDocument, type PilotDocument, type PilotSettings } from './pilot-document.js';
import { routeWhen } from './pilot-route.js';
import { WEEK_MIN } from './pilot-window.js';

/** The longest pilot the search considers, in weeks. */
export const MAX_PILOT_WEEKS = 520;

/** The weeks a pilot study spans: the scenario's time after the warm-up, at least the longest length asked for. */
export function pilotSpanWeeks(scenario: Scenario, weeks: readonly number[], maxWeeks = 0): number {
  const available = Math.floor((scenario.horizonMin - scenario.warmupMin) / WEEK_MIN);
  return Math.max(available, weeks[weeks.length - 1], maxWeeks);
}

/** The one point a pilot runs at: the route as a hybrid (the pilot's part, the rest on the baseline), the horizon long enough. */
export function pilotOverrides(o: { scenario: Scenario; route: RouteCondition; baseline: 'sync' | 'async'; pilot: 'sync' | 'async'; spanWeeks: number }): Override[] {
  const overrides: Override[] = [{ path: ['hybrid', 'routes'], value: [{ when: routeWhen(o.route), model: o.pilot }, { when: {}, model: o.baseline }] }];
  const horizonMin = o.scenario.warmupMin + o.spanWeeks * WEEK_MIN;
  if (horizonMin > o.scenario.horizonMin) overrides.push({ path: ['horizon'], value: `${horizonMin}m` });
  return overrides;
}

/** What `handoff pilot` decides on, once its options are read. The runner runs point 0 with the pilot's route collected. */
export interface PilotDecision extends PilotSettings {
  replications: number;
  run: DecisionRunner;
}

/** A pilot's power: the same replications with the pilot (hybrid) and without (all on the baseline), then the pilot document. */
export async function decidePilot(d: PilotDecision): Promise<PilotDocument> {
  const n = d.replications;
  const [withPilot, withoutPilot] = await d.run([
    { point: 0, model: 'hybrid', from: 0, to: n },
    { point: 0, model: d.baseline, from: 0, to: n },
  ]);
  const { replications: _n, run: _run, ...settings } = d;
  return buildPilotDocument({ ...settings, withPilot: withPilot.map((r) => r.pilot!), withoutPilot: withoutPilot.map((r) => r.pilot!) });
}
