/**
 * The Wasserstein-1 (earth mover's) distance between two samples, given ascending: the area
 * between their empirical distribution functions, ∫|F(x) − G(x)| dx, in the samples' unit. How far,
 * on average, the mass of one must move to become the other. NaN when either is empty.
 */
export function wasserstein1(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return NaN;
  let i = 0, j = 0, area = 0;
  let x = Math.min(a[0], b[0]);
  while (i < a.length || j < b.length) {
    const next = Math.min(i < a.length ? a[i] : Infinity, j < b.length ? b[j] : Infinity);
    area += Math.abs(i / a.length - j / b.length) * (next - x);
    x = next;
    while (i < a.length && a[i] === next) i++;
    while (j < b.length && b[j] === next) j++;
  }
  return area;
}
