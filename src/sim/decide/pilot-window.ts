import type { PilotAssets } from '../experiment/pilot-collector.js';
import { rankSumTest } from './rank-sum.js';
import { twoProportionTest } from './two-proportion.js';

/** Minutes in a week. */
export const WEEK_MIN = 7 * 24 * 60;

/** What the team would have at the end of a pilot window: each group's cycle times (hours) and rework counts. */
export interface WindowSample {
  pilotHours: number[];
  baselineHours: number[];
  pilotReworked: number;
  baselineReworked: number;
}

/**
 * The assets the team can analyse at the end of a pilot run from `startMin` to `endMin`: those
 * first submitted in the window and approved by its end (assets still open are not counted, as
 * a team's report would not count them), split into the routed part and the rest.
 */
export function windowSample(rows: PilotAssets, startMin: number, endMin: number): WindowSample {
  const out: WindowSample = { pilotHours: [], baselineHours: [], pilotReworked: 0, baselineReworked: 0 };
  for (let i = 0; i < rows.submittedMin.length; i++) {
    const at = rows.submittedMin[i];
    if (at < startMin || at >= endMin || at + rows.cycleMin[i] > endMin) continue;
    if (rows.routed[i] === 1) {
      out.pilotHours.push(rows.cycleMin[i] / 60);
      out.pilotReworked += rows.reworked[i];
    } else {
      out.baselineHours.push(rows.cycleMin[i] / 60);
      out.baselineReworked += rows.reworked[i];
    }
  }
  return out;
}

/** The team's two tests on one window: does each reject at alpha (null when it cannot be computed: an empty group, all tied)? */
export interface WindowVerdict {
  cycleTime: boolean | null;
  rework: boolean | null;
}

/** Applies the rank-sum test (pilot cycle times shifted by `shiftHours`) and the two-proportion test to a window. */
export function windowVerdict(sample: WindowSample, alpha: number, shiftHours = 0): WindowVerdict {
  const pilot = shiftHours === 0 ? sample.pilotHours : sample.pilotHours.map((h) => h + shiftHours);
  const rank = rankSumTest(pilot, sample.baselineHours);
  const rework = twoProportionTest(sample.pilotReworked, sample.pilotHours.length, sample.baselineReworked, sample.baselineHours.length);
  return {
    cycleTime: Number.isNaN(rank.p) ? null : rank.p < alpha,
    rework: Number.isNaN(rework.p) ? null : rework.p < alpha,
  };
}

/** The median of a non-empty list (NaN when empty). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
