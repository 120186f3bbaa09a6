import type { ModelName, Scenario } from '../scenario/types.js';
import { runReplication, type ReplicationResult } from './replication.js';
import type { ResultDocument } from './result-document.js';
import { addPairedDifferences, buildDocument, summarizeModel } from './summarize.js';

/** Options of an in-process run or comparison. */
export interface RunOptions {
  replications?: number;
  /** Called after each replication with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** Runs every replication of each model in this thread and builds the result document. */
export function runModels(scenario: Scenario, models: readonly ModelName[], options: RunOptions = {}): ResultDocument {
  const n = options.replications ?? scenario.replications;
  const reps = new Map<ModelName, ReplicationResult[]>();
  let done = 0;
  for (const model of models) {
    const list: ReplicationResult[] = [];
    for (let i = 0; i < n; i++) {
      list.push(runReplication(scenario, model, i));
      options.onProgress?.(++done, n * models.length);
    }
    reps.set(model, list);
  }
  return assemble(scenario, models, reps, n);
}

/** Builds the document from replication results gathered anywhere (threads, workers), in a fixed order. */
export function assemble(
  scenario: Scenario,
  models: readonly ModelName[],
  reps: Map<ModelName, readonly ReplicationResult[]>,
  replications: number,
): ResultDocument {
  const results = models.map((m) => summarizeModel(m, reps.get(m) ?? []));
  if (models.length > 1) addPairedDifferences(results, reps);
  return buildDocument(scenario, results, replications);
}
