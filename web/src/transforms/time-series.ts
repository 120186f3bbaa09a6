import type { ResultDocument, TimeSeries } from './sim-types.js';

/** The series a document carries for charts (besides the time axis). */
export type SeriesKey = Exclude<keyof TimeSeries, 'timeHours'>;

/** Labels and units of each series. */
export const SERIES: Array<{ key: SeriesKey; title: string; unit: string }> = [
  { key: 'queueLength', title: 'Queue length', unit: 'items waiting for review' },
  { key: 'oldestTicketAgeHours', title: 'Oldest waiting item', unit: 'age in hours' },
  { key: 'workInProgress', title: 'Work in progress', unit: 'assets created, not yet approved' },
];

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
    const points = r.series.timeHours.map((hours, i) => ({ hours, value: r.series[key][i] ?? 0 }));
    for (const p of points) maxValue = Math.max(maxValue, p.value);
    return { model: r.model, points };
  });
  return { key, lines, horizonHours: doc.scenario.horizonHours, warmupHours: doc.scenario.warmupHours, maxValue };
}
