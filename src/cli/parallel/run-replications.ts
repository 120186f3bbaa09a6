import { availableParallelism } from 'node:os';
import { runReplication, type ModelName, type Override, type ReplicationResult, type Scenario } from '../../sim/index.js';
import { InterruptedError } from '../io.js';
import type { ReplicationTask } from './protocol.js';
import { runOnWorkers } from './worker-pool.js';

/** What to run: every point of a grid (one point outside sweeps) under each model, `replications` times. */
export interface ReplicationPlan {
  /** The scenario file's text: workers load it themselves, with each point's overrides. */
  scenarioText: string;
  /** Each point's overrides, and the scenario they give with the seed applied (used in this thread). */
  points: ReadonlyArray<{ overrides: Override[]; scenario: Scenario }>;
  models: readonly ModelName[];
  replications: number;
  /** Worker threads; 1 runs in this thread. Default: the number of cores. */
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

/**
 * Runs every (point, model, replication), on worker threads when more than one is asked for.
 * Results are sorted by index, so whatever the number of workers the document is the same.
 */
export async function runReplications(plan: ReplicationPlan): Promise<PointReplications[]> {
  const tasks: ReplicationTask[] = [];
  plan.points.forEach((_, point) => {
    for (let index = 0; index < plan.replications; index++) for (const model of plan.models) tasks.push({ point, model, index });
  });
  const out: PointReplications[] = plan.points.map(() => new Map(plan.models.map((m) => [m, []])));
  let done = 0;
  const accept = (point: number, result: ReplicationResult) => {
    out[point].get(result.model)!.push(result);
    plan.onProgress?.(++done, tasks.length);
  };
  const workers = Math.max(1, Math.min(plan.workers ?? defaultWorkers(), tasks.length));
  if (workers === 1) await runHere(plan, tasks, accept);
  else {
    const setup = { scenarioText: plan.scenarioText, points: plan.points.map((p) => ({ overrides: p.overrides, seed: p.scenario.seed })) };
    await runOnWorkers({ setup, tasks, workers, accept, signal: plan.signal });
  }
  for (const byModel of out) for (const list of byModel.values()) list.sort((a, b) => a.index - b.index);
  return out;
}

/** Runs the tasks in this thread, yielding now and then so Ctrl-C and the progress bar get a turn. */
async function runHere(plan: ReplicationPlan, tasks: readonly ReplicationTask[], accept: (point: number, r: ReplicationResult) => void): Promise<void> {
  let yielded = Date.now();
  for (const t of tasks) {
    if (plan.signal?.aborted) throw new InterruptedError();
    accept(t.point, runReplication(plan.points[t.point].scenario, t.model, t.index));
    if (Date.now() - yielded > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      yielded = Date.now();
    }
  }
  if (plan.signal?.aborted) throw new InterruptedError();
}
