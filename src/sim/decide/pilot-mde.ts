import { windowVerdict, type WindowSample } from './pilot-window.js';
import { twoProportionMde } from './two-proportion.js';

/** Steps of the coarse scan before the bisection. */
const SCAN_STEPS = 40;
const BISECTIONS = 20;

/**
 * The smallest location shift (hours) of the routed part's cycle times, faster (negative) or
 * slower (positive), at which the rank-sum test rejects in at least `power` of the windows — the
 * windows of runs without the pilot, so the shift is the only difference the pilot adds. A coarse
 * scan up to the largest cycle time seen, then bisection. Null when even that shift is not
 * detected that often (too few assets).
 */
export function cycleTimeMde(options: { samples: readonly WindowSample[]; alpha: number; power: number; direction: 'faster' | 'slower' }): number | null {
  const { samples, alpha, power } = options;
  const sign = options.direction === 'faster' ? -1 : 1;
  const rate = (shift: number) => samples.filter((s) => windowVerdict(s, alpha, sign * shift).cycleTime === true).length / samples.length;
  const largest = Math.max(0, ...samples.flatMap((s) => [...s.pilotHours, ...s.baselineHours]));
  if (samples.length === 0 || !(largest > 0)) return null;
  const top = 2 * largest;
  let hi = -1;
  for (let k = 1; k <= SCAN_STEPS; k++) {
    if (rate((top * k) / SCAN_STEPS) >= power) {
      hi = k;
      break;
    }
  }
  if (hi < 0) return null;
  let lo = (top * (hi - 1)) / SCAN_STEPS;
  let up = (top * hi) / SCAN_STEPS;
  for (let i = 0; i < BISECTIONS; i++) {
    const mid = (lo + up) / 2;
    if (rate(mid) >= power) up = mid;
    else lo = mid;
  }
  return up;
}

/**
 * The smallest change in the routed part's rework share detectable with `power`, by the standard
 * normal-approximation formula of the two-proportion test, at the mean group sizes and the rest's
 * pooled rework share of the windows without the pilot.
 */
export function reworkMde(options: { samples: readonly WindowSample[]; alpha: number; power: number }): { baseline: number; pilotAssets: number; baselineAssets: number; lower: number | null; higher: number | null } {
  const { samples, alpha, power } = options;
  const n = samples.length || 1;
  const pilotAssets = samples.reduce((a, s) => a + s.pilotHours.length, 0) / n;
  const baselineAssets = samples.reduce((a, s) => a + s.baselineHours.length, 0) / n;
  const all = samples.reduce((a, s) => a + s.pilotHours.length + s.baselineHours.length, 0);
  const reworked = samples.reduce((a, s) => a + s.pilotReworked + s.baselineReworked, 0);
  const p0 = all > 0 ? reworked / all : NaN;
  const at = (direction: 'up' | 'down') =>
    Number.isFinite(p0) ? twoProportionMde({ p0, n0: Math.floor(baselineAssets), n1: Math.floor(pilotAssets), alpha, power, direction }) : null;
  return { baseline: p0, pilotAssets, baselineAssets, lower: at('down'), higher: at('up') };
}
