import type { EventRow, ResultDocument } from '../../sim/index.js';

/** One CSV field, quoted when it needs to be. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Lines of fields to CSV text. */
export function toCsv(rows: unknown[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/** The metrics of a result document as CSV: one row per model and metric. */
export function metricsCsv(doc: ResultDocument): string {
  const rows: unknown[][] = [['model', 'metric', 'mean', 'sd', 'ci95Lo', 'ci95Hi', 'p50', 'p90', 'p95']];
  for (const r of doc.results) {
    for (const [name, m] of Object.entries(r.metrics)) {
      const e = (m ?? {}) as Partial<Record<'mean' | 'sd' | 'p50' | 'p90' | 'p95', number | null>> & { ci95?: [number | null, number | null] };
      rows.push([r.model, name, e.mean, e.sd, e.ci95?.[0], e.ci95?.[1], e.p50, e.p90, e.p95]);
    }
  }
  return toCsv(rows);
}

/** An event log as CSV: the instant (ISO, UTC), hours since the start, asset, person, activity, state. */
export function eventsCsv(rows: readonly EventRow[], originMs: number): string {
  const out: unknown[][] = [['time', 'hours', 'asset', 'person', 'activity', 'state']];
  for (const r of rows) {
    out.push([new Date(originMs + r.timeMin * 60_000).toISOString(), (r.timeMin / 60).toFixed(4), r.asset, r.person, r.activity, r.state]);
  }
  return toCsv(out);
}
