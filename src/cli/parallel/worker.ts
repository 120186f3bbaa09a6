// A worker thread of the pool: serves replications (serve-replications.ts), from the bundle when it is built.
import { parentPort, workerData } from 'node:worker_threads';
import { loadThreads } from '../load-cli.js';
import type { WorkerSetup } from './protocol.js';

const { serveReplications } = await loadThreads();
serveReplications(parentPort!, workerData as WorkerSetup);
