// The metrics a decision may target or minimise: the metric catalogue's (every value a result
// document estimates), with the statistics each has besides its mean.
import { METRICS, METRIC_KEYS } from '../metrics/catalogue.js';

export { METRIC_KEYS };

/** Statistics a target may name besides the mean: percentiles, for the metrics with a per-replication distribution. */
export const PERCENTILE_METRICS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  METRICS.filter((m) => m.percentiles).map((m) => [m.key, ['p50', 'p90', 'p95']]),
);
