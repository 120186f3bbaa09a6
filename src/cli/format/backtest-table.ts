import type { BacktestDocument, BacktestMetricRow } from '../../sim/index.js';
import { toCsv } from './csv.js';
import { num, pct, plural } from './numbers.js';
import { renderTable } from './table.js';

const when = (iso: string) => iso.replace('T', ' ').replace('Z', ' UTC');
/** A value in the row's unit: shares as percentages, the rest as numbers. */
const value = (row: BacktestMetricRow, x: number | null) => (row.unit === 'share' ? pct(x) : num(x));
const range = (row: BacktestMetricRow, ci: [number | null, number | null]) => `${value(row, ci[0])} – ${value(row, ci[1])}`;
const signedValue = (row: BacktestMetricRow, x: number | null) => (x === null ? '—' : `${x > 0 ? '+' : ''}${row.unit === 'share' ? `${(x * 100).toFixed(1)}pp` : num(x)}`);
const unitText: Record<string, string> = { hours: 'h', share: '', assetsPerWeek: '/week' };

/** The backtest document for people: the cut, the calibration table, the verdict. */
export function backtestTable(doc: BacktestDocument): string {
  const s = doc.split;
  const head = [
    `Backtest of ${doc.scenario.name} (${doc.model}) against ${plural(doc.audit.rows, 'audit row')} of ${plural(doc.audit.assets, 'asset')}, ${when(doc.audit.from)} to ${when(doc.audit.to)}`,
    `Later period: ${when(s.later.from)} to ${when(s.later.to)} (${num(s.later.weeks)} weeks${s.holdoutShare === null ? '' : `, the last ${pct(s.holdoutShare)} of the audit`}): ${s.later.assets} assets first submitted, ${s.later.approved} approved; ${doc.workInProgress.atSplit} in review at the split left out`,
    `${doc.fit === null ? 'Scenario as given (--no-fit)' : 'Scenario fitted on the earlier period'}; ${plural(doc.replications, 'replication')} of the later period after a ${num(doc.workInProgress.warmupHours / 24)}-day warm-up; ${doc.bootstrap.resamples} bootstrap resamples`,
    '',
  ];
  const header = ['Metric', 'Real', 'Real 95% CI', 'Simulated', 'Error (sim − real)', 'Simulated 95% band', 'Verdict'];
  const rows = doc.metrics.map((m) => [
    `${m.label}${unitText[m.unit] ? ` (${unitText[m.unit]})` : ''}`,
    value(m, m.real),
    range(m, m.realCi95),
    value(m, m.simulated),
    signedValue(m, m.error),
    range(m, m.band95),
    m.verdict,
  ]);
  const verdict = doc.verdict.overall === 'pass'
    ? 'Verdict: PASS — every real value lies inside its simulated band (Bonferroni-widened for the metrics together).'
    : doc.verdict.overall === 'fail'
      ? `Verdict: FAIL — outside the simulated band: ${doc.verdict.failed.map((k) => doc.metrics.find((m) => m.key === k)!.label).join('; ')}.`
      : 'Verdict: undetermined — the later period has no approved asset on one side.';
  return [...head, renderTable(header, rows, ['left', 'right', 'right', 'right', 'right', 'right', 'left']), verdict, ''].join('\n');
}

/** The calibration table as CSV: one row per metric. */
export function backtestCsv(doc: BacktestDocument): string {
  return toCsv([
    ['metric', 'label', 'unit', 'test', 'real', 'realCi95Lo', 'realCi95Hi', 'simulated', 'error', 'band95Lo', 'band95Hi', 'bandFamilyLo', 'bandFamilyHi', 'verdict'],
    ...doc.metrics.map((m) => [m.key, m.label, m.unit, m.test, m.real, m.realCi95[0], m.realCi95[1], m.simulated, m.error, m.band95[0], m.band95[1], m.bandFamily[0], m.bandFamily[1], m.verdict]),
  ]);
}
