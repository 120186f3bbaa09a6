import { Worker } from 'node:worker_threads';
import type { ReplicationResult } from '../../sim/index.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './protocol.js';
import { unpackSeries } from './series-transfer.js';
import type { TaskQueue } from './task-queue.js';

/** Options of a pool of worker threads. */
export interface PoolOptions {
  setup: WorkerSetup;
  queue: TaskQueue;
  threads: number;
  accept: (point: number, result: ReplicationResult) => void;
}

/** A running pool: settles when every thread has finished, or at the first failure. */
export interface WorkerPool {
  finished: Promise<void>;
  /** The failure that stopped the pool, if any (the main thread checks it between its own tasks). */
  failure: () => Error | null;
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
 * up the others. The first failure terminates every worker.
 */
export function startWorkers(options: PoolOptions): WorkerPool {
  const { queue } = options;
  const size = batchSize(queue.tasks.length, options.threads);
  const pool: Worker[] = [];
  let failure: Error | null = null;
  let settled = false;
  let running = options.threads;
  let settle!: (error?: Error) => void;
  const finished = new Promise<void>((resolve, reject) => {
    settle = (error) => {
      if (settled) return;
      settled = true;
      if (error) {
        failure = error;
        for (const w of pool) void w.terminate();
        reject(error);
      } else resolve();
    };
  });
  finished.catch(() => {}); // observed through failure() and by whoever awaits `finished`
  for (let i = 0; i < options.threads; i++) {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options.setup });
    pool.push(worker);
    let inFlight = 0;
    const send = (request: WorkerRequest) => worker.postMessage(request);
    const feed = () => {
      while (inFlight < 3 && !queue.empty) {
        send({ type: 'run', tasks: queue.take(size) });
        inFlight++;
      }
      if (inFlight === 0) send({ type: 'stop' });
    };
    feed();
    worker.on('message', (reply: WorkerReply) => {
      if (settled) return;
      if (reply.type === 'result') options.accept(reply.point, unpackSeries(reply.result));
      else if (reply.type === 'error') settle(errorFrom(reply));
      else {
        inFlight--;
        feed();
      }
    });
    worker.on('error', (e) => settle(e));
    worker.on('exit', (code) => {
      if (settled) return;
      if (code !== 0 || inFlight > 0) settle(new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
      else if (--running === 0) settle();
    });
  }
  return { finished, failure: () => failure, terminate: () => settle(new Error('terminated')) };
}
