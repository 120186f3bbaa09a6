import { Histogram } from '../metrics/histogram.js';
import type { ReplicationResult } from '../experiment/replication.js';
import { METRIC_KEYS } from './metric-keys.js';
import { percentileOf, type Target } from './target.js';

/** What a sizing minimises: a metric of the result (its mean), or the value of one of the levers. */
export type CostSpec = { kind: 'metric'; metric: string } | { kind: 'setting'; path: string };

/**
 * Reads `--cost`: a metric key, or the path of a lever (whose values must then be numbers).
 * Returns a message otherwise.
 */
export function parseCost(text: string, levers: ReadonlyArray<{ path: string; values: readonly unknown[] }>, known: readonly string[] = METRIC_KEYS): CostSpec | string {
  if (known.includes(text)) return { kind: 'metric', metric: text };
  const lever = levers.find((l) => l.path === text);
  if (lever) {
    const bad = lever.values.find((v) => typeof v !== 'number');
    if (bad !== undefined) return `--cost ${text}: a lever used as the cost must take numbers; it takes ${JSON.stringify(bad)}`;
    return { kind: 'setting', path: text };
  }
  return `--cost "${text}": neither a metric nor a --vary path; metrics: ${known.join(', ')}`;
}

/**
 * One replication's row for the search: each target's value (a metric, or for a percentile
 * target the replication's own percentile of cycle time in hours), then the cost when measured.
 */
export function rowOf(result: ReplicationResult, targets: readonly Target[], cost: CostSpec): number[] {
  let histogram: Histogram | null = null;
  const row = targets.map((t) => {
    const q = percentileOf(t.statistic);
    if (q === null) return result.values[t.metric] ?? NaN;
    histogram ??= Histogram.fromSparse(result.cycleTimeHistogram);
    return histogram.total > 0 ? histogram.quantile(q) / 60 : NaN;
  });
  if (cost.kind === 'metric') row.push(result.values[cost.metric] ?? NaN);
  return row;
}

/**
 * The part of a replication that rowOf reads for these targets and cost: the metrics they name
 * and, when a target is a percentile, the cycle-time histogram. rowOf gives the same row from it
 * as from the whole result (a deciding command's shard keeps only this much of each replication).
 */
export function rowInputs(result: ReplicationResult, targets: readonly Target[], cost: CostSpec): Pick<ReplicationResult, 'values'> & Partial<Pick<ReplicationResult, 'cycleTimeHistogram'>> {
  const values: Record<string, number> = {};
  const named = targets.filter((t) => percentileOf(t.statistic) === null).map((t) => t.metric);
  if (cost.kind === 'metric') named.push(cost.metric);
  for (const metric of named) if (Object.hasOwn(result.values, metric)) values[metric] = result.values[metric];
  return targets.some((t) => percentileOf(t.statistic) !== null) ? { values, cycleTimeHistogram: result.cycleTimeHistogram } : { values };
}
