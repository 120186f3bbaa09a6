import { sampler, type Distribution, type Sampler } from '../random/distribution.js';
import type { Random } from '../random/stream.js';
import { EntityStreams } from '../random/entity-stream.js';
import type { Asset } from './asset.js';
import type { RoundDraws } from './outcome.js';

const NO_REWORK: RoundDraws = Object.freeze({ misread: 1, relitigation: 1, perfectionism: 1, question: 1, followUp: 1 });

/** What an asset's draws are for; each purpose has its own stream per asset, named after it. */
export type Purpose = 'effort' | 'note' | 'defect' | 'outcome' | 'review' | 'feedback' | 'clarify' | 'discussion' | 'fix';

/**
 * Each purpose's slot in an asset's list of streams. Fixed, so that finding a stream is an array
 * index, not a Map lookup per draw; the stream itself is named by the purpose, so slots never
 * change a draw.
 */
const SLOT: Readonly<Record<Purpose, number>> = {
  effort: 0, note: 1, defect: 2, outcome: 3, review: 4, feedback: 5, clarify: 6, discussion: 7, fix: 8,
};
const SLOTS = Object.keys(SLOT).length;

/**
 * Per-asset random draws for common random numbers: every purpose has its own stream per
 * asset, so the k-th review of an asset costs the same under every model that reaches it.
 */
export class AssetDraws {
  private readonly samplers = new Map<Distribution, Sampler>();

  /** `reworkOn` false: no review can send work back, so rounds need no draws. */
  private readonly streams: EntityStreams;

  constructor(seed: string, private readonly reworkOn = true) {
    this.streams = new EntityStreams(seed);
  }

  /**
   * The asset's stream for a purpose, created on first use and kept on the asset: in a short
   * list indexed by purpose, which costs an asset far less than a Map of its own.
   */
  stream(asset: Asset, purpose: Purpose): Random {
    let streams = asset.streams;
    if (streams === null) streams = asset.streams = new Array<Random | undefined>(SLOTS).fill(undefined);
    const slot = SLOT[purpose];
    let rng = streams[slot];
    if (rng === undefined) {
      rng = this.streams.get(purpose, asset.key);
      streams[slot] = rng;
    }
    return rng;
  }

  /** Next value of `dist` on the asset's stream for `purpose`. */
  sample(asset: Asset, purpose: Purpose, dist: Distribution): number {
    let s = this.samplers.get(dist);
    if (!s) {
      s = sampler(dist);
      this.samplers.set(dist, s);
    }
    return s(this.stream(asset, purpose));
  }

  /** Next uniform on the asset's stream for `purpose`. */
  uniform(asset: Asset, purpose: Purpose): number {
    return this.stream(asset, purpose)();
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
    const rng = this.stream(asset, 'outcome');
    const r = this.lastRound;
    r.misread = rng();
    r.relitigation = rng();
    r.perfectionism = rng();
    r.question = rng();
    r.followUp = rng();
    return r;
  }
}
