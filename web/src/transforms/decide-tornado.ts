import type { SensitivityDocument } from '../../../src/sim/decide/sensitivity-document.js';

/** One end of a lever: its value in words and the paired difference it makes. */
export interface TornadoSide {
  value: string;
  difference: number;
  ci95: [number, number] | null;
  excludesZero: boolean;
  sameAsScenario: boolean;
}

/** One bar of the tornado. */
export interface TornadoBar {
  parameter: string;
  unit: string;
  swing: number;
  low: TornadoSide;
  high: TornadoSide;
}

/** The tornado of a sensitivity document: bars by swing (largest first), and the Morris points when present. */
export interface Tornado {
  metric: string;
  model: string;
  baseline: number | null;
  bars: TornadoBar[];
  /** Levers left out of the chart (beyond `limit`). */
  hidden: number;
  morris: Array<{ parameter: string; muStar: number; sigma: number }> | null;
}

/** A lever's value in words. */
export function valueText(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(valueText).join(', ')}]`;
  return JSON.stringify(value).replace(/"/g, '');
}

function side(s: SensitivityDocument['levers'][number]['low']): TornadoSide {
  const ci = s.difference.ci95;
  return { value: valueText(s.value), difference: s.difference.mean ?? 0, ci95: ci[0] !== null && ci[1] !== null ? [ci[0], ci[1]] : null, excludesZero: s.difference.excludesZero, sameAsScenario: s.sameAsScenario };
}

/** The document's levers as tornado bars, the `limit` largest swings (the document ranks them already). */
export function tornado(doc: SensitivityDocument, limit = 15): Tornado {
  const bars = doc.levers.slice(0, limit).map((l): TornadoBar => ({ parameter: l.parameter, unit: l.unit, swing: l.swing, low: side(l.low), high: side(l.high) }));
  const morris = doc.morris
    ? doc.morris.levers.flatMap((l) => (l.muStar === null || l.sigma === null ? [] : [{ parameter: l.parameter, muStar: l.muStar, sigma: l.sigma }]))
    : null;
  return { metric: doc.metric, model: doc.model, baseline: doc.baseline.mean, bars, hidden: Math.max(0, doc.levers.length - limit), morris };
}
