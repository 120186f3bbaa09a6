import type { OutcomeRows } from '../audit/asset-outcomes.js';
import { ascending, sortedQuantile } from './sorted-quantile.js';
import { wasserstein1 } from './wasserstein.js';
import { ksStatistic } from './kolmogorov-smirnov.js';

const WEEK_MIN = 7 * 24 * 60;

/** What a backtest compares, in this order: the cycle-time distribution's distances, then the period's metrics. */
export const BACKTEST_METRICS = [
  { key: 'cycleTimeWassersteinHours', label: 'Cycle-time distance (Wasserstein-1)', unit: 'hours', test: 'upper', definition: 'Area between the cycle-time ECDF and the pooled simulated ECDF: how many hours, on average, cycle times must move to match.' },
  { key: 'cycleTimeKs', label: 'Cycle-time distance (Kolmogorov–Smirnov)', unit: 'share', test: 'upper', definition: 'Largest gap between the cycle-time ECDF and the pooled simulated ECDF.' },
  { key: 'cycleTimeP50Hours', label: 'Cycle time p50', unit: 'hours', test: 'two-sided', definition: 'Median calendar hours from first submission to approval, of the assets first submitted and approved in the period.' },
  { key: 'cycleTimeP90Hours', label: 'Cycle time p90', unit: 'hours', test: 'two-sided', definition: '90th percentile of the same cycle times.' },
  { key: 'reworkRate', label: 'Rework rate (more than one revision)', unit: 'share', test: 'two-sided', definition: 'Share of the approved assets that were sent back twice or more (the catalogue\'s rework rate).' },
  { key: 'firstResponseHours', label: 'First response', unit: 'hours', test: 'two-sided', definition: 'Mean calendar hours from first submission to the first review response (a first look, a decision or the approval).' },
  { key: 'throughputPerWeek', label: 'Throughput', unit: 'assetsPerWeek', test: 'two-sided', definition: 'Assets first submitted in the period and approved in it, per week of the period.' },
] as const;

/** A backtest metric's key. */
export type BacktestMetricKey = (typeof BACKTEST_METRICS)[number]['key'];

/** The period's values of the metrics that are not distances, over the rows chosen by `indices`. */
export function periodValues(rows: OutcomeRows, periodMin: number, indices: Int32Array): Record<Exclude<BacktestMetricKey, 'cycleTimeWassersteinHours' | 'cycleTimeKs'>, number> {
  const cycles: number[] = [];
  let approved = 0, reworked = 0, responded = 0, responseSum = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    const cycle = rows.cycleMin[i];
    if (Number.isFinite(cycle)) {
      cycles.push(cycle / 60);
      approved++;
      if (rows.revisions[i] >= 2) reworked++;
    }
    const response = rows.firstResponseMin[i];
    if (Number.isFinite(response)) {
      responded++;
      responseSum += response / 60;
    }
  }
  cycles.sort((a, b) => a - b);
  return {
    cycleTimeP50Hours: sortedQuantile(cycles, 0.5),
    cycleTimeP90Hours: sortedQuantile(cycles, 0.9),
    reworkRate: approved > 0 ? reworked / approved : NaN,
    firstResponseHours: responded > 0 ? responseSum / responded : NaN,
    throughputPerWeek: approved / (periodMin / WEEK_MIN),
  };
}

/** Cycle times in hours, ascending, of the approved assets among the chosen rows. */
export function cycleHours(rows: OutcomeRows, indices?: Int32Array): number[] {
  if (!indices) return ascending(rows.cycleMin.map((m) => m / 60));
  const out: number[] = [];
  for (let k = 0; k < indices.length; k++) out.push(rows.cycleMin[indices[k]] / 60);
  return ascending(out);
}

/** Both distances of a sample of cycle hours (ascending) to a reference sample (ascending). */
export function distances(sample: readonly number[], reference: readonly number[]): { cycleTimeWassersteinHours: number; cycleTimeKs: number } {
  return { cycleTimeWassersteinHours: wasserstein1(sample, reference), cycleTimeKs: ksStatistic(sample, reference) };
}
