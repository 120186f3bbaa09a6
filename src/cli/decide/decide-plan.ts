import type { DecisionRunner, ModelName, ReplicationResult, Scenario } from '../../sim/index.js';
import type { DocumentViews } from '../emit.js';
import type { BatchSetup } from './run-batch.js';

/** The deciding commands: adaptive (size, odds) or fixed (pilot, sensitivity) replication plans. */
export type DecideCommand = 'size' | 'odds' | 'pilot' | 'sensitivity';

/**
 * Everything that decides a deciding command's document besides the scenario text: the command
 * and its options as parsed (output options left out), keys sorted. Equal stamps and texts give
 * equal bytes; `handoff merge` lays the command out again from it.
 */
export interface DecideStamp {
  command: DecideCommand;
  options: Record<string, unknown>;
}

/**
 * A deciding command laid out: the most it may run (every point under each model, replications
 * 0 … cap − 1), what its procedure (src/sim/decide) reads of a replication, and the procedure
 * itself, given the runner that answers its requests. Run whole, the runner simulates as the
 * procedure asks; merged from shards, it hands back the parts' replications, so the procedure's
 * sequential choices, and the document, are the same.
 */
export interface DecidePlan<D = unknown> {
  stamp: DecideStamp;
  setup: Omit<BatchSetup, 'io' | 'label' | 'workers'>;
  models: ModelName[];
  /** The most replications any (point, model) is asked for. */
  cap: number;
  /**
   * What the procedure reads of a result: a part keeps only this of each replication (small and
   * JSON-safe with partial.ts's number encoding, so that a part stays small); merge hands it back.
   */
  keep: (result: ReplicationResult) => Partial<ReplicationResult>;
  decide: (run: DecisionRunner) => Promise<D>;
  views: DocumentViews<D>;
}

/** A stamp from a command's options: the named keys that are set, sorted. */
export function decideStamp(command: DecideCommand, opts: object, keys: readonly string[]): DecideStamp {
  const source = opts as Record<string, unknown>;
  const options: Record<string, unknown> = {};
  for (const key of [...keys].sort()) if (source[key] !== undefined) options[key] = source[key];
  return { command, options };
}

/** Loads the scenario for the models a command names: from its file when run, from a part's text when merged. */
export type LoadScenario = (models: readonly ModelName[]) => Promise<{ scenario: Scenario; text: string }>;
