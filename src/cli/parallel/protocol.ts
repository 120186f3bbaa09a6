import type { ModelName, ReplicationResult, RouteCondition, Scenario } from '../../sim/index.js';
import type { PackedSeries } from './series-transfer.js';

/** One replication to run: a grid point (0 outside sweeps), a model and a replication index. */
export interface ReplicationTask {
  point: number;
  model: ModelName;
  index: number;
}

/**
 * What a worker starts with: each point's scenario as the main thread loaded and validated it
 * (overrides and seed applied). A scenario is plain data, so it arrives as a structured clone and
 * the worker neither parses nor validates anything before its first replication.
 */
export interface WorkerSetup {
  scenarios: Scenario[];
  /** Asset keys whose set completion each replication reports (handoff odds); absent otherwise. */
  completionOf?: string[];
  /** The pilot's route, for per-asset rows (handoff pilot); absent otherwise. */
  pilotRoute?: RouteCondition;
  /** Per-asset outcomes as the audit reads them (handoff backtest); absent otherwise. */
  outcomes?: boolean;
}

/** Main thread → worker: run a batch, or stop. */
export type WorkerRequest = { type: 'run'; tasks: ReplicationTask[] } | { type: 'stop' };

/** Worker → main thread: ready for work (sent once, when started), one result, the end of a batch, or a failure. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'result'; point: number; result: Omit<ReplicationResult, 'series'> & { series: PackedSeries } }
  | { type: 'batch-done' }
  | { type: 'error'; name: string; message: string; stack?: string };
