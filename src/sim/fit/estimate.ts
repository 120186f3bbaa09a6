// Estimates with their 95% intervals: the pure statistics the fit rests on.

/** An estimate, its 95% interval and how many observations it rests on. */
export interface Estimate {
  value: number;
  lo: number;
  hi: number;
  /** Observations the estimate rests on (rows, assets or reviews, as the estimator says). */
  n: number;
}

const Z95 = 1.959964;

/** Mean of a sample with its normal-approximation interval (sd / √n); null when the sample is too small. */
export function meanEstimate(values: readonly number[]): (Estimate & { sd: number }) | null {
  const n = values.length;
  if (n < 2) return null;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  const sd = Math.sqrt(ss / (n - 1));
  const half = (Z95 * sd) / Math.sqrt(n);
  return { value: mean, lo: mean - half, hi: mean + half, n, sd };
}

/** Difference of two sample means (Welch's normal approximation). */
export function differenceEstimate(a: readonly number[], b: readonly number[]): Estimate | null {
  const ea = meanEstimate(a), eb = meanEstimate(b);
  if (!ea || !eb) return null;
  const value = ea.value - eb.value;
  const half = Z95 * Math.sqrt((ea.sd * ea.sd) / ea.n + (eb.sd * eb.sd) / eb.n);
  return { value, lo: value - half, hi: value + half, n: ea.n + eb.n };
}

/** A share `k` of `n` with its Wilson score interval; null when n is 0. */
export function proportionEstimate(k: number, n: number): Estimate | null {
  if (n === 0) return null;
  const p = k / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { value: p, lo: Math.max(0, centre - half), hi: Math.min(1, centre + half), n };
}

/** A Poisson rate: `count` events over `exposure` (any unit), with the square-root interval of the count. */
export function rateEstimate(count: number, exposure: number): Estimate | null {
  if (count === 0 || !(exposure > 0)) return null;
  const half = Z95 * Math.sqrt(count);
  return { value: count / exposure, lo: Math.max(0, count - half) / exposure, hi: (count + half) / exposure, n: count };
}

/**
 * Mean of an exponential time from right-censored observations (open items: watched for `time`,
 * the event not yet seen): total time watched over events seen, with the interval of log(mean).
 */
export function censoredMeanEstimate(times: readonly number[], observed: readonly boolean[]): (Estimate & { censored: number }) | null {
  let total = 0, events = 0;
  for (let i = 0; i < times.length; i++) {
    total += times[i];
    if (observed[i]) events++;
  }
  if (events < 2 || !(total > 0)) return null;
  const mean = total / events;
  const spread = Math.exp(Z95 / Math.sqrt(events));
  return { value: mean, lo: mean / spread, hi: mean * spread, n: times.length, censored: times.length - events };
}

/** Ratio of two sums (Σa / Σb over paired observations), with its delta-method interval. */
export function ratioEstimate(a: readonly number[], b: readonly number[]): Estimate | null {
  const n = a.length;
  if (n < 2 || b.length !== n) return null;
  let sa = 0, sb = 0;
  for (let i = 0; i < n; i++) {
    sa += a[i];
    sb += b[i];
  }
  if (!(sb > 0)) return null;
  const r = sa / sb;
  const mb = sb / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (a[i] - r * b[i]) ** 2;
  const half = (Z95 * Math.sqrt(ss / (n - 1) / n)) / mb;
  return { value: r, lo: r - half, hi: r + half, n };
}

/** Upper 1% points of the chi-squared distribution (Wilson–Hilferty), for tests of a flat profile. */
export function chiSquared99(df: number): number {
  const z = 2.326348;
  const t = 1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df));
  return df * t * t * t;
}
