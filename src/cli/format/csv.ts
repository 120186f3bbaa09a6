import { labelOf, unitOf, type ModelResult, type ResultDocument, type SweepDocument } from '../../sim/index.js';
import type { MetricChoice } from './metric-text.js';

/** The columns of a metric row; label and unit come from the metric catalogue (after the figures, so earlier columns keep their place). */
const METRIC_COLUMNS = ['model', 'metric', 'mean', 'sd', 'ci95Lo', 'ci95Hi', 'p50', 'p90', 'p95', 'label', 'unit'];

/** One CSV field, quoted when it needs to be. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of fields as CSV text. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/**
 * One row per metric of a model's result: model, metric, mean, sd, ci95Lo, ci95Hi, p50, p90, p95
 * (empty where undefined), label, unit. `metrics` keeps only the metrics chosen (--metric).
 */
function metricRows(r: ModelResult, metrics?: readonly MetricChoice[]): unknown[][] {
  const wanted = metrics ? new Set(metrics.map((c) => c.metric)) : null;
  return Object.entries(r.metrics)
    .filter(([name]) => wanted === null || wanted.has(name))
    .map(([name, m]) => {
      const e = (m ?? {}) as { mean?: number; sd?: number; ci95?: [number, number]; p50?: number; p90?: number; p95?: number };
      return [r.model, name, e.mean, e.sd, e.ci95?.[0], e.ci95?.[1], e.p50, e.p90, e.p95, labelOf(name), unitOf(name).text];
    });
}

/** The metrics of a result document as CSV: one row per model and metric. */
export function metricsCsv(doc: ResultDocument, metrics?: readonly MetricChoice[]): string {
  return toCsv([METRIC_COLUMNS, ...doc.results.flatMap((r) => metricRows(r, metrics))]);
}

/** The metrics of a sweep as CSV: the settings of the point first, then the columns of metricsCsv. */
export function sweepCsv(doc: SweepDocument, metrics?: readonly MetricChoice[]): string {
  const paths = doc.sweep.parameters.map((p) => p.path);
  const rows = doc.points.flatMap((p) => p.results.flatMap((r) => metricRows(r, metrics)).map((row) => [...paths.map((k) => p.settings[k]), ...row]));
  return toCsv([[...paths, ...METRIC_COLUMNS], ...rows]);
}
