import { tCdf } from '../metrics/student-t.js';
import { normalQuantile } from './normal-quantile.js';

/** Quantiles already computed: a sequential search asks for the same few again and again. */
const memo = new Map<string, number>();

/** The p-quantile of Student's t with `df` degrees of freedom (bisection on the CDF, to 1e-10). */
export function tQuantile(p: number, df: number): number {
  const key = `${p}|${df}`;
  let q = memo.get(key);
  if (q === undefined) {
    q = solve(p, df);
    if (memo.size < 10_000) memo.set(key, q);
  }
  return q;
}

function solve(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df >= 1)) return NaN;
  if (p < 0.5) return -tQuantile(1 - p, df);
  if (df > 1e6) return normalQuantile(p);
  let lo = 0;
  let hi = Math.max(10, 2 * normalQuantile(p));
  while (tCdf(hi, df) < p && hi < 1e12) hi *= 2;
  for (let i = 0; i < 300 && hi - lo > 1e-10 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
