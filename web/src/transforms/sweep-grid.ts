import type { SweepDocument } from './documents.js';
import type { Estimate } from './sim-types.js';
import { lowerIsBetter } from './metric-names.js';

/** Which figure of a metric a heatmap shows. */
export type Statistic = 'mean' | 'p50' | 'p90' | 'p95';

/** What to draw from a sweep. */
export interface HeatmapOptions {
  metric: string;
  statistic: Statistic;
  /** The model whose results are shown (default: the first at each point). */
  model?: string;
  /** Cells whose value meets this (≤ for costs, ≥ for throughput-like metrics) are outlined. */
  target?: number | null;
  /** Values of the parameters beyond the first two (default: their first value). */
  fixed?: Record<string, unknown>;
}

/** One cell of the heatmap. */
export interface HeatCell {
  row: number;
  column: number;
  value: number | null;
  meets: boolean;
  settings: Record<string, unknown>;
}

/** A sweep as a grid: the first parameter down the rows, the second across the columns. */
export interface Heatmap {
  rows: { path: string; labels: string[] };
  columns: { path: string; labels: string[] } | null;
  cells: HeatCell[];
  min: number | null;
  max: number | null;
  metric: string;
  statistic: Statistic;
  model: string;
  models: string[];
  /** Parameters held at one value in this view. */
  fixed: Array<{ path: string; labels: string[]; chosen: string }>;
  lowerIsBetter: boolean;
}

const key = (v: unknown) => JSON.stringify(v);
const label = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** The value of `metric` (`statistic`) in one model result, or null. */
export function statisticOf(metrics: Record<string, unknown>, metric: string, statistic: Statistic): number | null {
  const e = metrics[metric] as (Estimate & Partial<Record<Statistic, number>>) | null | undefined;
  if (!e) return null;
  const v = e[statistic] ?? (statistic === 'mean' ? e.mean : undefined);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The statistics a metric has in a sweep (percentiles only where the document carries them). */
export function statisticsOf(sweep: SweepDocument, metric: string): Statistic[] {
  const sample = sweep.points[0]?.results[0]?.metrics[metric] as Record<string, unknown> | null | undefined;
  return (['mean', 'p50', 'p90', 'p95'] as const).filter((s) => sample && typeof sample[s] === 'number');
}

/** Builds the heatmap of a sweep for one metric and statistic. */
export function sweepHeatmap(sweep: SweepDocument, options: HeatmapOptions): Heatmap {
  const [first, second, ...others] = sweep.sweep.parameters;
  const models: string[] = [...new Set(sweep.points.flatMap((p) => p.results.map((r) => r.model as string)))];
  const model = options.model && models.includes(options.model) ? options.model : models[0] ?? '';
  const fixed = others.map((p) => {
    const wanted = options.fixed?.[p.path];
    const chosen = p.values.find((v) => key(v) === key(wanted)) ?? p.values[0];
    return { path: p.path, value: chosen, labels: p.values.map(label), chosen: label(chosen) };
  });
  const lower = lowerIsBetter(options.metric);
  const target = options.target ?? null;
  const cells: HeatCell[] = [];
  for (const point of sweep.points) {
    if (!fixed.every((f) => key(point.settings[f.path]) === key(f.value))) continue;
    const row = first ? first.values.findIndex((v) => key(v) === key(point.settings[first.path])) : 0;
    const column = second ? second.values.findIndex((v) => key(v) === key(point.settings[second.path])) : 0;
    if (row < 0 || column < 0) continue;
    const result = point.results.find((r) => r.model === model);
    const value = result ? statisticOf(result.metrics, options.metric, options.statistic) : null;
    const meets = value !== null && target !== null && (lower ? value <= target : value >= target);
    cells.push({ row, column, value, meets, settings: point.settings });
  }
  const values = cells.map((c) => c.value).filter((v): v is number => v !== null);
  return {
    rows: { path: first?.path ?? '', labels: (first?.values ?? ['']).map(label) },
    columns: second ? { path: second.path, labels: second.values.map(label) } : null,
    cells,
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
    metric: options.metric,
    statistic: options.statistic,
    model,
    models,
    fixed: fixed.map(({ path, labels, chosen }) => ({ path, labels, chosen })),
    lowerIsBetter: lower,
  };
}

/** The metric names a sweep carries (for a picker). */
export function sweepMetrics(sweep: SweepDocument): string[] {
  const names = new Set<string>();
  for (const p of sweep.points) for (const r of p.results) for (const [k, v] of Object.entries(r.metrics)) if (v) names.add(k);
  return [...names].sort();
}
