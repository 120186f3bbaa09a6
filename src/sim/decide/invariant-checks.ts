/** Small checks shared by the decision documents' invariants. */

type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
export const isProbability = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
export const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** An interval [lo, hi] of numbers or nulls (an open end); when both are numbers, lo ≤ hi (and lo ≤ x ≤ hi when a point is given). */
export function checkInterval(v: unknown, at: string, out: string[], point?: unknown): void {
  if (!Array.isArray(v) || v.length !== 2 || v.some((x) => x !== null && typeof x !== 'number')) {
    out.push(`${at}: an interval is [lo, hi] of numbers or nulls`);
    return;
  }
  const [lo, hi] = v as Array<number | null>;
  if (lo !== null && hi !== null && lo > hi) out.push(`${at}: lower bound ${lo} above upper bound ${hi}`);
  if (typeof point === 'number') {
    // Rounding to 9 digits may put a point a hair outside a degenerate interval.
    const slack = 1e-7 * Math.max(1, Math.abs(point));
    if ((lo !== null && point < lo - slack) || (hi !== null && point > hi + slack)) out.push(`${at}: estimate ${point} outside [${lo}, ${hi}]`);
  }
}
