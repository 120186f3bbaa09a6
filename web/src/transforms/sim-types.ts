// Types the viewer reads from the simulation library (types only: nothing of src/sim is bundled here).
export type {
  DistributionEstimate,
  Estimate,
  EventRow,
  MetricValue,
  ModelName,
  ModelResult,
  Override,
  ReplicationResult,
  ResultDocument,
  Scenario,
  TimeSeries,
} from '../../../src/sim/index.js';
