import { HEADLINE_METRICS } from '../../../src/sim/metrics/catalogue.js';
import type { Estimate, ModelResult, ResultDocument } from './sim-types.js';
import { formatDifference, formatMetric, lowerIsBetter, metricLabel } from './metric-names.js';

/** One cell: a model's mean and CI as text, and its difference from the first model when significant. */
export interface HeadlineCell {
  mean: number | null;
  text: string;
  ci: string;
  /** Paired difference against the first model (common random numbers), when the document has it. */
  versusFirst: { text: string; better: boolean; significant: boolean } | null;
}

/** The headline metrics as rows of a table, one column per model. */
export interface HeadlineTable {
  models: string[];
  rows: Array<{ metric: string; label: string; cells: HeadlineCell[] }>;
}

/** The metrics shown first, in order: the library's headline metrics, as the CLI's table shows them. */
export const HEADLINE_ORDER: readonly string[] = HEADLINE_METRICS;

function cell(r: ModelResult, metric: string): HeadlineCell {
  const e = r.metrics[metric] as Estimate | null | undefined;
  const diff = r.versusFirst?.[metric];
  return {
    mean: e?.mean ?? null,
    text: formatMetric(metric, e?.mean),
    ci: e && e.ci95 ? `${formatMetric(metric, e.ci95[0])} – ${formatMetric(metric, e.ci95[1])}` : '',
    versusFirst:
      diff && Number.isFinite(diff.mean)
        ? {
            text: formatDifference(metric, diff.mean),
            better: lowerIsBetter(metric) ? diff.mean < 0 : diff.mean > 0,
            significant: diff.significant,
          }
        : null,
  };
}

/** The headline table of a document: the listed metrics it has, plus the headlines named by `versusFirst`. */
export function headlineTable(doc: Pick<ResultDocument, 'results'>, metrics: readonly string[] = HEADLINE_ORDER): HeadlineTable {
  const names = metrics.filter((m) => doc.results.some((r) => m in r.metrics));
  for (const r of doc.results) for (const m of Object.keys(r.versusFirst ?? {})) if (!names.includes(m)) names.push(m);
  return {
    models: doc.results.map((r) => r.model),
    rows: names
      .filter((m) => doc.results.some((r) => r.metrics[m] !== null && r.metrics[m] !== undefined))
      .map((metric) => ({ metric, label: metricLabel(metric), cells: doc.results.map((r) => cell(r, metric)) })),
  };
}
