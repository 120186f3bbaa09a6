import type { DistributionEstimate, Estimate, ReplicationResult, ResultDocument } from './sim-types.js';
import { formatDifference, formatMetric, lowerIsBetter, metricFormat, metricLabel } from './metric-names.js';
import { estimate } from '../../../src/sim/metrics/summary.js';

/** The figures a what-if compares, as (metric, statistic) pairs. */
export const WHAT_IF_FIGURES: Array<{ metric: string; statistic: 'mean' | 'p90' }> = [
  { metric: 'cycleTimeHours', statistic: 'mean' },
  { metric: 'cycleTimeHours', statistic: 'p90' },
  { metric: 'reworkRate', statistic: 'mean' },
  { metric: 'sentBackShare', statistic: 'mean' },
  { metric: 'slaAttainment', statistic: 'mean' },
  { metric: 'firstResponseHours', statistic: 'mean' },
  { metric: 'throughputPerWeek', statistic: 'mean' },
  { metric: 'personHoursTotal', statistic: 'mean' },
];

/**
 * The replication values behind a document's means of the compared figures: by model, by metric,
 * replication 0 … n − 1 (NaN where a replication has none). Replication i of two runs of one
 * scenario and seed shares its random numbers, so the values pair up.
 */
export type ReplicationValues = Record<string, Record<string, number[]>>;

/** The metrics whose means the what-if compares. */
const MEAN_METRICS = [...new Set(WHAT_IF_FIGURES.filter((f) => f.statistic === 'mean').map((f) => f.metric))];

/** The values of the compared means in results (any order), replications 0 … replications − 1. */
export function replicationValues(results: Iterable<readonly ReplicationResult[]>, replications: number): ReplicationValues {
  const out: ReplicationValues = {};
  for (const list of results) {
    for (const r of list) {
      if (r.index >= replications) continue;
      const byMetric = (out[r.model] ??= Object.fromEntries(MEAN_METRICS.map((m) => [m, new Array<number>(replications).fill(NaN)])));
      for (const m of MEAN_METRICS) byMetric[m][r.index] = r.values[m] ?? NaN;
    }
  }
  return out;
}

/**
 * Half the width of the 95% interval of the mean paired difference after − before over the
 * replications where both have a value (null: fewer than two such pairs).
 */
export function pairedHalfWidth(before: readonly number[], after: readonly number[]): number | null {
  const d: number[] = [];
  for (let i = 0; i < Math.min(before.length, after.length); i++) if (Number.isFinite(before[i]) && Number.isFinite(after[i])) d.push(after[i] - before[i]);
  if (d.length < 2) return null;
  // The library's estimate of a mean, as the documents' intervals are made.
  const { ci95 } = estimate(d);
  return (ci95[1] - ci95[0]) / 2;
}

/** One model's figure before and after the levers moved. */
export interface DeltaCell {
  model: string;
  before: number | null;
  after: number | null;
  text: string;
  change: string;
  /** 'better', 'worse' or 'same' by the metric's direction; null when either side is missing. */
  direction: 'better' | 'worse' | 'same' | null;
  /**
   * For a mean that moved: true when the change is larger than the 95% interval of the difference,
   * false when it is not; null for no change, a missing side, or a figure without an interval
   * (p90). The interval pairs the runs replication by replication when both runs' values are
   * given for the same replications (they share their random numbers, so the pairs differ by the
   * levers' effect and little else); otherwise it combines both runs' own intervals as if they
   * were independent, which sharing random numbers only narrows, so it errs towards "within noise".
   */
  clear: boolean | null;
  /** That interval's half-width, when there is one. */
  noise: number | null;
  /** The interval paired the runs' replications. */
  paired: boolean;
}

/** Rows of the what-if comparison: one per figure, one cell per model of the new results. */
export interface DeltaTable {
  models: string[];
  rows: Array<{ label: string; cells: DeltaCell[] }>;
}

function figure(doc: ResultDocument, model: string, metric: string, statistic: 'mean' | 'p90'): number | null {
  const m = doc.results.find((r) => r.model === model)?.metrics[metric] as (Estimate & Partial<DistributionEstimate>) | null | undefined;
  const v = m ? m[statistic] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Half the width of a mean's 95% interval (null: none, or not finite). */
function halfWidth(doc: ResultDocument, model: string, metric: string): number | null {
  const m = doc.results.find((r) => r.model === model)?.metrics[metric] as Estimate | null | undefined;
  const h = m?.ci95 ? (m.ci95[1] - m.ci95[0]) / 2 : NaN;
  return Number.isFinite(h) ? h : null;
}

/**
 * Compares the results at the scenario's settings with the results after the levers moved; with
 * both runs' replication values (the same replications each), a change is judged against the
 * paired interval.
 */
export function whatIfDeltas(before: ResultDocument, after: ResultDocument, values?: { before: ReplicationValues | null; after: ReplicationValues | null }): DeltaTable {
  const pairable = values?.before && values.after && before.replications === after.replications ? { before: values.before, after: values.after } : null;
  const models = after.results.map((r) => r.model);
  const rows = WHAT_IF_FIGURES.filter(({ metric }) => after.results.some((r) => r.metrics[metric]) || before.results.some((r) => r.metrics[metric])).map(
    ({ metric, statistic }) => ({
      label: `${metricLabel(metric)}${statistic === 'mean' ? '' : ` (${statistic})`}`,
      cells: models.map((model): DeltaCell => {
        const b = figure(before, model, metric, statistic);
        const a = figure(after, model, metric, statistic);
        const diff = a !== null && b !== null ? a - b : null;
        const relative = diff !== null && b !== null && b !== 0 ? diff / Math.abs(b) : null;
        const same = diff !== null && (Math.abs(diff) < 1e-9 || (relative !== null && Math.abs(relative) < 0.005));
        const direction = diff === null ? null : same ? 'same' : (lowerIsBetter(metric) ? diff < 0 : diff > 0) ? 'better' : 'worse';
        const sign = diff !== null && diff > 0 ? '+' : '−';
        const percent = relative !== null && metricFormat(metric) !== 'percent' ? ` (${sign}${Math.round(Math.abs(relative) * 100)}%)` : '';
        const vb = statistic === 'mean' ? pairable?.before[model]?.[metric] : undefined;
        const va = statistic === 'mean' ? pairable?.after[model]?.[metric] : undefined;
        const pairedNoise = vb && va && vb.length === before.replications && va.length === after.replications ? pairedHalfWidth(vb, va) : null;
        const hb = statistic === 'mean' ? halfWidth(before, model, metric) : null;
        const ha = statistic === 'mean' ? halfWidth(after, model, metric) : null;
        const noise = pairedNoise ?? (hb !== null && ha !== null ? Math.hypot(hb, ha) : null);
        const clear = diff === null || same || noise === null ? null : Math.abs(diff) > noise;
        const moved = diff === null ? '' : same ? 'no change' : `${formatDifference(metric, diff)}${percent}`;
        return {
          model,
          before: b,
          after: a,
          text: `${formatMetric(metric, b)} → ${formatMetric(metric, a)}`,
          change: clear === false ? `${moved}, within noise (${formatDifference(metric, noise!).replace(/^\+/, '±')})` : moved,
          direction,
          clear,
          noise,
          paired: pairedNoise !== null,
        };
      }),
    }),
  );
  return { models, rows };
}
