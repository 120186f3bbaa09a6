import type { BacktestDocument, BacktestMetricRow } from '../../../src/sim/backtest/backtest-document.js';
import type { CycleTimeCurve } from './cycle-time.js';
import { formatHours } from './format.js';

export type { BacktestDocument };

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Whether parsed JSON is a backtest document (`handoff backtest --json`), or what is wrong with it. */
export function backtestProblem(json: Record<string, unknown>): string | null {
  if (json.kind !== 'backtest') return 'not a backtest document';
  if (typeof json.schemaVersion !== 'number') return 'schemaVersion is missing';
  if (!Array.isArray(json.metrics)) return 'metrics is missing';
  if (!isObject(json.ecdf) || !Array.isArray(json.ecdf.probabilities)) return 'ecdf is missing';
  if (!isObject(json.verdict)) return 'verdict is missing';
  return null;
}

/** The real and the simulated cycle-time ECDFs as curves ("real", "simulated") for the ECDF chart. */
export function backtestCurves(doc: BacktestDocument): CycleTimeCurve[] {
  const p50 = doc.metrics.find((m) => m.key === 'cycleTimeP50Hours');
  const p90 = doc.metrics.find((m) => m.key === 'cycleTimeP90Hours');
  const curve = (name: string, hours: ReadonlyArray<number | null>, which: 'real' | 'simulated'): CycleTimeCurve => {
    const points: CycleTimeCurve['points'] = [];
    doc.ecdf.probabilities.forEach((q, i) => {
      const h = hours[i];
      if (h === null || !Number.isFinite(h)) return;
      const last = points[points.length - 1];
      // Equal quantiles are one step of the ECDF: keep the highest share at that time.
      if (last && h <= last.hours) last.share = q;
      else points.push({ hours: h, share: q });
    });
    return { model: name, points, p50: p50?.[which] ?? null, p90: p90?.[which] ?? null, mean: null };
  };
  return [curve('real', doc.ecdf.realHours, 'real'), curve('simulated', doc.ecdf.simulatedHours, 'simulated')];
}

/** A value of a row in its unit: shares as percentages, hours as hours, the rest as numbers. */
export function metricText(row: Pick<BacktestMetricRow, 'unit'>, x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '—';
  if (row.unit === 'share') return `${(x * 100).toFixed(1)}%`;
  if (row.unit === 'hours') return formatHours(x);
  return Number(x.toPrecision(3)).toString();
}

/** The calibration table: one row per metric, every cell text. */
export function calibrationRows(doc: BacktestDocument): string[][] {
  return doc.metrics.map((m) => {
    // A difference of shares is in percentage points.
    const size = (x: number) => (m.unit === 'share' ? `${(x * 100).toFixed(1)}pp` : metricText(m, x));
    const error = m.error === null ? '—' : `${m.error > 0 ? '+' : m.error < 0 ? '−' : ''}${size(Math.abs(m.error))}`;
    return [
      m.label,
      metricText(m, m.real),
      `${metricText(m, m.realCi95[0])} – ${metricText(m, m.realCi95[1])}`,
      metricText(m, m.simulated),
      error,
      `${metricText(m, m.band95[0])} – ${metricText(m, m.band95[1])}`,
      m.verdict,
    ];
  });
}

/** The header of the calibration table. */
export const CALIBRATION_HEADER = ['Metric', 'Real', 'Real 95% CI (bootstrap)', 'Simulated (median)', 'Error (sim − real)', 'Simulated 95% band', 'Verdict'];

/** The backtest in a few sentences: the period, what was compared, the verdict. */
export function backtestSummary(doc: BacktestDocument): string[] {
  const day = (iso: string) => iso.slice(0, 10);
  const s = doc.split;
  const failed = doc.verdict.failed.map((k) => doc.metrics.find((m) => m.key === k)?.label ?? k);
  return [
    `${doc.audit.rows.toLocaleString('en-US')} audit rows of ${doc.audit.assets} assets, ${day(doc.audit.from)} to ${day(doc.audit.to)}; the later period ${day(s.later.from)} to ${day(s.later.to)} (${Number(s.later.weeks.toPrecision(3))} weeks${s.holdoutShare === null ? '' : `, the last ${Math.round(s.holdoutShare * 100)}%`}) holds ${s.later.assets} assets first submitted, ${s.later.approved} approved.`,
    `${doc.fit === null ? 'The scenario as given (no fit)' : 'The scenario fitted on the earlier period'}, ${doc.model}, simulated ${doc.replications} times over the later period; ${doc.workInProgress.atSplit} assets in review at the split are left out of both sides.`,
    doc.verdict.overall === 'pass'
      ? 'Verdict: pass — every real value lies inside its simulated band.'
      : doc.verdict.overall === 'fail'
        ? `Verdict: fail — outside the simulated band: ${failed.join('; ')}.`
        : 'Verdict: undetermined — a side has no approved asset in the later period.',
  ];
}
