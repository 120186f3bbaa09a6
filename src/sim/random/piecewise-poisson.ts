import type { Random } from './stream.js';

/**
 * A piecewise-constant rate: phase i holds `ratePerMin[i]` from `startMin[i]` until the next phase
 * starts, the last one until `endMin`; no rate before the first start or after `endMin`.
 */
export interface PiecewiseRate {
  readonly startMin: readonly number[];
  readonly ratePerMin: readonly number[];
  readonly endMin: number;
}

/** The end of phase `i`. */
function phaseEnd(rate: PiecewiseRate, i: number): number {
  return i + 1 < rate.startMin.length ? rate.startMin[i + 1] : rate.endMin;
}

/**
 * The arrivals of a non-homogeneous Poisson process with this rate, by inversion of its cumulative
 * rate Λ: the k-th arrival is at Λ⁻¹(E₁ + … + E_k) with E standard exponentials. Each call returns
 * the next arrival time, or Infinity once the rate has no more mass. One uniform per arrival, as
 * a homogeneous exponential stream draws, and a phase pointer that only moves forward: the
 * process costs O(1) a call amortised whatever the number of phases.
 */
export function poissonArrivals(rate: PiecewiseRate, rng: Random): () => number {
  const { startMin, ratePerMin } = rate;
  const n = startMin.length;
  let i = 0;
  let t = n > 0 ? startMin[0] : rate.endMin;
  return () => {
    let need = -Math.log(1 - rng());
    while (i < n) {
      const end = phaseEnd(rate, i);
      const r = ratePerMin[i];
      if (r > 0) {
        const at = t + need / r;
        if (at < end) return (t = at);
        // Rounding must not carry a negative remainder into the next phase (time never runs back).
        need = Math.max(0, need - (end - t) * r);
      }
      t = end;
      i++;
    }
    return Infinity;
  };
}

/** The expected number of arrivals in [fromMin, toMin): the integral of the rate over it. */
export function expectedArrivals(rate: PiecewiseRate, fromMin = -Infinity, toMin = Infinity): number {
  let sum = 0;
  for (let i = 0; i < rate.startMin.length; i++) {
    const lo = Math.max(rate.startMin[i], fromMin);
    const hi = Math.min(phaseEnd(rate, i), toMin);
    if (hi > lo) sum += rate.ratePerMin[i] * (hi - lo);
  }
  return sum;
}

/** The highest rate of any phase (per minute). */
export function peakRate(rate: PiecewiseRate): number {
  let peak = 0;
  for (let i = 0; i < rate.startMin.length; i++) if (phaseEnd(rate, i) > rate.startMin[i]) peak = Math.max(peak, rate.ratePerMin[i]);
  return peak;
}
