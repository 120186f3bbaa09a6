import type { AssumptionsAppendix, SweepDocument } from '../transforms/documents.js';
import type { BacktestDocument } from '../transforms/backtest.js';
import type { ResultDocument } from '../transforms/sim-types.js';
import type { Timeline, TimelineInput } from '../transforms/timeline.js';
import { buildTimeline } from '../transforms/timeline.js';
import type { ViewState } from '../transforms/url-state.js';
import type { WhatIfBaseline } from '../transforms/what-if.js';
import type { ReplicationValues } from '../transforms/what-if-deltas.js';
import type { DecideModel } from './decide-model.js';

/** The state of the simulation worker as the page shows it. */
export interface RunStatus {
  state: 'idle' | 'running' | 'done' | 'failed';
  done: number;
  total: number;
  /** What is running, in words ("what-if: 4 models × 30 replications"). */
  label: string;
  message: string;
  problems: string[];
  elapsedMs: number | null;
}

/** Everything the views draw from. */
export interface AppModel {
  /** The results on screen (the what-if results once a lever moved). */
  document: ResultDocument | null;
  /**
   * When `document` is a provisional answer (every model's first replications, the rest still
   * running): how many replications the whole run has. Null otherwise.
   */
  provisionalOf: number | null;
  /** The results at the scenario's own settings, for what-if comparisons. */
  baseDocument: ResultDocument | null;
  sweep: SweepDocument | null;
  /** A backtest document (handoff backtest): shown by the Backtest view, apart from the results. */
  backtest: BacktestDocument | null;
  scenarioText: string | null;
  source: string | null;
  scenarioSource: string | null;
  baseline: WhatIfBaseline | null;
  /** The assumptions register with the scenario's values (from `handoff report`/`view`, or read by the worker). */
  assumptions: AssumptionsAppendix | null;
  /** Replication 0 of each model, as raw input (timelines are built on demand). */
  timelineInputs: TimelineInput[];
  /** Models, seed and replications re-runs use (from the opened document, else the scenario). */
  runModels: string[] | null;
  runSeed: number | string | null;
  runReplications: number | null;
  status: RunStatus;
  view: ViewState;
  notice: string | null;
  /** A decision document (size, odds, pilot, sensitivity) and its re-runs: the Decide view. */
  decide: DecideModel | null;
}

/**
 * The replication values behind a document run here (not one opened from a file): what pairs a
 * what-if's runs replication by replication. Kept beside the document, which stays the command
 * line's.
 */
export const documentValues = new WeakMap<ResultDocument, ReplicationValues>();

/** An empty model: nothing opened yet. */
export function emptyModel(view: ViewState): AppModel {
  return {
    document: null,
    provisionalOf: null,
    baseDocument: null,
    sweep: null,
    backtest: null,
    scenarioText: null,
    source: null,
    scenarioSource: null,
    baseline: null,
    assumptions: null,
    timelineInputs: [],
    runModels: null,
    runSeed: null,
    runReplications: null,
    status: { state: 'idle', done: 0, total: 0, label: '', message: '', problems: [], elapsedMs: null },
    view,
    notice: null,
    decide: null,
  };
}

const built = new WeakMap<TimelineInput, Timeline>();

/** The timeline of one model's replication 0 (built once per input). */
export function timelineOf(model: AppModel, name: string | undefined): Timeline | null {
  const input = model.timelineInputs.find((t) => t.model === name) ?? model.timelineInputs[0];
  if (!input) return null;
  let t = built.get(input);
  if (!t) built.set(input, (t = buildTimeline(input)));
  return t;
}
