import type { MessagePort } from 'node:worker_threads';
import { runReplication } from '../../sim/index.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './protocol.js';
import { packSeries } from './series-transfer.js';

/**
 * A worker thread's work: runs the batches it is sent on `port`, on the scenarios it was given,
 * and posts each replication's result as it finishes.
 */
export function serveReplications(port: MessagePort, setup: WorkerSetup): void {
  const post = (reply: WorkerReply) => port.postMessage(reply);
  const options = {
    ...(setup.completionOf ? { completionOf: new Set(setup.completionOf) } : {}),
    ...(setup.pilotRoute ? { pilotRoute: setup.pilotRoute } : {}),
    ...(setup.outcomes ? { outcomes: true } : {}),
  };

  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'stop') {
      port.close();
      return;
    }
    try {
      for (const { point, model, index } of request.tasks) post({ type: 'result', point, result: packSeries(runReplication(setup.scenarios[point], model, index, options)) });
      post({ type: 'batch-done' });
    } catch (e) {
      const error = e as Error;
      post({ type: 'error', name: error.name, message: error.message, stack: error.stack });
    }
  });
  // Loaded and listening: the pool hands out work from now on.
  post({ type: 'ready' });
}
