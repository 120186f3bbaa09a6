import type { PilotDocument } from '../../../src/sim/decide/pilot-document.js';

/** One test's power against pilot length. */
export interface PowerSeries {
  test: 'cycleTime' | 'rework';
  label: string;
  points: Array<{ weeks: number; power: number; ci95: [number, number]; requested: boolean; withoutPilot: number | null }>;
  weeksNeeded: number | null;
}

/** The power chart of a pilot document: both tests, the power target, α. */
export interface PowerChart {
  target: number;
  alpha: number;
  maxWeeks: number;
  series: PowerSeries[];
}

const LABELS = { cycleTime: 'cycle time (rank-sum)', rework: 'rework (two-proportion z)' } as const;

/** Each test's power at every length the document holds (lengths whose test never ran are left out). */
export function powerChart(doc: PilotDocument): PowerChart {
  const series = (['cycleTime', 'rework'] as const).map((test): PowerSeries => ({
    test,
    label: LABELS[test],
    points: doc.lengths.flatMap((l) => {
      const r = l.power[test];
      if (r.rate === null) return [];
      return [{ weeks: l.weeks, power: r.rate, ci95: [r.ci95[0] ?? 0, r.ci95[1] ?? 1] as [number, number], requested: l.requested, withoutPilot: l.withoutPilot[test].rate }];
    }),
    weeksNeeded: doc.weeksForPower[test],
  }));
  return { target: doc.powerTarget, alpha: doc.alpha, maxWeeks: doc.lengths.length, series };
}
