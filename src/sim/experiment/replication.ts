import { RunawayError } from '../engine/simulation.js';
import { Collector, SERIES_POINTS } from '../metrics/collector.js';
import { scheduleStreams } from '../model/arrivals.js';
import { buildModel } from '../compose/build-model.js';
import { World, type EventRow } from '../model/world.js';
import { replicationSeed } from '../random/stream.js';
import type { ModelName, Scenario } from '../scenario/types.js';
import { replicationValues } from './replication-values.js';
import { CompletionCollector, type SetCompletion } from '../metrics/completion-collector.js';
import { PilotCollector, type PilotAssets } from './pilot-collector.js';
import type { RouteCondition } from '../policies/routing.js';
import type { OutcomeRows } from '../audit/asset-outcomes.js';
import { OutcomeRecorder } from '../eventlog/outcome-recorder.js';

/** What one replication of one model yields: flat values, a cycle-time histogram, series samples. */
export interface ReplicationResult {
  model: ModelName;
  index: number;
  values: Record<string, number>;
  /** Sparse cycle-time histogram in minutes ([bucket, count] pairs). */
  cycleTimeHistogram: number[];
  series: Collector['series'];
  events: number;
  /** When the watched set of assets was complete (only when `completionOf` was given). */
  completion?: SetCompletion;
  /** Per-asset rows for a pilot's statistics (only when `pilotRoute` was given). */
  pilot?: PilotAssets;
  /** Per-asset outcomes of the assets first submitted after the warm-up, read as their audit would be (only when `outcomes` was asked; handoff backtest). */
  outcomes?: OutcomeRows;
}

/** Options of one replication. */
export interface ReplicationOptions {
  /** Receives every event-log row (slows the run; for one replication's timeline). */
  eventLog?: (row: EventRow) => void;
  /** Receives the world after the run (tests inspect assets and people). */
  inspect?: (world: World) => void;
  /** Stable keys of a set of assets whose completion (last approval) to report (handoff odds). */
  completionOf?: ReadonlySet<string>;
  /** The pilot's route: keep a row per approved asset, marking those it matches (handoff pilot). */
  pilotRoute?: RouteCondition;
  /** Keep per-asset outcomes as the replication's audit reads (handoff backtest); follows the event log, so it costs time. */
  outcomes?: boolean;
}

/** Runs replication `index` of `scenario` under `model`. Same inputs, same result, on any machine. */
export function runReplication(
  scenario: Scenario,
  model: ModelName,
  index: number,
  options: ReplicationOptions = {},
): ReplicationResult {
  const collector = options.completionOf
    ? new CompletionCollector(scenario.warmupMin, scenario.horizonMin, options.completionOf)
    : options.pilotRoute
      ? new PilotCollector(scenario.warmupMin, scenario.horizonMin, options.pilotRoute, (id) => scenario.campaigns[id].name)
      : new Collector(scenario.warmupMin, scenario.horizonMin);
  const world = new World(scenario, model, replicationSeed(scenario.seed, index), collector);
  const recorder = options.outcomes ? new OutcomeRecorder(scenario) : null;
  const eventLog = options.eventLog;
  world.log = recorder === null ? eventLog ?? null : eventLog ? (row) => (eventLog(row), recorder.row(row)) : (row) => recorder.row(row);
  world.keepAssets = options.inspect !== undefined;
  const pipeline = buildModel(world, model);
  for (const c of scenario.campaigns) {
    if (c.publishMin <= scenario.horizonMin) world.at(c.publishMin, (t) => pipeline.publish(c, t));
  }
  scheduleStreams(world, pipeline);
  // One sampling event pending at a time, each scheduling the next: a small calendar.
  const step = scenario.horizonMin / SERIES_POINTS;
  const { sync, async } = pipeline.channels;
  const sample = world.sim.register((i, now) => {
    if (i + 1 < SERIES_POINTS) world.sim.scheduleAt((i + 2) * step, sample, i + 1);
    let queued = 0;
    let oldest = Infinity;
    if (sync) {
      queued += sync.waitingCount();
      oldest = Math.min(oldest, sync.oldestWaitSince());
    }
    if (async) {
      queued += async.waitingCount();
      oldest = Math.min(oldest, async.oldestWaitSince());
    }
    collector.sample(i, queued, Number.isFinite(oldest) ? now - oldest : 0);
  });
  world.sim.scheduleAt(step, sample, 0);
  try {
    world.sim.run({ until: scenario.horizonMin, maxEvents: scenario.maxEvents, maxPending: scenario.maxPendingEvents });
  } catch (e) {
    if (!(e instanceof RunawayError)) throw e;
    throw world.explainRunaway(e);
  }
  options.inspect?.(world);
  // Nothing schedules once the run is inspected: its calendar goes to the next replication.
  world.sim.release();
  const result: ReplicationResult = {
    model,
    index,
    values: replicationValues(world),
    cycleTimeHistogram: collector.cycleTime.toSparse(),
    series: collector.series,
    events: world.sim.eventsProcessed,
  };
  if (collector instanceof CompletionCollector) result.completion = collector.completion();
  if (collector instanceof PilotCollector) result.pilot = collector.rows;
  if (recorder !== null) result.outcomes = recorder.outcomes.rows(scenario.warmupMin, scenario.horizonMin);
  return result;
}

