import { quantileWithInterval } from './quantile-interval.js';
import { wilsonInterval } from './wilson.js';

/** The probabilities whose completion dates odds reports ("done by this date with 50%, 85%, 95% probability"). */
export const COMPLETION_PROBABILITIES = [0.5, 0.85, 0.95] as const;

/** A completion time the set reaches with a given probability, with its order-statistic interval (minutes since start). */
export interface CompletionQuantile {
  probability: number;
  /** Infinity when the set is not complete within the horizon in that share of replications. */
  minutes: number;
  /** NaN for a bound the replications are too few to give; Infinity for one beyond the horizon. */
  interval: [number, number];
}

/** What the replications of one model say about a set's completion. */
export interface OddsSummary {
  replications: number;
  completeByDeadline: number;
  probability: number;
  interval: [number, number];
  /** Replications in which the set was still incomplete at the horizon. */
  incompleteAtHorizon: number;
  completion: CompletionQuantile[];
}

/**
 * Summarizes per-replication completion times (minutes since start, Infinity when never complete):
 * the share complete by the deadline with Wilson's interval, and the completion-time quantiles
 * with distribution-free intervals from order statistics.
 */
export function summarizeOdds(completions: readonly number[], deadlineMin: number, confidence: number): OddsSummary {
  const n = completions.length;
  const byDeadline = completions.filter((t) => t <= deadlineMin).length;
  return {
    replications: n,
    completeByDeadline: byDeadline,
    probability: n > 0 ? byDeadline / n : NaN,
    interval: wilsonInterval(byDeadline, n, confidence),
    incompleteAtHorizon: completions.filter((t) => !Number.isFinite(t)).length,
    completion: COMPLETION_PROBABILITIES.map((q) => {
      const e = quantileWithInterval(completions, q, confidence);
      return { probability: q, minutes: e.estimate, interval: e.interval };
    }),
  };
}
