import type { DistributionEstimate, ResultDocument } from './sim-types.js';

/** One model's cycle-time distribution as an ECDF with its marked percentiles. */
export interface CycleTimeCurve {
  model: string;
  /** Cumulative share of assets approved within `hours`, ascending. */
  points: Array<{ hours: number; share: number }>;
  p50: number | null;
  p90: number | null;
  mean: number | null;
}

/** The cycle-time ECDF of each model, from the pooled quantiles of the document. */
export function cycleTimeCurves(doc: Pick<ResultDocument, 'results'>): CycleTimeCurve[] {
  return doc.results.map((r) => {
    const est = r.metrics.cycleTimeHours as DistributionEstimate | null | undefined;
    const { q, hours } = r.cycleTimeQuantiles;
    const points: CycleTimeCurve['points'] = [];
    if (est) {
      for (let i = 0; i < q.length; i++) {
        if (!Number.isFinite(hours[i])) continue;
        const last = points[points.length - 1];
        // Equal quantiles are one step of the ECDF: keep the highest share at that time.
        if (last && hours[i] <= last.hours) last.share = q[i];
        else points.push({ hours: hours[i], share: q[i] });
      }
    }
    return {
      model: r.model,
      points,
      p50: est?.p50 ?? null,
      p90: est?.p90 ?? null,
      mean: est?.mean ?? null,
    };
  });
}

/** The largest time any curve reaches (for a shared axis); 1 when there is nothing. */
export function curvesMaxHours(curves: readonly CycleTimeCurve[]): number {
  let max = 0;
  for (const c of curves) for (const p of c.points) max = Math.max(max, p.hours);
  for (const c of curves) max = Math.max(max, c.p90 ?? 0);
  return max > 0 ? max : 1;
}
