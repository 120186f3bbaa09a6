import { sampler, type Distribution, type Sampler } from '../random/distribution.js';
import type { Random } from '../random/stream.js';
import { EntityStreams, type HashState } from '../random/entity-stream.js';
import type { Asset } from './asset.js';
import type { RoundDraws } from './outcome.js';

const NO_REWORK: RoundDraws = Object.freeze({ misread: 1, relitigation: 1, perfectionism: 1, question: 1, followUp: 1 });

/** What an asset's draws are for; each purpose has its own stream per asset, named after it. */
export type Purpose = 'effort' | 'note' | 'defect' | 'outcome' | 'review' | 'feedback' | 'clarify' | 'discussion' | 'fix';

/** The purposes in slot order (see `slotOf`). */
const PURPOSES: readonly Purpose[] = ['effort', 'note', 'defect', 'outcome', 'review', 'feedback', 'clarify', 'discussion', 'fix'];
const SLOTS = PURPOSES.length;

/**
 * Each purpose's slot in an asset's streams: its index in PURPOSES. Fixed, so that finding a
 * stream is an array index; the stream itself is named by the purpose, so slots never change a
 * draw. A switch, because a lookup in a record by a purpose that varies call to call is a
 * megamorphic keyed load (a tenth of the draws' bookkeeping).
 */
function slotOf(purpose: Purpose): number {
  switch (purpose) {
    case 'effort': return 0;
    case 'note': return 1;
    case 'defect': return 2;
    case 'outcome': return 3;
    case 'review': return 4;
    case 'feedback': return 5;
    case 'clarify': return 6;
    case 'discussion': return 7;
    case 'fix': return 8;
  }
}

/**
 * Per-asset random draws for common random numbers: every purpose has its own stream per
 * asset, so the k-th review of an asset costs the same under every model that reaches it.
 */
export class AssetDraws {
  private readonly samplers = new Map<Distribution, Sampler>();

  /** `reworkOn` false: no review can send work back, so rounds need no draws. */
  private readonly streams: EntityStreams;
  /** Each purpose's hashed (seed, purpose) prefix, by slot, looked up once. */
  private readonly families: HashState[];
  /**
   * Where each asset's streams live: the place of the stream for slot `k` of the asset in row
   * `r` (its `drawRow`) at `r * SLOTS + k` (-1: not made yet). One table for all assets instead
   * of a list per asset; a finished asset's row and stream places are released for the next
   * asset (`release`), so a long run's table stays as large as its open assets, not its total. A
   * plain array of small integers: it grows by pushes, and a typed array's off-heap buffer costs
   * more to allocate than a replication uses.
   */
  private readonly places: number[] = [];
  /** Rows released by finished assets, reused before the table grows. */
  private readonly freeRows: number[] = [];

  constructor(seed: string, private readonly reworkOn = true) {
    this.streams = new EntityStreams(seed);
    this.families = PURPOSES.map((purpose) => this.streams.family(purpose));
  }

  /** Where the asset's stream for a purpose lives, the stream made on first use. */
  private at(asset: Asset, purpose: Purpose): number {
    const slot = slotOf(purpose);
    if (asset.drawRow < 0) asset.drawRow = this.freeRows.pop() ?? this.places.length / SLOTS;
    const first = asset.drawRow * SLOTS;
    if (first + SLOTS > this.places.length) this.grow(first + SLOTS);
    const i = first + slot;
    let at = this.places[i];
    if (at < 0) {
      at = this.streams.openAt(this.families[slot], asset.keyHash0, asset.keyHash1);
      this.places[i] = at;
    }
    return at;
  }

  /**
   * The asset is finished and draws no more: its streams' places and its row go to the next
   * assets. Draws are unchanged (a stream's numbers do not depend on where it lives).
   */
  release(asset: Asset): void {
    const row = asset.drawRow;
    if (row < 0) return;
    for (let i = row * SLOTS; i < row * SLOTS + SLOTS; i++) {
      const at = this.places[i];
      if (at >= 0) {
        this.streams.release(at);
        this.places[i] = -1;
      }
    }
    this.freeRows.push(row);
    asset.drawRow = -1;
  }

  /** Extends the table of places to `length` entries, each -1 (nothing made yet). */
  private grow(length: number): void {
    while (this.places.length < length) this.places.push(-1);
  }

  /** The asset's stream for a purpose, as a function (each call makes one; `sample` and `uniform` need none). */
  stream(asset: Asset, purpose: Purpose): Random {
    const at = this.at(asset, purpose);
    return () => this.streams.next(at);
  }

  /** The stream a sampler draws from during `sample`: one function for every asset and purpose. */
  private current = 0;
  private readonly currentStream: Random = () => this.streams.next(this.current);

  /** Next value of `dist` on the asset's stream for `purpose`. */
  sample(asset: Asset, purpose: Purpose, dist: Distribution): number {
    // A constant reads no uniform, so its stream need not exist: opening one later (or never)
    // gives the same draws, as a stream's numbers depend only on its (seed, purpose, key).
    if (dist.kind === 'constant') return dist.value;
    let s = this.samplers.get(dist);
    if (!s) {
      s = sampler(dist);
      this.samplers.set(dist, s);
    }
    // A sampler draws only from the stream it is given, all at once: nothing moves `current` meanwhile.
    this.current = this.at(asset, purpose);
    return s(this.currentStream);
  }

  /** Next uniform on the asset's stream for `purpose`. */
  uniform(asset: Asset, purpose: Purpose): number {
    return this.streams.next(this.at(asset, purpose));
  }

  /**
   * The round drawn last, overwritten by the next `round` call: a round's draws are used at once
   * (a review is decided when it is drawn), so one object serves every round instead of six
   * allocations each (the object and five boxed doubles). Whoever keeps draws copies them.
   */
  private readonly lastRound: RoundDraws = { misread: 0, relitigation: 0, perfectionism: 0, question: 0, followUp: 0 };

  /**
   * The uniforms of the asset's next review round, always five, in a fixed order. The object is
   * valid until the next call; copy it to keep it.
   */
  round(asset: Asset): Readonly<RoundDraws> {
    if (!this.reworkOn) return NO_REWORK;
    const at = this.at(asset, 'outcome');
    const streams = this.streams;
    const r = this.lastRound;
    r.misread = streams.next(at);
    r.relitigation = streams.next(at);
    r.perfectionism = streams.next(at);
    r.question = streams.next(at);
    r.followUp = streams.next(at);
    return r;
  }
}
