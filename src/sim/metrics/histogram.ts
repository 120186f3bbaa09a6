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
 * in a few hundred buckets, so a short sorted list beats zeroing thousands of buckets per
 * replication. The buckets seen are kept in ascending order with their counts alongside: a value
 * costs a binary search (and, for a new bucket, a short shift), and the sparse form, quantiles
 * and merges read the lists in order with no sort and no map.
 */
export class Histogram {
  /** Buckets seen, ascending. */
  private buckets: number[] = [];
  /** The count of each bucket in `buckets`, at the same position. */
  private counts: number[] = [];
  total = 0;

  /** Records one value. */
  add(v: number): void {
    this.addCount(bucketOf(v), 1);
  }

  /** Adds `n` to the count of bucket `i`. */
  private addCount(i: number, n: number): void {
    const buckets = this.buckets;
    const counts = this.counts;
    this.total += n;
    let hi = buckets.length;
    if (hi === 0 || buckets[hi - 1] < i) {
      buckets.push(i);
      counts.push(n);
      return;
    }
    // The first position whose bucket is i or above.
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (buckets[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    if (buckets[lo] === i) {
      counts[lo] += n;
      return;
    }
    buckets.push(i);
    counts.push(n);
    for (let k = buckets.length - 1; k > lo; k--) {
      buckets[k] = buckets[k - 1];
      counts[k] = counts[k - 1];
    }
    buckets[lo] = i;
    counts[lo] = n;
  }

  /** Adds another histogram's counts to this one. */
  merge(other: Histogram): void {
    const a = this.buckets, ac = this.counts, b = other.buckets, bc = other.counts;
    const buckets: number[] = [];
    const counts: number[] = [];
    let j = 0, k = 0;
    while (j < a.length || k < b.length) {
      if (k >= b.length || (j < a.length && a[j] < b[k])) {
        buckets.push(a[j]);
        counts.push(ac[j++]);
      } else if (j >= a.length || b[k] < a[j]) {
        buckets.push(b[k]);
        counts.push(bc[k++]);
      } else {
        buckets.push(a[j]);
        counts.push(ac[j++] + bc[k++]);
      }
    }
    this.buckets = buckets;
    this.counts = counts;
    this.total += other.total;
  }

  /** The q-quantile (0..1), interpolated inside its bucket; NaN when empty. */
  quantile(q: number): number {
    return this.quantiles([q])[0];
  }

  /** Many quantiles at once. */
  quantiles(qs: readonly number[]): number[] {
    const buckets = this.buckets;
    return qs.map((q) => {
      if (this.total === 0) return NaN;
      const target = q * this.total;
      let seen = 0;
      for (let k = 0; k < buckets.length; k++) {
        const i = buckets[k];
        const c = this.counts[k];
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
    for (let k = 0; k < this.buckets.length; k++) out.push(this.buckets[k], this.counts[k]);
    return out;
  }

  /** Rebuilds a histogram from `toSparse` output. */
  static fromSparse(pairs: readonly number[]): Histogram {
    const h = new Histogram();
    for (let k = 0; k < pairs.length; k += 2) h.addCount(pairs[k], pairs[k + 1]);
    return h;
  }
}
