import { labelOf } from '../../../src/sim/metrics/catalogue.js';
import type { ResultDocument, TimeSeries } from './sim-types.js';

/** The series a document carries for charts (besides the time axis). */
export type SeriesKey = Exclude<keyof TimeSeries, 'timeHours'>;

/**
 * Labels and units of each series. Work in progress and open assets are the quantities of the
 * catalogue's workInProgressMean and assetsOpenMean, sampled, and carry their labels.
 */
export const SERIES: Array<{ key: SeriesKey; title: string; unit: string }> = [
  { key: 'queueLength', title: 'Waiting for review', unit: 'items in the async queue or on a meeting agenda' },
  { key: 'oldestTicketAgeHours', title: 'Oldest waiting item', unit: 'age in hours' },
  { key: 'workInProgress', title: labelOf('workInProgressMean'), unit: 'assets submitted for review, not yet approved' },
  { key: 'assetsOpen', title: labelOf('assetsOpenMean'), unit: 'assets created (briefed), not yet approved' },
];

/** The series a document carries (a document read from schema 1 has no work-in-progress series of today's meaning). */
export function seriesOf(doc: Pick<ResultDocument, 'results'>): typeof SERIES {
  return SERIES.filter((s) => doc.results.some((r) => Array.isArray(r.series[s.key])));
}

/** One line per model: (hours since start, mean value across replications). */
export interface SeriesLines {
  key: SeriesKey;
  lines: Array<{ model: string; points: Array<{ hours: number; value: number }> }>;
  horizonHours: number;
  warmupHours: number;
  maxValue: number;
}

/** The lines of one series for every model of a document. */
export function seriesLines(doc: Pick<ResultDocument, 'results' | 'scenario'>, key: SeriesKey): SeriesLines {
  let maxValue = 0;
  const lines = doc.results.map((r) => {
    const points = r.series.timeHours.map((hours, i) => ({ hours, value: r.series[key]?.[i] ?? 0 }));
    for (const p of points) maxValue = Math.max(maxValue, p.value);
    return { model: r.model, points };
  });
  return { key, lines, horizonHours: doc.scenario.horizonHours, warmupHours: doc.scenario.warmupHours, maxValue };
}
