import { METRIC_KEYS, PERCENTILE_METRICS } from './metric-keys.js';
import type { Target } from './target.js';

/**
 * Reads "metric[.statistic]" (as a target names it, without a bound) into the target form that
 * rowOf reads; the bound is unused. Returns a message for an unknown metric or statistic.
 */
export function parseMetric(text: string, option = '--metric'): Target | string {
  const m = /^\s*([A-Za-z][A-Za-z0-9]*)(?:\.([A-Za-z0-9]+))?\s*$/.exec(text);
  if (!m) return `${option} "${text}": write a metric of the result document, optionally with a statistic, e.g. cycleTimeHours.p90 or reworkRate`;
  const [, metric, statistic = 'mean'] = m;
  if (!METRIC_KEYS.includes(metric)) return `${option} "${text}": unknown metric "${metric}"; known metrics: ${METRIC_KEYS.join(', ')}`;
  const percentiles = PERCENTILE_METRICS[metric] ?? [];
  if (statistic !== 'mean' && !percentiles.includes(statistic)) return `${option} "${text}": ${metric} has no statistic "${statistic}"; choose ${['mean', ...percentiles].join(', ')}`;
  return { text: statistic === 'mean' ? metric : `${metric}.${statistic}`, metric, statistic, op: '<=', value: NaN };
}
