import type { ModelName, Scenario } from '../scenario/types.js';
import type { AssetSelector, AssetSet } from './asset-set.js';
import type { Deadline } from './deadline.js';
import type { DecisionRunner } from './decision-runner.js';
import type { FixedWidthRule } from './fixed-width-rule.js';
import { buildOddsDocument, type OddsDocument } from './odds-document.js';
import { searchOdds } from './odds-search.js';

/** What `handoff odds` decides on, once its options are read. The runner runs point 0 with the set's completion collected. */
export interface OddsDecision {
  /** The scenario with the run's seed. */
  scenario: Scenario;
  models: readonly ModelName[];
  deadline: Deadline;
  selector: AssetSelector;
  set: AssetSet;
  rule: FixedWidthRule;
  batch: number;
  run: DecisionRunner;
}

/** The odds: replications in batches per model until the interval is narrow enough, then the odds document. */
export async function decideOdds(d: OddsDecision): Promise<OddsDocument> {
  const tallies = await searchOdds({
    models: d.models,
    deadlineMin: d.deadline.minutes,
    rule: d.rule,
    batch: d.batch,
    run: async (requests) => {
      const results = await d.run(requests.map((r) => ({ point: 0, model: r.key, from: r.from, to: r.to })));
      return new Map(requests.map((r, i) => [r.key, results[i].map((x) => x.completion!.completedMin)]));
    },
  });
  return buildOddsDocument({ scenario: d.scenario, deadlineMin: d.deadline.minutes, deadlineOffsetMin: d.deadline.offsetMin, selector: d.selector, set: d.set, rule: d.rule, batch: d.batch, tallies });
}
