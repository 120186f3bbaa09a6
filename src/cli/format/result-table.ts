import type { MetricValue, ResultDocument } from '../../sim/index.js';
import { num, pct } from './numbers.js';
import { renderTable } from './table.js';

/** Rows of the people's table: metric key, label, and whether it is a share. */
const ROWS: Array<[string, string, 'share' | 'number']> = [
  ['cycleTimeHours', 'Cycle time, mean (h)', 'number'],
  ['cycleTimeHours.p90', 'Cycle time, p90 (h)', 'number'],
  ['makespanHours', 'Makespan per campaign (h)', 'number'],
  ['reworkRate', 'Rework rate', 'share'],
  ['reviewRoundsPerAsset', 'Review rounds per asset', 'number'],
  ['firstResponseHours', 'First response (h)', 'number'],
  ['slaAttainment', 'SLA attainment', 'share'],
  ['throughputPerWeek', 'Approved per week', 'number'],
  ['waitingMeetingHoursPerAsset', 'Waiting for a meeting (h/asset)', 'number'],
  ['waitingQueueHoursPerAsset', 'Waiting in a queue (h/asset)', 'number'],
  ['waitingRevisionHoursPerAsset', 'Waiting for a revision (h/asset)', 'number'],
  ['waitingClarificationHoursPerAsset', 'Waiting for clarification (h/asset)', 'number'],
  ['waitingOutsideHoursHoursPerAsset', 'Waiting outside hours (h/asset)', 'number'],
  ['personHoursDesign', 'Person-hours: design', 'number'],
  ['personHoursReview', 'Person-hours: review', 'number'],
  ['personHoursMeetings', 'Person-hours: meetings', 'number'],
  ['personHoursScheduling', 'Person-hours: scheduling', 'number'],
  ['personHoursDocumentation', 'Person-hours: documentation', 'number'],
  ['personHoursInterruptions', 'Person-hours: interruptions', 'number'],
  ['personHoursTotal', 'Person-hours: total', 'number'],
  ['agendaDiscussedShare', 'Agenda discussed per meeting', 'share'],
  ['escalations', 'Escalations', 'number'],
  ['pings', 'Chat pings', 'number'],
  ['adHocCalls', 'Ad-hoc calls', 'number'],
  ['assetsApproved', 'Assets approved', 'number'],
  ['assetsOpenAtHorizon', 'Assets open at horizon', 'number'],
];

function pick(metrics: Record<string, MetricValue>, key: string): { mean: number | null; lo?: number | null; hi?: number | null } | null {
  const [name, sub] = key.split('.');
  const m = metrics[name] as (Record<string, unknown> & { ci95?: [number, number] }) | null | undefined;
  if (!m) return null;
  if (sub) return { mean: m[sub] as number | null };
  return { mean: m.mean as number | null, lo: m.ci95?.[0], hi: m.ci95?.[1] };
}

function cell(v: ReturnType<typeof pick>, kind: 'share' | 'number'): string {
  if (!v || v.mean === null) return '—';
  const f = kind === 'share' ? pct : num;
  if (v.lo === undefined || v.lo === null || v.hi === null || v.hi === undefined || v.lo === v.hi) return f(v.mean);
  return `${f(v.mean)} [${f(v.lo)}, ${f(v.hi)}]`;
}

/** The result document as a table for people: one column per model, mean [95% CI], paired Δ marked. */
export function resultTable(doc: ResultDocument): string {
  const models = doc.results.map((r) => r.model);
  const header = ['Metric', ...models.map((m) => `${m} (mean [95% CI])`)];
  const rows: string[][] = [];
  for (const [key, label, kind] of ROWS) {
    const values = doc.results.map((r) => pick(r.metrics, key));
    if (values.every((v) => !v || v.mean === null)) continue;
    rows.push([
      label,
      ...doc.results.map((r, i) => {
        const base = cell(values[i], kind);
        const d = r.versusFirst?.[key];
        if (!d || d.mean === null) return base;
        const sign = d.mean > 0 ? '+' : '';
        const delta = kind === 'share' ? `${sign}${num(d.mean * 100, 2)}pp` : `${sign}${num(d.mean)}`;
        return `${base} ${d.significant ? '*' : ' '}Δ${delta}`;
      }),
    ]);
  }
  const title = `${doc.scenario.name} — ${doc.replications} replications, seed ${doc.seed}\n`;
  const note = models.length > 1 ? `Δ: paired difference against ${models[0]} (common random numbers); * where its 95% CI excludes 0.\n` : '';
  return `${title}\n${renderTable(header, rows)}${note}`;
}
