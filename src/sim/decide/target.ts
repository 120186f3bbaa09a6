import { METRIC_KEYS, PERCENTILE_METRICS } from './metric-keys.js';

/** A target a setting must meet: a statistic of a metric, compared with a bound. */
export interface Target {
  /** As typed, e.g. "cycleTimeHours.p90<=24". */
  text: string;
  metric: string;
  /** "mean", or a percentile ("p90") for a metric with a per-replication distribution. */
  statistic: string;
  op: '<=' | '>=';
  value: number;
}

const FORM = /^\s*([A-Za-z][A-Za-z0-9]*)(?:\.([A-Za-z0-9]+))?\s*(<=|>=)\s*(\S+)\s*$/;

/**
 * Parses "metric[.statistic]<=value" or ">=". The statistic is "mean" (the default) or, for cycle
 * time, p50/p90/p95: the mean across replications of each replication's own percentile. Returns
 * a message for a malformed target, an unknown metric (listing the known ones) or a statistic the
 * metric does not have.
 */
export function parseTarget(text: string, known: readonly string[] = METRIC_KEYS): Target | string {
  const m = FORM.exec(text);
  if (!m) return `--target "${text}": write metric<=value or metric>=value, e.g. cycleTimeHours.p90<=24 or slaAttainment>=0.9`;
  const [, metric, statistic = 'mean', op, number] = m;
  if (!known.includes(metric)) return `--target "${text}": unknown metric "${metric}"; known metrics: ${known.join(', ')}`;
  const percentiles = PERCENTILE_METRICS[metric] ?? [];
  if (statistic !== 'mean' && !percentiles.includes(statistic)) {
    const choices = ['mean', ...percentiles].join(', ');
    return `--target "${text}": ${metric} has no statistic "${statistic}"; choose ${choices}`;
  }
  const value = Number(number);
  if (!Number.isFinite(value)) return `--target "${text}": "${number}" is not a number`;
  return { text: text.replace(/\s+/g, ''), metric, statistic, op: op as Target['op'], value };
}

/** The percentile a statistic names (0.9 for "p90"), or null for the mean. */
export function percentileOf(statistic: string): number | null {
  return statistic === 'mean' ? null : Number(statistic.slice(1)) / 100;
}

/** In words, what a target's estimate is the mean of. */
export function estimandOf(target: Target): string {
  const q = percentileOf(target.statistic);
  return q === null
    ? `the mean of ${target.metric} across replications`
    : `the mean across replications of each replication's ${target.statistic} of ${target.metric.replace(/Hours$/, '')} (hours)`;
}
