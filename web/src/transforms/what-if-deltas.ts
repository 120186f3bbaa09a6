import type { DistributionEstimate, Estimate, ResultDocument } from './sim-types.js';
import { formatDifference, formatMetric, lowerIsBetter, metricFormat, metricLabel } from './metric-names.js';

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
   * For a mean that moved: true when the change is larger than the 95% interval of the difference
   * (from both runs' intervals, as if independent; the runs share their random numbers, which only
   * narrows the true interval, so this errs towards "within noise"), false when it is not. Null for
   * no change, a missing side, or a figure without an interval (p90).
   */
  clear: boolean | null;
  /** That interval's half-width, when there is one. */
  noise: number | null;
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

/** Compares the results at the scenario's settings with the results after the levers moved. */
export function whatIfDeltas(before: ResultDocument, after: ResultDocument): DeltaTable {
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
        const hb = statistic === 'mean' ? halfWidth(before, model, metric) : null;
        const ha = statistic === 'mean' ? halfWidth(after, model, metric) : null;
        const noise = hb !== null && ha !== null ? Math.hypot(hb, ha) : null;
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
        };
      }),
    }),
  );
  return { models, rows };
}
