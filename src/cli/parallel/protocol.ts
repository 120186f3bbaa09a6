import type { ModelName, Override, ReplicationResult, RouteCondition } from '../../sim/index.js';
import type { PackedSeries } from './series-transfer.js';

/** One replication to run: a grid point (0 outside sweeps), a model and a replication index. */
export interface ReplicationTask {
  point: number;
  model: ModelName;
  index: number;
}

/** What a worker starts with: the scenario as text (loaded the same way as in the main thread), and each point's overrides and seed. */
export interface WorkerSetup {
  scenarioText: string;
  points: Array<{ overrides: Override[]; seed: number | string }>;
  /** Asset keys whose set completion each replication reports (handoff odds); absent otherwise. */
  completionOf?: string[];
  /** The pilot's route, for per-asset rows (handoff pilot); absent otherwise. */
  pilotRoute?: RouteCondition;
  /** Per-asset outcomes as the audit reads them (handoff backtest); absent otherwise. */
  outcomes?: boolean;
}

/** Main thread → worker: run a batch, or stop. */
export type WorkerRequest = { type: 'run'; tasks: ReplicationTask[] } | { type: 'stop' };

/** Worker → main thread: one result, the end of a batch, or a failure. */
export type WorkerReply =
  | { type: 'result'; point: number; result: Omit<ReplicationResult, 'series'> & { series: PackedSeries } }
  | { type: 'batch-done' }
  | { type: 'error'; name: string; message: string; stack?: string };
