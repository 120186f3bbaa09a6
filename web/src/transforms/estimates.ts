import type { Estimate, ResultDocument } from './sim-types.js';

/** One model's estimate of a metric: mean and 95% CI, or missing where the metric does not apply. */
export interface EstimateBar {
  model: string;
  mean: number | null;
  lo: number | null;
  hi: number | null;
}

/** The mean and 95% CI of `metric` for each model (null values where a model has none, e.g. no SLA). */
export function estimateBars(doc: Pick<ResultDocument, 'results'>, metric: string): EstimateBar[] {
  return doc.results.map((r) => {
    const e = r.metrics[metric] as Estimate | null | undefined;
    if (!e || e.mean === null || !Number.isFinite(e.mean)) return { model: r.model, mean: null, lo: null, hi: null };
    const [lo, hi] = e.ci95 ?? [e.mean, e.mean];
    return { model: r.model, mean: e.mean, lo: lo ?? e.mean, hi: hi ?? e.mean };
  });
}

/** True when no model has a value (the chart shows why instead of empty bars). */
export function allMissing(bars: readonly EstimateBar[]): boolean {
  return bars.every((b) => b.mean === null);
}
