import { Worker } from 'node:worker_threads';
import type { ReplicationResult } from '../../sim/index.js';
import type { ReplicationTask, WorkerReply, WorkerRequest, WorkerSetup } from './protocol.js';
import { unpackSeries } from './series-transfer.js';
import type { TaskQueue } from './task-queue.js';

/** Options of a pool of worker threads. */
export interface PoolOptions {
  setup: WorkerSetup;
  queue: TaskQueue;
  threads: number;
  accept: (point: number, result: ReplicationResult) => void;
  /** Hand each worker its first batches at once, not when it says it is ready (see `sharing` in run-replications). */
  feedBeforeReady?: boolean;
}

/** A running pool: `finished` resolves when it is stopped, and rejects at the first failure. */
export interface WorkerPool {
  finished: Promise<void>;
  /** The failure that stopped the pool, if any (the main thread checks it between its own tasks). */
  failure: () => Error | null;
  /** Tasks handed to the threads whose results have not come back, the latest handed first. */
  outstanding: () => ReplicationTask[];
  /** Ends the pool once its work is done or no longer wanted: every thread is stopped. */
  stop: () => void;
  /** Stops every thread at once (Ctrl-C, or a failure elsewhere). */
  terminate: () => void;
}

/** Tasks per message: small enough to balance the load at the end, large enough to keep messages rare. */
function batchSize(tasks: number, threads: number): number {
  return Math.max(1, Math.min(8, Math.floor(tasks / (threads * 16))));
}

/** A worker's error as an Error in this thread, keeping its name (RunawayError) and stack. */
function errorFrom(reply: Extract<WorkerReply, { type: 'error' }>): Error {
  const e = new Error(reply.message);
  e.name = reply.name;
  if (reply.stack) e.stack = reply.stack;
  return e;
}

/**
 * Starts `threads` workers that pull batches from the queue as they finish them (three in flight,
 * so none waits for its next batch while the main thread is busy), so a slow model does not hold
 * up the others. A worker gets its first batch only once it says it is ready (a thread takes a few
 * hundred milliseconds to start); what it holds is listed by `outstanding`, so that the main
 * thread, once the queue is empty, can run those tasks itself rather than wait for a thread still
 * on cold code. The first failure terminates every worker.
 */
export function startWorkers(options: PoolOptions): WorkerPool {
  const { queue } = options;
  const size = batchSize(queue.tasks.length, options.threads);
  // Each thread's batches out, oldest first, and how many results of the oldest have come back.
  const pool: Array<{ worker: Worker; batches: ReplicationTask[][]; back: number }> = [];
  let failure: Error | null = null;
  let settled = false;
  let settle!: (error?: Error) => void;
  const finished = new Promise<void>((resolve, reject) => {
    settle = (error) => {
      if (settled) return;
      settled = true;
      for (const { worker } of pool) void worker.terminate();
      if (error) {
        failure = error;
        reject(error);
      } else resolve();
    };
  });
  finished.catch(() => {}); // observed through failure() and by whoever awaits `finished`
  for (let i = 0; i < options.threads; i++) {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options.setup });
    const slot = { worker, batches: [] as ReplicationTask[][], back: 0 };
    pool.push(slot);
    const feed = () => {
      while (slot.batches.length < 3 && !queue.empty) {
        const tasks = queue.take(size);
        worker.postMessage({ type: 'run', tasks } satisfies WorkerRequest);
        slot.batches.push(tasks);
      }
    };
    if (options.feedBeforeReady) feed();
    worker.on('message', (reply: WorkerReply) => {
      if (settled) return;
      if (reply.type === 'result') {
        slot.back++;
        options.accept(reply.point, unpackSeries(reply.result));
      } else if (reply.type === 'error') settle(errorFrom(reply));
      else if (reply.type === 'ready') feed();
      else {
        slot.batches.shift();
        slot.back = 0;
        feed();
      }
    });
    worker.on('error', (e) => settle(e));
    worker.on('exit', (code) => {
      if (!settled) settle(new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
    });
  }
  const outstanding = () => {
    const out: ReplicationTask[] = [];
    for (const slot of pool) {
      for (let b = slot.batches.length - 1; b >= 0; b--) {
        const batch = slot.batches[b];
        for (let k = batch.length - 1; k >= (b === 0 ? slot.back : 0); k--) out.push(batch[k]);
      }
    }
    return out;
  };
  return { finished, failure: () => failure, outstanding, stop: () => settle(), terminate: () => settle(new Error('terminated')) };
}
