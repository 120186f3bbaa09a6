import { meanInterval, type MeanInterval } from './mean-interval.js';
import type { Target } from './target.js';

/** A verdict on a target, or on a candidate (all its targets). */
export type Verdict = 'meets' | 'fails' | 'undecided';

/**
 * The replication counts at which a sequential search looks: `min`, doubling, up to `max` (the
 * last look is always `max`). Fixed before any data is seen, so the number of looks is known.
 */
export function lookSchedule(min: number, max: number): number[] {
  const looks: number[] = [];
  for (let n = Math.min(min, max); n < max; n *= 2) looks.push(n);
  looks.push(max);
  return looks;
}

/**
 * The confidence of each interval a search checks, so that the chance of any wrong verdict stays
 * at most 1 − `confidence` (Bonferroni): `checks` = candidates × targets × looks, and a wrong
 * verdict at one check needs its interval to miss on one given side, which a two-sided interval
 * at 1 − 2α/checks allows with probability at most α/checks.
 */
export function perCheckConfidence(confidence: number, checks: number): number {
  return 1 - (2 * (1 - confidence)) / checks;
}

/** What one check of a target says: the estimate with its interval, and the verdict. */
export interface TargetCheck {
  estimate: MeanInterval;
  verdict: Verdict;
}

/**
 * Judges a target from replication values: meets when the whole interval is on the target's side
 * (≤ the bound for `<=`, ≥ for `>=`), fails when it is wholly on the other side, undecided while
 * it straddles the bound. A metric with no finite value at all fails (nothing was measured, e.g.
 * no asset approved).
 */
export function checkTarget(values: readonly number[], target: Target, confidence: number): TargetCheck {
  const estimate = meanInterval(values, confidence);
  if (estimate.n === 0) return { estimate, verdict: 'fails' };
  const [lo, hi] = estimate.interval;
  const below = hi <= target.value;
  const above = lo >= target.value;
  if (target.op === '<=') return { estimate, verdict: below ? 'meets' : lo > target.value ? 'fails' : 'undecided' };
  return { estimate, verdict: above ? 'meets' : hi < target.value ? 'fails' : 'undecided' };
}

/** A candidate's verdict from its targets': fails if any fails, meets if all meet, else undecided. */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('fails')) return 'fails';
  return verdicts.every((v) => v === 'meets') ? 'meets' : 'undecided';
}
