import type { ModelName, ReplicationResult, Scenario } from '../../sim/index.js';
import type { DocumentViews } from '../emit.js';
import type { BatchSetup, PointRequest } from './run-batch.js';

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

/** Returns, per request, the value of each replication [from, to), in index order. */
export type FetchValues<V> = (requests: readonly PointRequest[]) => Promise<V[][]>;

/**
 * A deciding command laid out: the most it may run (every point under each model, replications
 * 0 … cap − 1), what it keeps of a replication, and how it decides from the values it asks for.
 * Run whole, `decide` fetches from live simulation; merged from shards, it fetches the same
 * values from the parts, so its sequential choices, and the document, are the same.
 */
export interface DecidePlan<V = unknown, D = unknown> {
  stamp: DecideStamp;
  setup: Omit<BatchSetup, 'io' | 'label' | 'workers'>;
  models: ModelName[];
  /** The most replications any (point, model) is asked for. */
  cap: number;
  /** What the decision uses of one replication (small and JSON-safe, so that a part stays small). */
  valueOf: (result: ReplicationResult) => V;
  decide: (fetch: FetchValues<V>) => Promise<D>;
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
