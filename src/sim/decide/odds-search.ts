import type { ModelName } from '../scenario/types.js';
import { fixedWidthStop, nextBatchSize, type FixedWidthRule, type FixedWidthStop } from './fixed-width-rule.js';

/** One request of a batch: replications [from, to) of a model. */
export interface BatchRequest<K> {
  key: K;
  from: number;
  to: number;
}

/** The completion times gathered for one model, and why gathering stopped. */
export interface OddsTally {
  model: ModelName;
  /** Completion minutes of replications 0..n−1, in index order (Infinity when never complete). */
  completions: number[];
  stoppedBy: Exclude<FixedWidthStop, null>;
}

/** Options of the sequential estimate of the odds. */
export interface OddsSearchOptions {
  models: readonly ModelName[];
  deadlineMin: number;
  rule: FixedWidthRule;
  /** Replications added to a model per look. */
  batch: number;
  /** Runs the requested replications (all requests of a look at once) and returns their completion minutes in index order. */
  run: (requests: ReadonlyArray<BatchRequest<ModelName>>) => Promise<Map<ModelName, number[]>>;
}

/**
 * Adds replications to each model in batches until the Wilson interval of its probability is
 * narrow enough or the cap is reached. Every model runs the same replication indices (common
 * random numbers); which replications run depends only on results so far, never on timing.
 */
export async function searchOdds(options: OddsSearchOptions): Promise<OddsTally[]> {
  const tallies = options.models.map((model) => ({ model, completions: [] as number[], stoppedBy: null as FixedWidthStop }));
  for (;;) {
    const open = tallies.filter((t) => t.stoppedBy === null);
    if (open.length === 0) break;
    const requests = open.map((t) => {
      const n = t.completions.length;
      return { key: t.model, from: n, to: n + nextBatchSize(n, options.batch, options.rule.maxReplications) };
    });
    const results = await options.run(requests);
    for (const [i, t] of open.entries()) {
      const got = results.get(t.model) ?? [];
      if (got.length !== requests[i].to - requests[i].from) throw new Error(`internal error: asked for ${requests[i].to - requests[i].from} replications of ${t.model}, got ${got.length}`);
      t.completions.push(...got);
      const successes = t.completions.filter((m) => m <= options.deadlineMin).length;
      t.stoppedBy = fixedWidthStop(successes, t.completions.length, options.rule);
    }
  }
  return tallies.map((t) => ({ model: t.model, completions: t.completions, stoppedBy: t.stoppedBy! }));
}
