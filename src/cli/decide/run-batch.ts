import type { Override, PointRequest, ReplicationResult, RouteCondition, Scenario } from '../../sim/index.js';
import type { CliIO } from '../io.js';
import type { ReplicationTask } from '../parallel/protocol.js';
import { simulate } from '../simulate.js';


/** What a batch runs on: the scenario text (a shard's stamp names it) and each point's overrides and scenario. */
export interface BatchSetup {
  scenarioText: string;
  points: ReadonlyArray<{ overrides: Override[]; scenario: Scenario }>;
  workers?: number;
  completionOf?: readonly string[];
  pilotRoute?: RouteCondition;
  outcomes?: boolean;
  io: CliIO;
  label: string;
}

/**
 * Runs one look's replications on the worker pool and returns them per request, in index order.
 * Which replications run is fixed by the requests, so the results do not depend on the workers.
 */
export async function runBatch(setup: BatchSetup, requests: readonly PointRequest[]): Promise<ReplicationResult[][]> {
  const tasks: ReplicationTask[] = [];
  for (const r of requests) for (let index = r.from; index < r.to; index++) tasks.push({ point: r.point, model: r.model, index });
  const models = [...new Set(requests.map((r) => r.model))];
  const out = await simulate({
    points: setup.points,
    models,
    replications: 0,
    tasks,
    completionOf: setup.completionOf,
    pilotRoute: setup.pilotRoute,
    outcomes: setup.outcomes,
    workers: setup.workers,
    io: setup.io,
    label: setup.label,
  });
  return requests.map((r) => (out[r.point].get(r.model) ?? []).filter((x) => x.index >= r.from && x.index < r.to));
}
