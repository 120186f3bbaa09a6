import type { ModelResult, ResultDocument, SweepDocument } from '../../sim/index.js';

const METRIC_COLUMNS = ['model', 'metric', 'mean', 'sd', 'ci95Lo', 'ci95Hi', 'p50', 'p90', 'p95'];

/** One CSV field, quoted when it needs to be. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of fields as CSV text. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/** One row per metric of a model's result: model, metric, mean, sd, ci95Lo, ci95Hi, p50, p90, p95 (empty where undefined). */
function metricRows(r: ModelResult): unknown[][] {
  return Object.entries(r.metrics).map(([name, m]) => {
    const e = (m ?? {}) as { mean?: number; sd?: number; ci95?: [number, number]; p50?: number; p90?: number; p95?: number };
    return [r.model, name, e.mean, e.sd, e.ci95?.[0], e.ci95?.[1], e.p50, e.p90, e.p95];
  });
}

/** The metrics of a result document as CSV: one row per model and metric. */
export function metricsCsv(doc: ResultDocument): string {
  return toCsv([METRIC_COLUMNS, ...doc.results.flatMap(metricRows)]);
}

/** The metrics of a sweep as CSV: the settings of the point first, then the columns of metricsCsv. */
export function sweepCsv(doc: SweepDocument): string {
  const paths = doc.sweep.parameters.map((p) => p.path);
  const rows = doc.points.flatMap((p) => p.results.flatMap(metricRows).map((row) => [...paths.map((k) => p.settings[k]), ...row]));
  return toCsv([[...paths, ...METRIC_COLUMNS], ...rows]);
}
