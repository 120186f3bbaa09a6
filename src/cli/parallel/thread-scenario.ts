import { formatProblem, loadScenario, type Override, type Scenario } from '../../sim/index.js';

/**
 * The scenario a worker thread runs: the text the main thread validated, loaded again with the
 * same overrides, and the seed the main thread chose. It validated there, so a problem here is an
 * internal error, not a user's mistake.
 */
export function threadScenario(text: string, overrides: Override[], seed: Scenario['seed']): Scenario {
  const loaded = loadScenario(text, { overrides });
  if (!loaded.ok) throw new Error(`the scenario did not validate in a worker: ${loaded.problems.map((p) => formatProblem('scenario', p)).join('; ')}`);
  return { ...loaded.scenario, seed };
}
