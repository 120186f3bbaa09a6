import { METRICS, type MetricSpec } from '../../../src/sim/metrics/catalogue.js';
import type { Estimate, ResultDocument } from './sim-types.js';

/** A stacked breakdown: categories (metric names) and each model's mean per category. */
export interface Breakdown {
  keys: Array<{ metric: string; label: string }>;
  rows: Array<{ model: string; values: Record<string, number>; total: number }>;
}

/** The parts of a breakdown the document has, in catalogue order, labelled as the catalogue labels them. */
function breakdown(doc: Pick<ResultDocument, 'results'>, metrics: readonly string[], label: (metric: string) => string): Breakdown {
  const keys = metrics.filter((m) => doc.results.some((r) => m in r.metrics)).map((metric) => ({ metric, label: label(metric) }));
  const rows = doc.results.map((r) => {
    const values: Record<string, number> = {};
    let total = 0;
    for (const { metric } of keys) {
      const mean = (r.metrics[metric] as Estimate | null | undefined)?.mean;
      values[metric] = mean !== null && mean !== undefined && Number.isFinite(mean) && mean > 0 ? mean : 0;
      total += values[metric];
    }
    return { model: r.model, values, total };
  });
  return { keys, rows };
}

const partsOf = (group: MetricSpec['breakdown']) => METRICS.filter((m) => m.breakdown === group);
const shortLabel = (spec: MetricSpec | undefined, prefix: RegExp) => (spec ? spec.label.replace(prefix, '') : '');
const WAITING = partsOf('waiting');
const PERSON_HOURS = partsOf('personHours');

/** "Who waits": waiting hours per asset by cause, for each model (the catalogue's waiting parts). */
export function waitingByCause(doc: Pick<ResultDocument, 'results'>): Breakdown {
  return breakdown(doc, WAITING.map((m) => m.key), (k) => shortLabel(WAITING.find((m) => m.key === k), /^Waiting /));
}

/**
 * "Who pays": person-hours by kind of work, for each model (the catalogue's parts; totals excluded).
 * A document from before documentation was split (schema 1) shows documentation whole.
 */
export function personHoursByKind(doc: Pick<ResultDocument, 'results'>): Breakdown {
  const split = doc.results.some((r) => PERSON_HOURS.some((m) => m.key.startsWith('personHoursDocumentation') && m.key in r.metrics));
  const keys = PERSON_HOURS.map((m) => m.key);
  if (!split) keys.push('personHoursDocumentation');
  return breakdown(doc, keys, (k) => (k === 'personHoursDocumentation' ? 'documentation' : shortLabel(PERSON_HOURS.find((m) => m.key === k), /^Person-hours, /)));
}
