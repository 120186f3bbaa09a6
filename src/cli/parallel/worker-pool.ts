import { Worker } from 'node:worker_threads';
import type { ReplicationResult } from '../../sim/index.js';
import { InterruptedError } from '../io.js';
import type { ReplicationTask, WorkerReply, WorkerRequest, WorkerSetup } from './protocol.js';

/** Options of a run on worker threads. */
export interface PoolOptions {
  setup: WorkerSetup;
  tasks: readonly ReplicationTask[];
  workers: number;
  accept: (point: number, result: ReplicationResult) => void;
  signal?: AbortSignal;
}

/** Tasks per message: small enough to balance the load at the end, large enough to keep messages rare. */
function batchSize(tasks: number, workers: number): number {
  return Math.max(1, Math.min(8, Math.floor(tasks / (workers * 16))));
}

/** A worker's error as an Error in this thread, keeping its name (RunawayError) and stack. */
function errorFrom(reply: Extract<WorkerReply, { type: 'error' }>): Error {
  const e = new Error(reply.message);
  e.name = reply.name;
  if (reply.stack) e.stack = reply.stack;
  return e;
}

/**
 * Runs the tasks on `workers` threads. Each worker pulls batches as it finishes them (two in
 * flight, so it never waits for the next), so a slow model does not hold up the others. The first
 * failure or an abort terminates every worker and rejects.
 */
export function runOnWorkers(options: PoolOptions): Promise<void> {
  const { tasks, signal } = options;
  const size = batchSize(tasks.length, options.workers);
  const pool: Worker[] = [];
  let next = 0;
  let running = options.workers;
  let settled = false;
  return new Promise<void>((resolve, reject) => {
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (error) {
        for (const w of pool) void w.terminate();
        reject(error);
      } else resolve();
    };
    const onAbort = () => settle(new InterruptedError());
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    for (let i = 0; i < options.workers; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options.setup });
      pool.push(worker);
      let inFlight = 0;
      const send = (request: WorkerRequest) => worker.postMessage(request);
      const feed = () => {
        if (next >= tasks.length) return;
        send({ type: 'run', tasks: tasks.slice(next, (next += size)) });
        inFlight++;
      };
      feed();
      feed();
      if (inFlight === 0) send({ type: 'stop' });
      worker.on('message', (reply: WorkerReply) => {
        if (settled) return;
        if (reply.type === 'result') options.accept(reply.point, reply.result);
        else if (reply.type === 'error') settle(errorFrom(reply));
        else {
          inFlight--;
          feed();
          if (inFlight === 0) send({ type: 'stop' });
        }
      });
      worker.on('error', (e) => settle(e));
      worker.on('exit', (code) => {
        if (settled) return;
        if (code !== 0 || inFlight > 0) settle(new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
        else if (--running === 0) settle();
      });
    }
  });
}
