import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runReplication, RunawayError, type ModelName, type ReplicationResult, type Scenario } from '../../sim/index.js';
import type { WorkerJob, WorkerMessage } from './protocol.js';

/** Options of a parallel run. */
export interface ParallelOptions {
  scenario: Scenario;
  scenarioText: string;
  overrides?: WorkerJob['overrides'];
  models: readonly ModelName[];
  replications: number;
  /** Worker threads; 1 runs in this thread. Default: the number of cores. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** Aborts the run (Ctrl-C): workers are terminated and the promise rejects with AbortError. */
  signal?: AbortSignal;
}

/** The default number of workers: the machine's cores. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Runs every (model, replication) pair, in worker threads when workers > 1. Results are keyed by
 * model and sorted by index, so the document built from them is the same for any worker count.
 */
export async function runReplications(options: ParallelOptions): Promise<Map<ModelName, ReplicationResult[]>> {
  const tasks = options.models.flatMap((model) => Array.from({ length: options.replications }, (_, index) => ({ model, index })));
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), tasks.length));
  const byModel = new Map<ModelName, ReplicationResult[]>(options.models.map((m) => [m, []]));
  let done = 0;
  const accept = (r: ReplicationResult) => {
    byModel.get(r.model)!.push(r);
    options.onProgress?.(++done, tasks.length);
  };
  if (workers === 1) {
    for (const t of tasks) {
      if (options.signal?.aborted) throw abortError();
      accept(runReplication(options.scenario, t.model, t.index));
      if (done % 8 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  } else {
    // Interleave tasks so every worker gets a similar mix of models.
    const shares = Array.from({ length: workers }, (_, w) => tasks.filter((_, i) => i % workers === w));
    await Promise.all(shares.map((share) => runWorker({ ...options, share, accept })));
  }
  for (const list of byModel.values()) list.sort((a, b) => a.index - b.index);
  return byModel;
}

function runWorker(o: ParallelOptions & { share: WorkerJob['tasks']; accept: (r: ReplicationResult) => void }): Promise<void> {
  const job: WorkerJob = { scenarioText: o.scenarioText, overrides: o.overrides ?? [], seed: o.scenario.seed, tasks: o.share };
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: job });
  return new Promise((resolve, reject) => {
    let failed = false;
    const abort = () => {
      failed = true;
      void worker.terminate();
      reject(abortError());
    };
    o.signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'result') o.accept(m.result);
      else {
        failed = true;
        void worker.terminate();
        reject(m.name === 'RunawayError' ? Object.assign(new RunawayError(0, 0), { message: m.message }) : new Error(m.message));
      }
    });
    worker.on('error', (e) => {
      failed = true;
      reject(e);
    });
    worker.on('exit', () => {
      o.signal?.removeEventListener('abort', abort);
      if (!failed) resolve();
    });
  });
}

function abortError(): Error {
  const e = new Error('interrupted');
  e.name = 'AbortError';
  return e;
}
