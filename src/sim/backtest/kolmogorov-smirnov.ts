/**
 * The two-sample Kolmogorov–Smirnov statistic of two samples, given ascending: the largest vertical
 * gap between their empirical distribution functions, sup |F(x) − G(x)|, between 0 and 1. NaN when
 * either is empty.
 */
export function ksStatistic(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return NaN;
  let i = 0, j = 0, gap = 0;
  while (i < a.length || j < b.length) {
    const next = Math.min(i < a.length ? a[i] : Infinity, j < b.length ? b[j] : Infinity);
    while (i < a.length && a[i] === next) i++;
    while (j < b.length && b[j] === next) j++;
    gap = Math.max(gap, Math.abs(i / a.length - j / b.length));
  }
  return gap;
}
