import { loadScenario, runModels, runReplication, type ModelName, type ResultDocument, type Scenario, type EventRow } from '../../src/sim/index.js';
import { runModelsChecked } from './document-invariants.js';

/** Loads scenario text or fails the test with its problems. */
export function scenarioOf(text: string): Scenario {
  const r = loadScenario(text);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.line}:${p.col} ${p.path.join('.')}: ${p.message}`).join('\n'));
  return r.scenario;
}

/** Runs scenario text under models. */
export function runText(text: string, models: ModelName[], replications?: number): ResultDocument {
  return runModelsChecked(scenarioOf(text), models, { replications });
}

/** One replication's event log. */
export function eventLog(scenario: Scenario, model: ModelName, index = 0): EventRow[] {
  const rows: EventRow[] = [];
  runReplication(scenario, model, index, { eventLog: (r) => rows.push(r) });
  return rows;
}
