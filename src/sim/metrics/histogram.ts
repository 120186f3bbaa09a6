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

/**
 * Counts of values by bucket, kept sparse: a replication records tens to thousands of values
 * in a few hundred buckets, so a map beats zeroing thousands of buckets per replication.
 */
export class Histogram {
  private readonly counts = new Map<number, number>();
  total = 0;

  /** Records one value. */
  add(v: number): void {
    const i = bucketOf(v);
    this.counts.set(i, (this.counts.get(i) ?? 0) + 1);
    this.total++;
  }

  /** Adds another histogram's counts to this one. */
  merge(other: Histogram): void {
    for (const [i, n] of other.counts) this.counts.set(i, (this.counts.get(i) ?? 0) + n);
    this.total += other.total;
  }

  /** The q-quantile (0..1), interpolated inside its bucket; NaN when empty. */
  quantile(q: number): number {
    return this.quantiles([q])[0];
  }

  /** Many quantiles at once (one sort). */
  quantiles(qs: readonly number[]): number[] {
    const buckets = [...this.counts.keys()].sort((a, b) => a - b);
    return qs.map((q) => {
      if (this.total === 0) return NaN;
      const target = q * this.total;
      let seen = 0;
      for (const i of buckets) {
        const c = this.counts.get(i)!;
        if (seen + c >= target) {
          const lo = lowerEdge(i);
          return lo + (lowerEdge(i + 1) - lo) * Math.min(1, Math.max(0, (target - seen) / c));
        }
        seen += c;
      }
      return lowerEdge(buckets[buckets.length - 1]);
    });
  }

  /** Sparse form for transfer between workers: [bucket, count] pairs in bucket order. */
  toSparse(): number[] {
    const out: number[] = [];
    for (const i of [...this.counts.keys()].sort((a, b) => a - b)) out.push(i, this.counts.get(i)!);
    return out;
  }

  /** Rebuilds a histogram from `toSparse` output. */
  static fromSparse(pairs: readonly number[]): Histogram {
    const h = new Histogram();
    for (let k = 0; k < pairs.length; k += 2) {
      h.counts.set(pairs[k], (h.counts.get(pairs[k]) ?? 0) + pairs[k + 1]);
      h.total += pairs[k + 1];
    }
    return h;
  }
}
