// Real documents for the viewer's transforms: small runs of the curated scenarios.
import { readFileSync } from 'node:fs';
import { loadScenario, MODELS, runModels, type ResultDocument, type Scenario } from '../../src/sim/index.js';
import { runModelsChecked } from '../support/document-invariants.js';

/** A curated scenario's text. */
export function scenarioText(name: string): string {
  return readFileSync(`scenarios/${name}.yaml`, 'utf8');
}

/** A curated scenario, compiled. */
export function scenario(name: string): Scenario {
  const loaded = loadScenario(scenarioText(name));
  if (!loaded.ok) throw new Error(`${name}: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return loaded.scenario;
}

const cache = new Map<string, ResultDocument>();

/** A comparison of every model on a curated scenario (few replications, cached per file). */
export function comparison(name: string, replications = 4): ResultDocument {
  const key = `${name}:${replications}`;
  let doc = cache.get(key);
  if (!doc) cache.set(key, (doc = JSON.parse(JSON.stringify(runModelsChecked(scenario(name), MODELS, { replications }))) as ResultDocument));
  return doc;
}
