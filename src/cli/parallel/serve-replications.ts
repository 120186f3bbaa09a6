import type { MessagePort } from 'node:worker_threads';
import { runReplication, type Scenario } from '../../sim/index.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './protocol.js';
import { packSeries } from './series-transfer.js';
import { threadScenario } from './thread-scenario.js';

/**
 * A worker thread's work: loads the scenario of each grid point once, runs the batches it is sent
 * on `port` and posts each replication's result as it finishes.
 */
export function serveReplications(port: MessagePort, setup: WorkerSetup): void {
  const scenarios = new Map<number, Scenario>();
  const post = (reply: WorkerReply) => port.postMessage(reply);
  const options = {
    ...(setup.completionOf ? { completionOf: new Set(setup.completionOf) } : {}),
    ...(setup.pilotRoute ? { pilotRoute: setup.pilotRoute } : {}),
    ...(setup.outcomes ? { outcomes: true } : {}),
  };

  const scenarioOf = (point: number): Scenario => {
    let s = scenarios.get(point);
    if (!s) {
      const { overrides, seed } = setup.points[point];
      s = threadScenario(setup.scenarioText, overrides, seed);
      scenarios.set(point, s);
    }
    return s;
  };

  port.on('message', (request: WorkerRequest) => {
    if (request.type === 'stop') {
      port.close();
      return;
    }
    try {
      for (const { point, model, index } of request.tasks) post({ type: 'result', point, result: packSeries(runReplication(scenarioOf(point), model, index, options)) });
      post({ type: 'batch-done' });
    } catch (e) {
      const error = e as Error;
      post({ type: 'error', name: error.name, message: error.message, stack: error.stack });
    }
  });
}
