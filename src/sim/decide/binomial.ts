/**
 * The binomial CDF P(B ≤ k) for k = 0..n, B ~ Binomial(n, p), computed once for every k
 * (probabilities summed from log-space terms, so n in the thousands is fine).
 */
export function binomialCdfTable(n: number, p: number): number[] {
  const out = new Array<number>(n + 1);
  if (p <= 0 || p >= 1) {
    for (let k = 0; k <= n; k++) out[k] = p <= 0 ? 1 : k === n ? 1 : 0;
    return out;
  }
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let logBinom = 0; // log C(n, k), built up term by term
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) logBinom += Math.log(n - k + 1) - Math.log(k);
    sum += Math.exp(logBinom + k * logP + (n - k) * logQ);
    out[k] = Math.min(1, sum);
  }
  return out;
}
