import { DETAIL_METRICS, HEADLINE_METRICS, type MetricValue, type ModelResult, type ResultDocument } from '../../sim/index.js';
import { columnLabel, isShare, type MetricChoice, type Percentile } from './metric-text.js';
import { meanPlusMinus, num, pct, plural, signed } from './numbers.js';
import { renderTable } from './table.js';

/** One row of the people's table: a metric (or one of its percentiles) and how to print it. */
interface Row {
  metric: string;
  stat?: Percentile;
  label: string;
  share: boolean;
  /** Headline metrics carry a paired difference against the first model. */
  headline: boolean;
}

type Figures = { mean?: number | null; ci95?: [number | null, number | null]; p50?: number | null; p90?: number | null; p95?: number | null };

function rowOf(metric: string, headline: boolean): Row {
  return { metric, label: columnLabel(metric), share: isShare(metric), headline };
}

/**
 * The rows: the catalogue's headline metrics (cycle time also at p90), a blank line, then its
 * details; or, with `metrics` (from --metric), just those, in the order given.
 */
function sections(metrics?: readonly MetricChoice[]): Row[][] {
  if (metrics) {
    return [metrics.map((c) => (c.stat ? { metric: c.metric, stat: c.stat, label: columnLabel(c.metric, c.stat), share: false, headline: false } : rowOf(c.metric, HEADLINE_METRICS.includes(c.metric)))), []];
  }
  const headline = HEADLINE_METRICS.flatMap((m): Row[] =>
    m === 'cycleTimeHours' ? [rowOf(m, true), { metric: m, stat: 'p90', label: columnLabel(m, 'p90'), share: false, headline: false }] : [rowOf(m, true)],
  );
  return [headline, DETAIL_METRICS.map((m) => rowOf(m, false))];
}

function figures(r: ModelResult, row: Row): Figures | null {
  const v: MetricValue | undefined = r.metrics[row.metric];
  return v ? (v as Figures) : null;
}

function shown(doc: ResultDocument, row: Row): boolean {
  return doc.results.some((r) => {
    const f = figures(r, row);
    return f !== null && (row.stat ? f[row.stat] : f.mean) !== null && (row.stat ? f[row.stat] : f.mean) !== undefined;
  });
}

/** A model's cell: mean ±half-width of the 95% CI (a percentile alone). */
function valueCell(r: ModelResult, row: Row): string {
  const f = figures(r, row);
  if (!f) return '—';
  if (row.stat) return num(f[row.stat]);
  return meanPlusMinus(f.mean, f.ci95, row.share);
}

/** The paired difference against the first model, starred when its 95% CI excludes 0. */
function deltaCell(r: ModelResult, row: Row): string {
  const d = row.headline ? r.versusFirst?.[row.metric] : undefined;
  if (!d || d.mean === null || !Number.isFinite(d.mean)) return '';
  return `${signed(d.mean, row.share)} ${d.significant ? '*' : ' '}`;
}

function title(doc: ResultDocument): string {
  const model = doc.results.length === 1 ? `${doc.results[0].model}, ` : '';
  return `${doc.scenario.name} — ${model}${plural(doc.replications, 'replication')}, seed ${doc.seed}\n\n`;
}

/** A comparison: a column per model (mean ±95% CI) and after each but the first its paired difference Δ. */
function comparisonTable(doc: ResultDocument, metrics?: readonly MetricChoice[]): string {
  const [first, ...rest] = doc.results;
  const header = ['Metric', first.model, ...rest.flatMap((r) => [r.model, 'Δ'])];
  const rows = sections(metrics).map((section) =>
    section.filter((row) => metrics !== undefined || shown(doc, row)).map((row) => [row.label, valueCell(first, row), ...rest.flatMap((r) => [valueCell(r, row), deltaCell(r, row)])]),
  );
  const note =
    `Each model: mean ±half-width of its 95% CI across replications.\n` +
    `Δ: paired difference against ${first.model} (common random numbers); * where its 95% CI excludes 0.\n`;
  return `${title(doc)}${renderTable(header, joined(rows))}${note}`;
}

/** One model: mean and 95% CI of each metric. */
function singleTable(doc: ResultDocument, metrics?: readonly MetricChoice[]): string {
  const [r] = doc.results;
  const ci = (f: Figures | null, share: boolean) => {
    const [lo, hi] = f?.ci95 ?? [];
    const fmt = share ? pct : num;
    return typeof lo === 'number' && typeof hi === 'number' && hi > lo ? `[${fmt(lo)}, ${fmt(hi)}]` : '';
  };
  const rows = sections(metrics).map((section) =>
    section
      .filter((row) => metrics !== undefined || shown(doc, row))
      .map((row) => {
        const f = figures(r, row);
        if (row.stat) return [row.label, num(f?.[row.stat]), ''];
        return [row.label, row.share ? pct(f?.mean) : num(f?.mean), ci(f, row.share)];
      }),
  );
  return `${title(doc)}${renderTable(['Metric', 'Mean', '95% CI'], joined(rows))}`;
}

/** The sections' rows with a blank line between them (none after an empty one). */
function joined([head, details]: string[][][]): string[][] {
  return details.length > 0 ? [...head, [], ...details] : head;
}

/** Each model's warnings under the table, one line each. */
function warningLines(doc: ResultDocument): string {
  const lines = doc.results.flatMap((r) => (r.warnings ?? []).map((w) => `Warning (${r.model}): ${w}\n`));
  return lines.length > 0 ? `\n${lines.join('')}` : '';
}

/**
 * The result document as a table for people: one model as mean and CI, several side by side with
 * Δ; warnings under it. `metrics` (from --metric) chooses the rows, shown even where no model has a value.
 */
export function resultTable(doc: ResultDocument, metrics?: readonly MetricChoice[]): string {
  return (doc.results.length > 1 ? comparisonTable(doc, metrics) : singleTable(doc, metrics)) + warningLines(doc);
}
