import type { CandidateOutcome } from './size-search.js';
import type { Target } from './target.js';

/** What the search concludes. */
export interface SizeAnswer {
  /** meets: a setting meets every target; none: every setting fails one; undecided: none meets, some undecided at the cap. */
  status: 'meets' | 'none' | 'undecided';
  /** The cheapest candidate that meets every target (status meets). */
  candidate: number | null;
  /** When none meets: the candidate whose worst target is nearest to being met. */
  nearestMiss: number | null;
  /** Candidates cheaper than the answer left undecided at the cap (they might meet too). */
  cheaperUndecided: number[];
}

/** How far a candidate's estimate is from a target, as a share of the bound (≤ 0: on the right side). */
export function shortfall(estimate: number, target: Target): number {
  const scale = Math.max(Math.abs(target.value), 1e-9);
  return (target.op === '<=' ? estimate - target.value : target.value - estimate) / scale;
}

/**
 * The answer: the cheapest candidate that meets every target (ties to the first in grid order);
 * otherwise the nearest miss — the candidate whose worst relative shortfall is smallest.
 */
export function answerOf(candidates: readonly CandidateOutcome[], targets: readonly Target[]): SizeAnswer {
  const byCost = candidates.map((c, i) => i).sort((a, b) => candidates[a].cost.mean - candidates[b].cost.mean || a - b);
  const chosen = byCost.find((i) => candidates[i].verdict === 'meets');
  if (chosen !== undefined) {
    const cheaperUndecided = byCost.filter((i) => candidates[i].verdict === 'undecided' && candidates[i].stoppedBy === 'cap' && candidates[i].cost.mean < candidates[chosen].cost.mean);
    return { status: 'meets', candidate: chosen, nearestMiss: null, cheaperUndecided };
  }
  const worst = (c: CandidateOutcome) => Math.max(...c.targets.map((t, j) => (Number.isFinite(t.estimate.mean) ? shortfall(t.estimate.mean, targets[j]) : Infinity)));
  let nearest: number | null = null;
  for (const i of byCost) if (nearest === null || worst(candidates[i]) < worst(candidates[nearest])) nearest = i;
  const status = candidates.some((c) => c.verdict === 'undecided') ? 'undecided' : 'none';
  return { status, candidate: null, nearestMiss: nearest, cheaperUndecided: [] };
}
