// The event-log thread (event-log-thread.ts), from the bundle when it is built.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCli } from '../load-cli.js';
import type { EventLogWorkerData } from './event-log-file.js';

const { writeEventLogThread } = await loadCli();
writeEventLogThread(parentPort!, workerData as EventLogWorkerData);
