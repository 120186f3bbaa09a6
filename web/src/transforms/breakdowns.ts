import type { Estimate, ResultDocument } from './sim-types.js';
import { words } from './metric-names.js';

/** A stacked breakdown: categories (metric names) and each model's mean per category. */
export interface Breakdown {
  keys: Array<{ metric: string; label: string }>;
  rows: Array<{ model: string; values: Record<string, number>; total: number }>;
}

function breakdown(doc: Pick<ResultDocument, 'results'>, pattern: RegExp, exclude: RegExp | null, label: (m: RegExpExecArray) => string): Breakdown {
  const names: string[] = [];
  for (const r of doc.results) {
    for (const name of Object.keys(r.metrics)) if (pattern.test(name) && !exclude?.test(name) && !names.includes(name)) names.push(name);
  }
  const keys = names.map((metric) => ({ metric, label: label(pattern.exec(metric)!) }));
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

const WAIT_ORDER = ['Meeting', 'Queue', 'Revision', 'Clarification', 'OutsideHours'];
const HOURS_ORDER = ['Design', 'Review', 'Meetings', 'Scheduling', 'Documentation', 'Interruptions'];

function ordered(b: Breakdown, order: string[], pattern: RegExp): Breakdown {
  const rank = (metric: string) => {
    const i = order.indexOf(pattern.exec(metric)![1]);
    return i < 0 ? order.length : i;
  };
  return { ...b, keys: [...b.keys].sort((a, c) => rank(a.metric) - rank(c.metric)) };
}

const WAITING = /^waiting(.+)HoursPerAsset$/;
const PERSON_HOURS = /^personHours(.+)$/;

/** "Who waits": waiting hours per asset by cause, for each model (causes read from the document). */
export function waitingByCause(doc: Pick<ResultDocument, 'results'>): Breakdown {
  const label = (m: RegExpExecArray) => (m[1] === 'OutsideHours' ? 'outside working hours' : `for ${words(m[1])}`);
  return ordered(breakdown(doc, WAITING, null, label), WAIT_ORDER, WAITING);
}

/** "Who pays": person-hours by kind of work, for each model (totals and per-asset figures excluded). */
export function personHoursByKind(doc: Pick<ResultDocument, 'results'>): Breakdown {
  return ordered(breakdown(doc, PERSON_HOURS, /^personHours(Total|Per\w+)$/, (m) => words(m[1])), HOURS_ORDER, PERSON_HOURS);
}
