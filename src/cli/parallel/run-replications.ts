import { availableParallelism } from 'node:os';
import { runReplication, type ModelName, type Override, type ReplicationResult, type RouteCondition, type Scenario } from '../../sim/index.js';
import { InterruptedError } from '../io.js';
import type { ReplicationTask } from './protocol.js';
import { TaskQueue } from './task-queue.js';
import { startWorkers, type WorkerPool } from './worker-pool.js';

/** What to run: every point of a grid (one point outside sweeps) under each model, `replications` times. */
export interface ReplicationPlan {
  /** Each point's overrides, and the scenario they give with the seed applied (worker threads get a copy). */
  points: ReadonlyArray<{ overrides: Override[]; scenario: Scenario }>;
  models: readonly ModelName[];
  replications: number;
  /**
   * Only the units (point × replication, numbered point-major) from start up to but not including
   * end, every model of each: a shard's slice. Default: all of them.
   */
  units?: { start: number; end: number };
  /**
   * Exactly these tasks instead of every (point, replication, model) — a sequential procedure's
   * next batch. `replications` and `units` are then ignored.
   */
  tasks?: readonly ReplicationTask[];
  /** Asset keys whose set completion each replication reports (handoff odds). */
  completionOf?: readonly string[];
  /** The pilot's route: each replication reports per-asset rows (handoff pilot). */
  pilotRoute?: RouteCondition;
  /** Each replication reports per-asset outcomes as its audit reads them (handoff backtest). */
  outcomes?: boolean;
  /** How many replications run at once: this thread and workers − 1 worker threads. Default: the number of cores. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** Aborts the run (Ctrl-C): workers are terminated and the promise rejects with InterruptedError. */
  signal?: AbortSignal;
}

/** The replications of one point, by model, in index order. */
export type PointReplications = Map<ModelName, ReplicationResult[]>;

/** The default number of workers: the machine's cores. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** Every (point, replication, model), models interleaved so that any stretch of tasks mixes them. */
function planTasks(plan: ReplicationPlan): ReplicationTask[] {
  if (plan.tasks) return [...plan.tasks];
  const tasks: ReplicationTask[] = [];
  const { start, end } = plan.units ?? { start: 0, end: plan.points.length * plan.replications };
  for (let unit = start; unit < end; unit++) {
    const point = Math.floor(unit / plan.replications);
    const index = unit % plan.replications;
    for (const model of plan.models) tasks.push({ point, model, index });
  }
  return tasks;
}

/**
 * Runs every (point, model, replication) with `workers` at once: this thread takes its share
 * between the batches the worker threads pull (it is warm already; a thread takes a while to
 * start). Results are sorted by index, so whatever the number of workers the document is the same.
 */
export async function runReplications(plan: ReplicationPlan): Promise<PointReplications[]> {
  const queue = new TaskQueue(planTasks(plan));
  const out: PointReplications[] = plan.points.map(() => new Map(plan.models.map((m) => [m, []])));
  let done = 0;
  const accept = (point: number, result: ReplicationResult) => {
    out[point].get(result.model)!.push(result);
    plan.onProgress?.(++done, queue.tasks.length);
  };
  const threads = Math.max(0, Math.min(plan.workers ?? defaultWorkers(), queue.tasks.length) - 1);
  const setup = {
    scenarios: plan.points.map((p) => p.scenario),
    ...(plan.completionOf ? { completionOf: [...plan.completionOf] } : {}),
    ...(plan.pilotRoute ? { pilotRoute: plan.pilotRoute } : {}),
    ...(plan.outcomes ? { outcomes: true } : {}),
  };
  const options = {
    ...(plan.completionOf ? { completionOf: new Set(plan.completionOf) } : {}),
    ...(plan.pilotRoute ? { pilotRoute: plan.pilotRoute } : {}),
    ...(plan.outcomes ? { outcomes: true } : {}),
  };
  const pool = threads > 0 ? startWorkers({ setup, queue, threads, accept }) : null;
  try {
    await runHere(plan, queue, (point, t) => accept(point, runReplication(plan.points[point].scenario, t.model, t.index, options)), pool);
    await pool?.finished;
  } catch (e) {
    pool?.terminate();
    throw e;
  }
  for (const byModel of out) for (const list of byModel.values()) list.sort((a, b) => a.index - b.index);
  return out;
}

/**
 * Takes tasks in this thread until none are left, yielding to the event loop every few
 * milliseconds so that worker messages, the progress bar and Ctrl-C get their turn.
 */
async function runHere(
  plan: ReplicationPlan,
  queue: TaskQueue,
  run: (point: number, task: ReplicationTask) => void,
  pool: WorkerPool | null,
): Promise<void> {
  const sliceMs = pool ? 5 : 50;
  let yielded = performance.now();
  for (;;) {
    if (plan.signal?.aborted) throw new InterruptedError();
    const failure = pool?.failure();
    if (failure) throw failure;
    const [t] = queue.take(1);
    if (!t) break;
    run(t.point, t);
    if (performance.now() - yielded > sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      yielded = performance.now();
    }
  }
  if (pool) {
    // Wait for the workers' last batches, still listening for Ctrl-C.
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(new InterruptedError());
      if (plan.signal?.aborted) return onAbort();
      plan.signal?.addEventListener('abort', onAbort, { once: true });
      pool.finished.then(resolve, reject).finally(() => plan.signal?.removeEventListener('abort', onAbort));
    });
  }
  if (plan.signal?.aborted) throw new InterruptedError();
}
