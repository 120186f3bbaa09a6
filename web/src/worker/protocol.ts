import type { Override, ResultDocument } from '../transforms/sim-types.js';
import type { ReplicationResult } from '../../../src/sim/index.js';
import type { TimelineInput } from '../transforms/timeline.js';
import type { WhatIfBaseline } from '../transforms/what-if.js';
import type { ReplicationValues } from '../transforms/what-if-deltas.js';
import type { AssumptionInForce } from '../../../src/sim/scenario/assumptions-in-force.js';
import type { DecisionDocument, DecisionRequest } from '../../../src/sim/decide/decision-request.js';

/** What the app asks for: load a scenario and run its models (replications 0: only the baseline and timelines). */
export interface RunOptions {
  scenarioText: string;
  /** What-if settings on top of the file. */
  overrides: Override[];
  /** Models to run (default: the scenario's models). */
  models: string[] | null;
  /** Replications per model (default: the scenario's); 0 runs nothing but the timelines. */
  replications: number | null;
  /** Seed (default: the scenario's). */
  seed: number | string | null;
  /** Also send replication 0's event log of each model. */
  timelines: boolean;
}

/**
 * What the app hears back about a run, in this order: loaded, progress and partial documents, result,
 * timelines. A partial document covers fewer models (the first model's, when it is in) or fewer
 * replications (every model's first few, a provisional answer) than the result.
 */
export type RunReply =
  | { type: 'loaded'; name: string; baseline: WhatIfBaseline; assumptions: AssumptionInForce[]; models: string[]; replications: number; seed: number | string }
  | { type: 'progress'; done: number; total: number }
  | { type: 'partial'; document: ResultDocument; values: ReplicationValues }
  | { type: 'result'; document: ResultDocument; elapsedMs: number; values: ReplicationValues }
  | { type: 'timelines'; timelines: TimelineInput[] }
  | { type: 'problems'; problems: string[] }
  | { type: 'failed'; message: string };

/**
 * Messages to one simulation worker. Each worker loads the run's scenario, then takes tasks; a
 * load drops the tasks of earlier runs still waiting in the worker (each answered `skipped`).
 */
export type WorkerTask =
  | { type: 'load'; run: number; options: RunOptions }
  /** Replications first … first + count - 1 of a model; `keep`: the worker keeps the results (it assembles) and sends only their count. */
  | { type: 'replicate'; run: number; model: string; first: number; count: number; keep: boolean }
  /**
   * Assembles the document of `models` × replications 0 … replications - 1 from the results this
   * worker kept plus `results` (computed elsewhere; kept too, for the next assembly).
   */
  | { type: 'assemble'; run: number; models: string[]; results: ReplicationResult[]; replications: number }
  | { type: 'timelines'; run: number }
  | { type: 'decide'; run: number; scenarioText: string; request: DecisionRequest };

/** Messages from one simulation worker, tagged with the run they belong to. */
export type WorkerAnswer =
  | { type: 'loaded'; run: number; name: string; baseline: WhatIfBaseline; assumptions: AssumptionInForce[]; models: string[]; replications: number; seed: number | string }
  /** Replications first … first + count - 1 of a model are done; `results` only when the task did not keep them; `ms`: the worker's time for the chunk. */
  | { type: 'replicated'; run: number; model: string; first: number; count: number; ms: number; results: ReplicationResult[] | null }
  | { type: 'skipped'; run: number }
  /** `values`: the replication values behind the compared means, for a paired what-if comparison. */
  | { type: 'assembled'; run: number; document: ResultDocument; values: ReplicationValues }
  | { type: 'timelines'; run: number; timelines: TimelineInput[] }
  | { type: 'decide-progress'; run: number; replications: number }
  | { type: 'decided'; run: number; document: DecisionDocument; elapsedMs: number }
  | { type: 'problems'; run: number; problems: string[] }
  | { type: 'failed'; run: number; message: string };
