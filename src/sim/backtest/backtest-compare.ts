import type { OutcomeRows } from '../audit/asset-outcomes.js';
import type { Random } from '../random/stream.js';
import { bootstrapIntervals, identity } from './bootstrap.js';
import { BACKTEST_METRICS, cycleHours, distances, periodValues, type BacktestMetricKey } from './period-metrics.js';
import { ascending, sortedQuantile } from './sorted-quantile.js';

/** Whether the real value is where the simulation puts it: inside its band, outside, or not known (no value on a side). */
export type Verdict = 'pass' | 'fail' | 'undetermined';

/** One metric compared: the real value, the simulated distribution across replications, and the verdict. */
export interface ComparedMetric {
  key: BacktestMetricKey;
  real: number;
  /** Percentile bootstrap 95% interval of the real value (assets resampled). */
  realCi95: [number, number];
  /** Median across replications. */
  simulated: number;
  /** simulated − real. */
  error: number;
  /** 2.5–97.5% percentiles across replications (distances: 0 to the 95th percentile, one-sided). */
  band95: [number, number];
  /** The band widened for the number of metrics judged together (Bonferroni): what the overall verdict uses. */
  bandFamily: [number, number];
  verdict: Verdict;
  insideFamily: boolean | null;
}

/** What a comparison is given: the real period's rows, each replication's rows, the period length, a bootstrap stream. */
export interface CompareInput {
  real: OutcomeRows;
  replications: readonly OutcomeRows[];
  periodMin: number;
  random: Random;
  resamples: number;
}

/** A band of a metric across replications: two-sided at level 1 − alpha, or from 0 to the 1 − alpha quantile. */
function band(sorted: readonly number[], test: 'upper' | 'two-sided', alpha: number): [number, number] {
  return test === 'upper' ? [0, sortedQuantile(sorted, 1 - alpha)] : [sortedQuantile(sorted, alpha / 2), sortedQuantile(sorted, 1 - alpha / 2)];
}

/**
 * Compares a real period with replications of the same period. Each metric's replication values
 * form its simulated distribution; the distances measure each sample (real or one replication's)
 * against the pooled simulated cycle times, so the real distance is judged against the distances
 * one replication of the model itself shows (one-sided: only too far is a miss).
 */
export function compareBacktest(input: CompareInput): { metrics: ComparedMetric[]; pooledHours: number[] } {
  const { real, replications, periodMin } = input;
  const repCycles = replications.map((r) => cycleHours(r));
  const pooledHours = ascending(repCycles.flat());
  const valuesOf = (rows: OutcomeRows, cycles: number[], indices: Int32Array): Record<BacktestMetricKey, number> => ({
    ...distances(cycles, pooledHours),
    ...periodValues(rows, periodMin, indices),
  });
  const simulated = replications.map((r, i) => valuesOf(r, repCycles[i], identity(r.cycleMin.length)));
  const realValues = valuesOf(real, cycleHours(real), identity(real.cycleMin.length));
  const intervals = bootstrapIntervals({
    n: real.cycleMin.length,
    statistics: (indices) => {
      const v = valuesOf(real, cycleHours(real, indices), indices);
      return BACKTEST_METRICS.map((m) => v[m.key]);
    },
    random: input.random,
    resamples: input.resamples,
  });
  const judged = BACKTEST_METRICS.filter((m) => Number.isFinite(realValues[m.key]) && simulated.some((v) => Number.isFinite(v[m.key]))).length;
  const familyAlpha = 0.05 / Math.max(1, judged);
  const metrics = BACKTEST_METRICS.map((m, k): ComparedMetric => {
    const sorted = ascending(simulated.map((v) => v[m.key]));
    const value = realValues[m.key];
    const b95 = band(sorted, m.test, 0.05);
    const family = band(sorted, m.test, familyAlpha);
    const known = Number.isFinite(value) && sorted.length > 0;
    const median = sortedQuantile(sorted, 0.5);
    return {
      key: m.key,
      real: value,
      realCi95: intervals[k] ?? [NaN, NaN],
      simulated: median,
      error: median - value,
      band95: b95,
      bandFamily: family,
      verdict: known ? (value >= b95[0] && value <= b95[1] ? 'pass' : 'fail') : 'undetermined',
      insideFamily: known ? value >= family[0] && value <= family[1] : null,
    };
  });
  return { metrics, pooledHours };
}
