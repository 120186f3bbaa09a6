import type { SweepDocument } from '../../sim/index.js';
import { meanPlusMinus, num, pct, plural } from './numbers.js';
import { renderTable, type Align } from './table.js';

type Figures = { mean?: number | null; ci95?: [number | null, number | null]; p90?: number | null };

/** A setting's value as typed on the command line. */
function settingText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** A sweep as a table for people: one row per point and model, its settings then the headline figures. */
export function sweepTable(doc: SweepDocument): string {
  const paths = doc.sweep.parameters.map((p) => p.path);
  const models = [...new Set(doc.points.flatMap((p) => p.results.map((r) => r.model)))];
  const header = [...paths, ...(models.length > 1 ? ['Model'] : []), 'Cycle time (h)', 'p90 (h)', 'Rework', 'SLA met', 'Person-hours'];
  const rows = doc.points.flatMap((p) =>
    p.results.map((r) => {
      const m = (name: string) => (r.metrics[name] ?? null) as Figures | null;
      return [
        ...paths.map((k) => settingText(p.settings[k])),
        ...(models.length > 1 ? [r.model] : []),
        meanPlusMinus(m('cycleTimeHours')?.mean, m('cycleTimeHours')?.ci95),
        num(m('cycleTimeHours')?.p90),
        pct(m('reworkRate')?.mean),
        pct(m('slaAttainment')?.mean),
        meanPlusMinus(m('personHoursTotal')?.mean, m('personHoursTotal')?.ci95),
      ];
    }),
  );
  const align: Align[] = [...paths.map((): Align => 'left'), ...(models.length > 1 ? ['left' as const] : [])];
  const title = `${doc.scenario.name} — sweep of ${plural(doc.points.length, 'point')} under ${models.join(', ')}; ${plural(doc.replications, 'replication')} each, seed ${doc.seed}\n\n`;
  return `${title}${renderTable(header, rows, align)}Cycle time and person-hours: mean ±half-width of the 95% CI across replications.\n`;
}
