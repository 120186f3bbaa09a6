import type { Problem } from '../scenario/problem.js';

/** Most row problems kept to show (the counts keep counting past it). */
export const MAX_ROW_PROBLEMS = 1000;

/** How an audit's rows were used: every row is used, repaired (and used) or dropped, each by reason. */
export interface RowCounts {
  /** Data rows read (the header not counted). */
  rows: number;
  /** Rows the fit rests on (repaired ones included). */
  used: number;
  /** Rows used after a repair, by what was repaired. */
  repaired: Record<string, number>;
  /** Rows left out, by why. */
  dropped: Record<string, number>;
  /** The problems behind the repairs and drops, each at its row and column (the first MAX_ROW_PROBLEMS). */
  problems: Problem[];
}

/** Empty counts. */
export function emptyCounts(): RowCounts {
  return { rows: 0, used: 0, repaired: {}, dropped: {}, problems: [] };
}

/** Adds one to a reason's count. */
export function countReason(tally: Record<string, number>, reason: string, by = 1): void {
  tally[reason] = (tally[reason] ?? 0) + by;
}

/** Keeps a problem to show, up to MAX_ROW_PROBLEMS. */
export function keepProblem(counts: RowCounts, problem: Problem): void {
  if (counts.problems.length < MAX_ROW_PROBLEMS) counts.problems.push(problem);
}

/** Total of a tally. */
export function totalOf(tally: Record<string, number>): number {
  return Object.values(tally).reduce((a, b) => a + b, 0);
}
