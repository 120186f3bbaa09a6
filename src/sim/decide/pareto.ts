/** A candidate on a cost–metric plane. */
export interface ParetoPoint {
  cost: number;
  value: number;
}

/**
 * The Pareto front of cost (lower is better) against a metric (`lower` or higher is better): the
 * indices of the points no other point beats on both (at least as good on each, better on one),
 * by increasing cost. Points with a non-finite coordinate are left out.
 */
export function paretoFront(points: readonly ParetoPoint[], better: 'lower' | 'higher'): number[] {
  const sign = better === 'lower' ? 1 : -1;
  const ok = points.flatMap((p, i) => (Number.isFinite(p.cost) && Number.isFinite(p.value) ? [i] : []));
  const beats = (a: ParetoPoint, b: ParetoPoint) =>
    a.cost <= b.cost && sign * a.value <= sign * b.value && (a.cost < b.cost || sign * a.value < sign * b.value);
  return ok
    .filter((i) => !ok.some((j) => j !== i && beats(points[j], points[i])))
    .sort((a, b) => points[a].cost - points[b].cost || sign * (points[a].value - points[b].value) || a - b);
}
