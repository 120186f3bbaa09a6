// The event-log thread (event-log-thread.ts), from the bundle when it is built.
import { parentPort, workerData } from 'node:worker_threads';
import { loadThreads } from '../load-cli.js';
import type { EventLogWorkerData } from './event-log-file.js';

const { writeEventLogThread } = await loadThreads();
writeEventLogThread(parentPort!, workerData as EventLogWorkerData);
