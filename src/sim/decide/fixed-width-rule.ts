import { wilsonInterval } from './wilson.js';

/** Why a sequential estimate of a probability stopped, or null to go on. */
export type FixedWidthStop = 'precision' | 'cap' | null;

/** Options of the fixed-width sequential rule for a probability. */
export interface FixedWidthRule {
  /** The largest acceptable half-width of the Wilson interval (e.g. 0.05 for ±5 points). */
  precision: number;
  /** Replications are never more than this. */
  maxReplications: number;
  confidence: number;
}

/**
 * The fixed-width stopping rule (Chow–Robbins, on Wilson's interval): after each batch, stop once
 * the interval's half-width is at most `precision`, or at the cap. The width depends on the data
 * only through p̂(1 − p̂), so the interval's coverage stays close to its nominal level (it is exact
 * as the precision shrinks); the document reports which of the two reasons ended each estimate.
 */
export function fixedWidthStop(successes: number, n: number, rule: FixedWidthRule): FixedWidthStop {
  if (n >= rule.maxReplications) return 'cap';
  if (n === 0) return null;
  const [lo, hi] = wilsonInterval(successes, n, rule.confidence);
  return (hi - lo) / 2 <= rule.precision ? 'precision' : null;
}

/** How many replications the next batch adds: `batch`, but never past the cap. */
export function nextBatchSize(n: number, batch: number, maxReplications: number): number {
  return Math.max(0, Math.min(batch, maxReplications - n));
}
