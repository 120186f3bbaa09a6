import type { SizeDocument } from '../../../src/sim/decide/size-document.js';

/** One candidate of a size document on the cost-against-metric plane. */
export interface ParetoPoint {
  index: number;
  label: string;
  cost: number;
  costInterval: [number, number] | null;
  value: number;
  interval: [number, number] | null;
  verdict: 'meets' | 'fails' | 'undecided';
  replications: number;
  onFront: boolean;
  chosen: boolean;
}

/** A size document's candidates against one target: the points, the Pareto front (cheapest first), the bound. */
export interface ParetoChart {
  target: string;
  metric: string;
  costName: string;
  bound: number;
  lowerIsBetter: boolean;
  points: ParetoPoint[];
  front: ParetoPoint[];
  /** Candidates without a cost or an estimate (not drawn). */
  unmeasured: number;
}

/** "team.reviewers.count=4, async.sla.firstResponse=4bh" → "4, 4bh" with the lever names alongside once. */
export function settingLabel(settings: Record<string, unknown>): string {
  return Object.entries(settings)
    .map(([k, v]) => `${k.split('.').slice(-2).join('.')}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
}

const pair = (x: readonly (number | null)[]): [number, number] | null => (x[0] !== null && x[1] !== null ? [x[0], x[1]] : null);

/** The candidates of a size document for the Pareto chart of target `targetIndex`. */
export function paretoChart(doc: SizeDocument, targetIndex: number): ParetoChart {
  const t = doc.targets[targetIndex];
  const front = new Set(doc.pareto[targetIndex]?.candidates ?? []);
  let unmeasured = 0;
  const points: ParetoPoint[] = [];
  doc.candidates.forEach((c, index) => {
    const est = c.targets[targetIndex];
    if (c.cost.mean === null || !est || est.mean === null) {
      unmeasured++;
      return;
    }
    points.push({
      index,
      label: settingLabel(c.settings),
      cost: c.cost.mean,
      costInterval: doc.cost.kind === 'metric' ? pair(c.cost.ci95) : null,
      value: est.mean,
      interval: pair(est.interval),
      verdict: est.verdict,
      replications: c.replications,
      onFront: front.has(index),
      chosen: doc.answer.candidate === index,
    });
  });
  const frontPoints = points.filter((p) => p.onFront).sort((a, b) => a.cost - b.cost || a.index - b.index);
  return { target: t.text, metric: t.statistic === 'mean' ? t.metric : `${t.metric}.${t.statistic}`, costName: doc.cost.name, bound: t.value, lowerIsBetter: t.op === '<=', points, front: frontPoints, unmeasured };
}
