// A worker thread: runs its share of replications and posts each result as it finishes.
import { parentPort, workerData } from 'node:worker_threads';
import { loadScenario, runReplication } from '../../sim/index.js';
import type { WorkerJob, WorkerMessage } from './protocol.js';

const job = workerData as WorkerJob;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
try {
  const loaded = loadScenario(job.scenarioText, { overrides: job.overrides });
  if (!loaded.ok) throw new Error('the scenario did not validate in the worker');
  const scenario = job.seed === undefined ? loaded.scenario : { ...loaded.scenario, seed: job.seed };
  for (const { model, index } of job.tasks) post({ type: 'result', result: runReplication(scenario, model, index) });
} catch (e) {
  post({ type: 'error', message: (e as Error).message, name: (e as Error).name });
}
