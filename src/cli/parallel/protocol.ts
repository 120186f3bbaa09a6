import type { ModelName, Override, ReplicationResult } from '../../sim/index.js';

/** Work for one worker thread: a scenario (as text, so it is validated the same way) and its share of replications. */
export interface WorkerJob {
  scenarioText: string;
  overrides: Override[];
  seed?: number | string;
  tasks: Array<{ model: ModelName; index: number }>;
}

/** What a worker sends back: one result at a time, or an error. */
export type WorkerMessage =
  | { type: 'result'; result: ReplicationResult }
  | { type: 'error'; message: string; name: string };
