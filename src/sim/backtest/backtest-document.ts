import type { ModelName, Scenario } from '../scenario/types.js';
import { decisionHeader, jsonNumber } from '../decide/decision-header.js';
import type { ComparedMetric, Verdict } from './backtest-compare.js';
import { BACKTEST_METRICS, type BacktestMetricKey } from './period-metrics.js';
import { sortedQuantile } from './sorted-quantile.js';

/** Version of the backtest document. */
export const BACKTEST_SCHEMA_VERSION = 1;

type Num = number | null;
type Interval = [Num, Num];

/** One row of the calibration table. */
export interface BacktestMetricRow {
  key: BacktestMetricKey;
  label: string;
  unit: string;
  definition: string;
  /** two-sided: too low or too high misses; upper: a distance, only too far misses. */
  test: 'two-sided' | 'upper';
  real: Num;
  realCi95: Interval;
  simulated: Num;
  error: Num;
  band95: Interval;
  bandFamily: Interval;
  inside: boolean | null;
  verdict: Verdict;
}

/** How the audit was cut: where, by which rule, and what each side holds. */
export interface BacktestSplit {
  at: string;
  rule: 'date' | 'holdout';
  /** The later period's share of the audit's span (holdout), else null. */
  holdoutShare: Num;
  earlier: { from: string; to: string; assets: number };
  later: { from: string; to: string; hours: number; weeks: number; assets: number; approved: number };
}

/** The document of `handoff backtest`. */
export interface BacktestDocument {
  kind: 'backtest';
  schemaVersion: number;
  scenario: ReturnType<typeof decisionHeader>['scenario'];
  seed: number | string;
  model: ModelName;
  replications: number;
  audit: { rows: number; assets: number; from: string; to: string };
  split: BacktestSplit;
  /** How the simulation meets the later period: a warm-up before the split, and the assets in review at the split left out of both sides. */
  workInProgress: { atSplit: number; warmupHours: number; rule: string };
  /** The fit on the earlier period, or null with --no-fit (the scenario as given). */
  fit: Record<string, unknown> | null;
  simulated: { assetsMean: Num; approvedMean: Num };
  bootstrap: { resamples: number; stream: string };
  metrics: BacktestMetricRow[];
  /** Both cycle-time ECDFs as quantiles at the same probabilities (hours). */
  ecdf: { probabilities: number[]; realHours: Num[]; simulatedHours: Num[] };
  verdict: { overall: Verdict; failed: BacktestMetricKey[]; rule: string };
}

const iso = (ms: number) => new Date(Math.round(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
const interval = (x: [number, number]): Interval => [jsonNumber(x[0]), jsonNumber(x[1])];
const mean = (xs: readonly number[]) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Quantile probabilities of the ECDF chart: 0, 0.01, …, 1. */
export const ECDF_PROBABILITIES = Array.from({ length: 101 }, (_, k) => k / 100);

/** What the document is built from: the run's settings, the audit's extent and the comparison. */
export interface BacktestDocumentInput {
  scenario: Scenario;
  model: ModelName;
  replications: number;
  audit: { rows: number; assets: number; firstMs: number; lastMs: number };
  split: { atMs: number; rule: 'date' | 'holdout'; holdoutShare: number | null; earlierAssets: number; laterAssets: number; laterApproved: number };
  periodMin: number;
  warmupMin: number;
  openAtSplit: number;
  fit: Record<string, unknown> | null;
  simulated: { assets: readonly number[]; approved: readonly number[] };
  resamples: number;
  compared: readonly ComparedMetric[];
  realHours: readonly number[];
  pooledHours: readonly number[];
}

/** Builds the backtest document: numbers to 9 significant digits, instants as UTC ISO strings. */
export function buildBacktestDocument(input: BacktestDocumentInput): BacktestDocument {
  const { scenario, compared, split } = input;
  const endMs = split.atMs + input.periodMin * 60_000;
  const metrics = compared.map((c): BacktestMetricRow => {
    const spec = BACKTEST_METRICS.find((m) => m.key === c.key)!;
    return {
      key: c.key,
      label: spec.label,
      unit: spec.unit,
      definition: spec.definition,
      test: spec.test,
      real: jsonNumber(c.real),
      realCi95: interval(c.realCi95),
      simulated: jsonNumber(c.simulated),
      error: jsonNumber(c.error),
      band95: interval(c.band95),
      bandFamily: interval(c.bandFamily),
      inside: c.verdict === 'undetermined' ? null : c.verdict === 'pass',
      verdict: c.verdict,
    };
  });
  const judged = compared.filter((c) => c.insideFamily !== null);
  const failed = judged.filter((c) => !c.insideFamily).map((c) => c.key);
  return {
    kind: 'backtest',
    schemaVersion: BACKTEST_SCHEMA_VERSION,
    ...decisionHeader(scenario),
    model: input.model,
    replications: input.replications,
    audit: { rows: input.audit.rows, assets: input.audit.assets, from: iso(input.audit.firstMs), to: iso(input.audit.lastMs) },
    split: {
      at: iso(split.atMs),
      rule: split.rule,
      holdoutShare: split.holdoutShare === null ? null : jsonNumber(split.holdoutShare),
      earlier: { from: iso(input.audit.firstMs), to: iso(split.atMs), assets: split.earlierAssets },
      later: {
        from: iso(split.atMs),
        to: iso(endMs),
        hours: jsonNumber(input.periodMin / 60)!,
        weeks: jsonNumber(input.periodMin / (7 * 24 * 60))!,
        assets: split.laterAssets,
        approved: split.laterApproved,
      },
    },
    workInProgress: {
      atSplit: input.openAtSplit,
      warmupHours: jsonNumber(input.warmupMin / 60)!,
      rule:
        'Assets first submitted before the split are left out of both sides: the real ones still in review at the split, and in the simulation those submitted during the warm-up that precedes the split. The warm-up (by default the audit\'s earlier period, the scenario\'s start moved by whole weeks) gives the simulated team as much history at the split as the real one had, so its queues and backlog are where the real ones were likely to be. Both sides count the assets first submitted in the later period; cycle time, rework and throughput count those approved by its end, first response those answered by its end.',
    },
    fit: input.fit,
    simulated: { assetsMean: jsonNumber(mean(input.simulated.assets)), approvedMean: jsonNumber(mean(input.simulated.approved)) },
    bootstrap: { resamples: input.resamples, stream: 'backtest-bootstrap' },
    metrics,
    ecdf: {
      probabilities: ECDF_PROBABILITIES,
      realHours: ECDF_PROBABILITIES.map((p) => jsonNumber(sortedQuantile(input.realHours, p))),
      simulatedHours: ECDF_PROBABILITIES.map((p) => jsonNumber(sortedQuantile(input.pooledHours, p))),
    },
    verdict: {
      overall: judged.length === 0 ? 'undetermined' : failed.length === 0 ? 'pass' : 'fail',
      failed,
      rule: `Each metric passes when the real value lies inside the simulated 95% band (2.5–97.5% percentiles across replications; the distances from 0 to the 95th percentile). The backtest passes when every metric lies inside its band widened for the ${judged.length} metrics judged together (Bonferroni: 0.05/${judged.length} per metric), so that a right model fails about one time in twenty, not once per metric.`,
    },
  };
}
