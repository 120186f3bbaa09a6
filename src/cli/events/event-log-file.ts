import { existsSync, rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ModelName, Scenario } from '../../sim/index.js';
import { InterruptedError, UserError } from '../io.js';
import type { EventLogFormat } from './event-log-writer.js';
import { scratchPath, writeEventLog } from './write-event-log.js';

/** What the worker is told: the scenario as validated here (plain data, sent as a copy), the model, the format and the file. */
export interface EventLogWorkerData {
  scenario: Scenario;
  model: ModelName;
  format: EventLogFormat;
  path: string;
}

/** What the worker answers once. */
export type EventLogWorkerReply = { type: 'done'; rows: number } | { type: 'error'; name: string; message: string; code?: string; stack?: string };

/** An event log being written beside its destination: `commit` waits and moves it into place, `cancel` removes it. */
export interface PendingEventLog {
  commit(): Promise<void>;
  cancel(): Promise<void>;
}

/** Scratch files a writer may leave if its thread is stopped midway. */
const SCRATCH_NAMES = ['xes-events', 'xes-traces', 'ocel-objects'];

/** A failure while writing, as the user should read it: a file system error names the file, anything else keeps its name. */
function failure(file: string, reply: { name: string; message: string; code?: string; stack?: string }): Error {
  if (reply.code) return new UserError(`${file}: cannot write: ${reply.code}`);
  const e = new Error(reply.message);
  e.name = reply.name;
  if (reply.stack) e.stack = reply.stack;
  return e;
}

/**
 * Starts writing the event log of replication 0 to a temporary file beside `file`, on a worker
 * thread (in this thread when the built worker is not there, as under the test runner's sources).
 * Nothing appears at `file` until `commit`, which renames the whole log into place; Ctrl-C, an
 * error or `cancel` stop the writing and delete what was written.
 */
export function startEventLog(options: { file: string; format: EventLogFormat; scenario: Scenario; model: ModelName; signal?: AbortSignal }): PendingEventLog {
  const { file, signal } = options;
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const data: EventLogWorkerData = { scenario: options.scenario, model: options.model, format: options.format, path: tmp };
  const workerFile = new URL('./event-log-worker.js', import.meta.url);
  let worker: Worker | null = null;
  let done: Promise<void>;
  if (existsSync(fileURLToPath(workerFile))) {
    const w = (worker = new Worker(workerFile, { workerData: data }));
    done = new Promise<void>((resolve, reject) => {
      w.once('message', (reply: EventLogWorkerReply) => (reply.type === 'done' ? resolve() : reject(failure(file, reply))));
      w.once('error', (e) => reject(e));
      w.once('exit', (code) => reject(new Error(`the event-log thread stopped (exit code ${code})`)));
    });
  } else {
    done = Promise.resolve().then(() => {
      try {
        writeEventLog({ scenario: options.scenario, model: options.model, format: options.format, path: tmp });
      } catch (e) {
        const error = e as Error & { code?: string };
        throw failure(file, { name: error.name, message: error.message, code: error.code, stack: error.stack });
      }
    });
  }
  done.catch(() => {});
  const cleanUp = async () => {
    if (worker) await worker.terminate();
    worker = null;
    rmSync(tmp, { force: true });
    for (const name of SCRATCH_NAMES) rmSync(scratchPath(tmp, name), { force: true });
  };
  return {
    async commit() {
      try {
        await new Promise<void>((resolve, reject) => {
          if (signal?.aborted) return reject(new InterruptedError());
          const onAbort = () => reject(new InterruptedError());
          signal?.addEventListener('abort', onAbort, { once: true });
          done.then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
        });
        if (worker) await worker.terminate();
        worker = null;
        await rename(tmp, file).catch((e: NodeJS.ErrnoException) => Promise.reject(new UserError(`${file}: cannot write: ${e.code ?? e.message}`)));
      } catch (e) {
        await cleanUp();
        throw e;
      }
    },
    cancel: cleanUp,
  };
}
