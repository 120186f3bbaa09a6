/** Streaming count, mean and variance (Welford), with min and max: constant memory. */
export class RunningStats {
  count = 0;
  mean = 0;
  private m2 = 0;
  min = Infinity;
  max = -Infinity;

  /** Records one value. */
  add(v: number): void {
    this.count++;
    const delta = v - this.mean;
    this.mean += delta / this.count;
    this.m2 += delta * (v - this.mean);
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
  }

  /** Sample standard deviation (0 with fewer than two values). */
  get sd(): number {
    return this.count > 1 ? Math.sqrt(this.m2 / (this.count - 1)) : 0;
  }
}

/** A time-weighted average of a piecewise-constant level (queue length, work in progress). */
export class TimeAverage {
  private area = 0;
  private level = 0;
  // Declared only (nothing emitted) and set in the constructor: a class field emitted without a
  // value starts undefined, and V8 then boxes every fraction written to it (`since` moves on every
  // change of level: a queue's every ticket).
  private declare since: number;
  private declare from: number;

  constructor(from: number) {
    this.from = from;
    this.since = from;
  }

  /** The level changes to `level` at time `now`. */
  set(now: number, level: number): void {
    if (now > this.since) {
      this.area += this.level * (now - this.since);
      this.since = now;
    }
    this.level = level;
  }

  /** Forgets the area before `now` (end of warm-up), keeping the current level. */
  reset(now: number): void {
    this.area = 0;
    this.since = now;
    this.from = now;
  }

  /** Average level over [from, now]. */
  averageAt(now: number): number {
    const span = now - this.from;
    if (span <= 0) return this.level;
    return (this.area + this.level * Math.max(0, now - this.since)) / span;
  }
}
