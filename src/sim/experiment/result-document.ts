import type { DistributionEstimate, Estimate } from '../metrics/summary.js';
import type { ModelName } from '../scenario/types.js';

/**
 * Version of the result document format. 2: `reworkRate` is the field guide's rework rate (more
 * than one revision) and `sentBackShare` what version 1 called `reworkRate`; `series.workInProgress`
 * counts assets in review (as `workInProgressMean` always did) and `series.assetsOpen` what version 1
 * called work in progress; documentation hours have parts of their own; agenda discussed also by items.
 */
export const SCHEMA_VERSION = 2;

/** A metric of the result document: an estimate across replications (null where undefined, e.g. no SLA). */
export type MetricValue = Estimate | DistributionEstimate | null;

/** Time series for charts: sample times (hours since start) and mean values across replications. */
export interface TimeSeries {
  timeHours: number[];
  /** Tickets waiting in the async queue and items waiting for a meeting. */
  queueLength: number[];
  oldestTicketAgeHours: number[];
  /** Work in progress: assets submitted for review and not yet approved. */
  workInProgress: number[];
  /** Assets created and not yet approved (design included). */
  assetsOpen: number[];
}

/** Cycle-time distribution for charts: pooled quantiles at 1%..99% (hours). */
export interface CycleTimeQuantiles {
  q: number[];
  hours: number[];
}

/** Paired difference of a metric against the first model of a comparison. */
export interface PairedDifference extends Estimate {
  significant: boolean;
}

/** The results of one model. */
export interface ModelResult {
  model: ModelName;
  metrics: Record<string, MetricValue>;
  cycleTimeQuantiles: CycleTimeQuantiles;
  series: TimeSeries;
  /** In a comparison: each headline metric's paired difference (this model − the first). */
  versusFirst?: Record<string, PairedDifference>;
  /** Work this model cannot process in this scenario (e.g. a meeting never held); absent when there is none. */
  warnings?: string[];
}

/** The result document of `run` (one result) and `compare` (one per model). */
export interface ResultDocument {
  schemaVersion: number;
  /** Set when the document was written by an earlier version and read as this one (see migrate-document.ts). */
  migratedFrom?: number;
  scenario: {
    name: string;
    description: string;
    start: string;
    horizonHours: number;
    warmupHours: number;
    people: Array<{ name: string; group: string; role: string; tz: string }>;
  };
  seed: number | string;
  replications: number;
  results: ModelResult[];
}
