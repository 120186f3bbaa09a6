/**
 * A log-bucketed histogram of non-negative values: constant memory, mergeable across
 * replications and workers (integer counts, so merging in any order gives identical bytes),
 * with quantiles accurate to the bucket width (0.5% relative above 1/64 of a unit).
 */
const SUB_UNIT = 1 / 64;
const GROWTH = 1.005;
const LOG_GROWTH = Math.log(GROWTH);
/** Buckets cover [0, SUB_UNIT) then geometric buckets up to ~1e9 units. */
export const HISTOGRAM_BUCKETS = 1 + Math.ceil(Math.log(1e9 / SUB_UNIT) / LOG_GROWTH);

/** Index of the bucket holding value v. */
function bucketOf(v: number): number {
  if (!(v >= SUB_UNIT)) return 0;
  const i = 1 + Math.floor(Math.log(v / SUB_UNIT) / LOG_GROWTH);
  return i < HISTOGRAM_BUCKETS ? i : HISTOGRAM_BUCKETS - 1;
}

/** Lower edge of bucket i. */
function lowerEdge(i: number): number {
  return i === 0 ? 0 : SUB_UNIT * Math.pow(GROWTH, i - 1);
}

/** Counts of values by bucket. */
export class Histogram {
  readonly counts = new Float64Array(HISTOGRAM_BUCKETS);
  total = 0;

  /** Records one value. */
  add(v: number): void {
    this.counts[bucketOf(v)]++;
    this.total++;
  }

  /** Adds another histogram's counts to this one. */
  merge(other: Histogram): void {
    const a = this.counts, b = other.counts;
    for (let i = 0; i < a.length; i++) a[i] += b[i];
    this.total += other.total;
  }

  /** The q-quantile (0..1), interpolated inside its bucket; NaN when empty. */
  quantile(q: number): number {
    if (this.total === 0) return NaN;
    const target = q * this.total;
    let seen = 0;
    const c = this.counts;
    for (let i = 0; i < c.length; i++) {
      if (c[i] === 0) continue;
      if (seen + c[i] >= target) {
        const lo = lowerEdge(i);
        const hi = lowerEdge(i + 1);
        const within = c[i] > 0 ? (target - seen) / c[i] : 0;
        return lo + (hi - lo) * Math.min(1, Math.max(0, within));
      }
      seen += c[i];
    }
    return lowerEdge(c.length - 1);
  }

  /** Sparse form for transfer between workers: [bucket, count] pairs. */
  toSparse(): number[] {
    const out: number[] = [];
    const c = this.counts;
    for (let i = 0; i < c.length; i++) if (c[i] !== 0) out.push(i, c[i]);
    return out;
  }

  /** Rebuilds a histogram from `toSparse` output. */
  static fromSparse(pairs: readonly number[]): Histogram {
    const h = new Histogram();
    for (let k = 0; k < pairs.length; k += 2) {
      h.counts[pairs[k]] += pairs[k + 1];
      h.total += pairs[k + 1];
    }
    return h;
  }
}
