import { runReplication, type ReplicationOptions, type ReplicationResult } from '../experiment/replication.js';
import type { Override } from '../scenario/overrides.js';
import { loadScenario } from '../scenario/load.js';
import { formatProblem } from '../scenario/problem.js';
import type { ModelName, Scenario } from '../scenario/types.js';

/** One point a decision runs at: the overrides on top of the scenario file, and the scenario they give (seed applied). */
export interface DecisionPoint {
  overrides: Override[];
  scenario: Scenario;
}

/** One request of a sequential procedure's look: replications [from, to) of a model at a point. */
export interface PointRequest {
  point: number;
  model: ModelName;
  from: number;
  to: number;
}

/**
 * Runs a look's replications and returns them per request, in index order. The CLI runs them on
 * worker threads, the viewer's worker here; which replications run is fixed by the requests.
 */
export type DecisionRunner = (requests: readonly PointRequest[]) => Promise<ReplicationResult[][]>;

/** Loads every point of a grid from the scenario text with the seed; a list of problems when one does not load. */
export function decisionPoints(text: string, grid: readonly Override[][], seed: number | string): DecisionPoint[] | string[] {
  const points: DecisionPoint[] = [];
  const problems: string[] = [];
  for (const overrides of grid) {
    const loaded = loadScenario(text, { overrides });
    if (loaded.ok) points.push({ overrides, scenario: { ...loaded.scenario, seed } });
    else problems.push(...loaded.problems.map((p) => formatProblem('scenario', p)));
  }
  return problems.length > 0 ? [...new Set(problems)] : points;
}

/** A runner that runs every replication in this thread, one after another (the viewer's worker). */
export function localRunner(points: readonly DecisionPoint[], options: ReplicationOptions = {}, onReplication?: () => void): DecisionRunner {
  return async (requests) =>
    requests.map((r) => {
      const out: ReplicationResult[] = [];
      for (let index = r.from; index < r.to; index++) {
        out.push(runReplication(points[r.point].scenario, r.model, index, options));
        onReplication?.();
      }
      return out;
    });
}
