import type { OddsDocument } from '../../../src/sim/decide/odds-document.js';

/** One model's probability that the set is done, by date: the empirical curve and the dates of 50/85/95%. */
export interface OddsCurve {
  model: string;
  /** Steps of the curve: by `hours` from the start the set is done with `probability`. */
  points: Array<{ hours: number; probability: number }>;
  /** Probability by the deadline with its 95% interval. */
  atDeadline: { probability: number; ci95: [number, number] };
  marks: Array<{ probability: number; hours: number | null; ci95Hours: [number | null, number | null] }>;
  replications: number;
}

/** The odds chart: every model's curve, the deadline, and the horizon (hours from the start). */
export interface OddsChart {
  originMs: number;
  deadlineHours: number;
  offset: string;
  maxHours: number;
  curves: OddsCurve[];
}

/** Turns each model's completion times into its probability-by-date curve (a step up at every completion). */
export function oddsChart(doc: OddsDocument): OddsChart {
  let maxHours = doc.deadlineHours;
  const curves = doc.odds.map((o): OddsCurve => {
    const n = o.completionHours.length;
    const points: OddsCurve['points'] = [{ hours: 0, probability: 0 }];
    o.completionHours.forEach((h, i) => {
      if (h === null) return;
      // Ties make one step: keep the last (highest) share at a time.
      if (points.length > 1 && points[points.length - 1].hours === h) points[points.length - 1].probability = (i + 1) / n;
      else points.push({ hours: h, probability: (i + 1) / n });
      maxHours = Math.max(maxHours, h);
    });
    for (const c of o.completion) for (const h of c.ci95Hours) if (h !== null) maxHours = Math.max(maxHours, h);
    return {
      model: o.model,
      points,
      atDeadline: { probability: o.probability, ci95: o.ci95 },
      marks: o.completion.map((c) => ({ probability: c.probability, hours: c.hoursFromStart, ci95Hours: c.ci95Hours })),
      replications: o.replications,
    };
  });
  return { originMs: Date.parse(doc.scenario.start), deadlineHours: doc.deadlineHours, offset: doc.deadlineOffset, maxHours: maxHours * 1.04, curves };
}
