import { sampler, type Distribution, type Sampler } from '../random/distribution.js';
import type { Random } from '../random/stream.js';
import { EntityStreams } from '../random/entity-stream.js';
import type { Asset } from './asset.js';
import type { RoundDraws } from './outcome.js';

const NO_REWORK: RoundDraws = Object.freeze({ misread: 1, relitigation: 1, perfectionism: 1, question: 1, followUp: 1 });

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

  /** Each purpose's index in an asset's list of streams (a handful of purposes, shared by all assets). */
  private readonly purposes = new Map<string, number>();

  /**
   * The asset's stream for a purpose, created on first use and kept on the asset: in a short
   * list indexed by purpose, which costs an asset far less than a Map of its own.
   */
  stream(asset: Asset, purpose: string): Random {
    let index = this.purposes.get(purpose);
    if (index === undefined) this.purposes.set(purpose, (index = this.purposes.size));
    let streams = asset.streams;
    if (streams === null) streams = asset.streams = [];
    let rng = streams[index];
    if (rng === undefined) {
      rng = this.streams.get(purpose, asset.key);
      while (streams.length < index) streams.push(undefined);
      streams[index] = rng;
    }
    return rng;
  }

  /** Next value of `dist` on the asset's stream for `purpose`. */
  sample(asset: Asset, purpose: string, dist: Distribution): number {
    let s = this.samplers.get(dist);
    if (!s) {
      s = sampler(dist);
      this.samplers.set(dist, s);
    }
    return s(this.stream(asset, purpose));
  }

  /** Next uniform on the asset's stream for `purpose`. */
  uniform(asset: Asset, purpose: string): number {
    return this.stream(asset, purpose)();
  }

  /** The uniforms of the asset's next review round, always five, in a fixed order. */
  round(asset: Asset): RoundDraws {
    if (!this.reworkOn) return NO_REWORK;
    const rng = this.stream(asset, 'outcome');
    return { misread: rng(), relitigation: rng(), perfectionism: rng(), question: rng(), followUp: rng() };
  }
}
