import type { SweepDocument } from '../../sim/index.js';
import { columnLabel, isShare, type MetricChoice } from './metric-text.js';
import { meanPlusMinus, num, pct, plural } from './numbers.js';
import { renderTable, type Align } from './table.js';

type Figures = { mean?: number | null; ci95?: [number | null, number | null]; p50?: number | null; p90?: number | null; p95?: number | null };

/** The columns a sweep table shows unless --metric chooses others. */
export const SWEEP_COLUMNS: readonly MetricChoice[] = [
  { metric: 'cycleTimeHours' },
  { metric: 'cycleTimeHours', stat: 'p90' },
  { metric: 'reworkRate' },
  { metric: 'sentBackShare' },
  { metric: 'slaAttainment' },
  { metric: 'personHoursTotal' },
];

/** A setting's value as typed on the command line. */
function settingText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** One cell: a percentile alone, a share as a percentage, anything else as mean ±half-width of its 95% CI. */
function cell(f: Figures | null, column: MetricChoice): string {
  if (column.stat) return num(f?.[column.stat]);
  return isShare(column.metric) ? pct(f?.mean) : meanPlusMinus(f?.mean, f?.ci95);
}

/** A sweep as a table for people: one row per point and model, its settings then the chosen metrics (headers from the catalogue). */
export function sweepTable(doc: SweepDocument, metrics: readonly MetricChoice[] = SWEEP_COLUMNS): string {
  const paths = doc.sweep.parameters.map((p) => p.path);
  const models = [...new Set(doc.points.flatMap((p) => p.results.map((r) => r.model)))];
  const header = [...paths, ...(models.length > 1 ? ['Model'] : []), ...metrics.map((c) => columnLabel(c.metric, c.stat))];
  const rows = doc.points.flatMap((p) =>
    p.results.map((r) => [
      ...paths.map((k) => settingText(p.settings[k])),
      ...(models.length > 1 ? [r.model] : []),
      ...metrics.map((c) => cell((r.metrics[c.metric] ?? null) as Figures | null, c)),
    ]),
  );
  const align: Align[] = [...paths.map((): Align => 'left'), ...(models.length > 1 ? ['left' as const] : [])];
  const title = `${doc.scenario.name} — sweep of ${plural(doc.points.length, 'point')} under ${models.join(', ')}; ${plural(doc.replications, 'replication')} each, seed ${doc.seed}\n\n`;
  return `${title}${renderTable(header, rows, align)}Means ±half-width of the 95% CI across replications; shares and percentiles alone.\n`;
}
