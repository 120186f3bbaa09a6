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

/** Notes held before the histogram turns dense (see `dense`). */
const NOTES_FOLDED_AT = 4096;

/**
 * Counts of values by bucket, kept sparse: a replication records tens to thousands of values
 * in a few hundred buckets, so short lists beat zeroing thousands of buckets per replication.
 * A value is only noted (its bucket appended); the notes are sorted once, when the histogram is
 * next read or merged, and folded into the buckets seen (ascending, counts alongside), which the
 * sparse form, quantiles and merges read in order.
 */
export class Histogram {
  /** Buckets seen, ascending (notes not yet folded in aside). */
  private buckets: number[] = [];
  /** The count of each bucket in `buckets`, at the same position. */
  private counts: number[] = [];
  /** Buckets of the values added since the last read, in the order added. */
  private noted: number[] = [];
  /**
   * Every bucket's count, once a replication has noted NOTES_FOLDED_AT values without a read (a
   * long run: 500 000 on the M/M/1 bench): then a value is one increment, where noting and
   * sorting cost more per value and the notes were carried through every young collection. A read
   * turns it back into the sparse lists; the counts are the same either way.
   */
  private dense: Int32Array | null = null;
  total = 0;

  /** Records one value. */
  add(v: number): void {
    this.total++;
    if (this.dense !== null) {
      this.dense[bucketOf(v)]++;
      return;
    }
    const noted = this.noted;
    noted.push(bucketOf(v));
    if (noted.length >= NOTES_FOLDED_AT) this.toDense();
  }

  /** Moves the buckets' counts and the notes into `dense`. */
  private toDense(): void {
    const dense = new Int32Array(HISTOGRAM_BUCKETS);
    for (let k = 0; k < this.buckets.length; k++) dense[this.buckets[k]] += this.counts[k];
    for (const i of this.noted) dense[i]++;
    this.buckets = [];
    this.counts = [];
    this.noted = [];
    this.dense = dense;
  }

  /** Folds the noted values (or the dense counts) into the buckets: one sort per read, not a search per value. */
  private settle(): void {
    const dense = this.dense;
    if (dense !== null) {
      this.dense = null;
      for (let i = 0; i < dense.length; i++) {
        if (dense[i] === 0) continue;
        this.buckets.push(i);
        this.counts.push(dense[i]);
      }
      return;
    }
    const noted = this.noted;
    if (noted.length === 0) return;
    this.noted = [];
    // A typed array sorts numerically without a comparator.
    const sorted = Int32Array.from(noted).sort();
    const buckets: number[] = [];
    const counts: number[] = [];
    for (let k = 0; k < sorted.length; ) {
      const i = sorted[k];
      let n = 0;
      while (k < sorted.length && sorted[k] === i) {
        k++;
        n++;
      }
      buckets.push(i);
      counts.push(n);
    }
    if (this.buckets.length > 0) {
      this.mergeLists(buckets, counts);
    } else {
      this.buckets = buckets;
      this.counts = counts;
    }
  }

  /** Merges ascending lists of buckets and their counts into this histogram's (total aside). */
  private mergeLists(b: readonly number[], bc: readonly number[]): void {
    const a = this.buckets, ac = this.counts;
    if (a.length === 0) {
      this.buckets = b.slice();
      this.counts = bc.slice();
      return;
    }
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
  }

  /** Adds another histogram's counts to this one. */
  merge(other: Histogram): void {
    this.settle();
    other.settle();
    this.mergeLists(other.buckets, other.counts);
    this.total += other.total;
  }

  /** The q-quantile (0..1), interpolated inside its bucket; NaN when empty. */
  quantile(q: number): number {
    return this.quantiles([q])[0];
  }

  /** Many quantiles at once. */
  quantiles(qs: readonly number[]): number[] {
    this.settle();
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
    this.settle();
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

  /**
   * The histogram of many sparse forms added together (a model's replications pooled): counts
   * summed by bucket in one pass, where merging them one by one rebuilt the bucket list each time.
   * The same buckets and counts as merging them in any order.
   */
  static sumOfSparse(parts: ReadonlyArray<readonly number[]>): Histogram {
    const sums = new Float64Array(HISTOGRAM_BUCKETS);
    const seen = new Uint8Array(HISTOGRAM_BUCKETS);
    let total = 0;
    for (const pairs of parts) {
      for (let k = 0; k < pairs.length; k += 2) {
        const i = pairs[k];
        sums[i] += pairs[k + 1];
        seen[i] = 1;
        total += pairs[k + 1];
      }
    }
    const h = new Histogram();
    for (let i = 0; i < HISTOGRAM_BUCKETS; i++) {
      if (seen[i] === 0) continue;
      h.buckets.push(i);
      h.counts.push(sums[i]);
    }
    h.total = total;
    return h;
  }

  /** Adds `n` to the count of bucket `i`: appended when `i` is above every bucket seen, merged in otherwise. */
  private addCount(i: number, n: number): void {
    this.settle();
    this.total += n;
    const last = this.buckets.length - 1;
    if (last < 0 || this.buckets[last] < i) {
      this.buckets.push(i);
      this.counts.push(n);
    } else {
      this.mergeLists([i], [n]);
    }
  }
}
