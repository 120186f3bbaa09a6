/** The q-quantile of ascending values, interpolating between order statistics (Hyndman–Fan type 7, as R and NumPy by default); NaN when empty. */
export function sortedQuantile(sorted: readonly number[], q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Finite values in ascending order (a copy). */
export function ascending(values: readonly number[]): number[] {
  return values.filter(Number.isFinite).sort((a, b) => a - b);
}
