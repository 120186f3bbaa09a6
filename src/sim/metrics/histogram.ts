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
 * in a few hundred buckets, so a map beats zeroing thousands of buckets per replication. Buckets
 * are listed in first-seen order with their counts alongside, so a value costs one lookup of its
 * bucket's position, and sorting the buckets is a numeric typed-array sort.
 */
export class Histogram {
  private readonly buckets: number[] = [];
  private readonly counts: number[] = [];
  /** Each bucket's position in `buckets` and `counts`. */
  private readonly positions = new Map<number, number>();
  total = 0;

  /** Records one value. */
  add(v: number): void {
    this.addCount(bucketOf(v), 1);
  }

  /** Adds `n` to the count of bucket `i`. */
  private addCount(i: number, n: number): void {
    const at = this.positions.get(i);
    if (at === undefined) {
      this.positions.set(i, this.buckets.length);
      this.buckets.push(i);
      this.counts.push(n);
    } else {
      this.counts[at] += n;
    }
    this.total += n;
  }

  /** Adds another histogram's counts to this one. */
  merge(other: Histogram): void {
    for (let k = 0; k < other.buckets.length; k++) this.addCount(other.buckets[k], other.counts[k]);
  }

  /** The q-quantile (0..1), interpolated inside its bucket; NaN when empty. */
  quantile(q: number): number {
    return this.quantiles([q])[0];
  }

  /** Many quantiles at once (one sort). */
  quantiles(qs: readonly number[]): number[] {
    const buckets = this.sortedBuckets();
    return qs.map((q) => {
      if (this.total === 0) return NaN;
      const target = q * this.total;
      let seen = 0;
      for (const i of buckets) {
        const c = this.countOf(i);
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
    for (const i of this.sortedBuckets()) out.push(i, this.countOf(i));
    return out;
  }

  /** Rebuilds a histogram from `toSparse` output. */
  static fromSparse(pairs: readonly number[]): Histogram {
    const h = new Histogram();
    for (let k = 0; k < pairs.length; k += 2) h.addCount(pairs[k], pairs[k + 1]);
    return h;
  }

  private sortedBuckets(): Int32Array {
    return Int32Array.from(this.buckets).sort();
  }

  private countOf(i: number): number {
    return this.counts[this.positions.get(i)!];
  }
}
