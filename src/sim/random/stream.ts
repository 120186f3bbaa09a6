import { alea } from './alea.js';

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * A seeded stream derived from (seed, stream name, entity id). Each stream is independent of
 * every other, so adding a stream or an entity never shifts another's draws.
 */
export function createStream(seed: number | string, name: string, id: number | string = ''): Random {
  return alea(`${seed}\u241f${name}\u241f${id}`);
}

/** Named streams of one replication's seed, cached by (name, id). */
export class RandomStreams {
  private readonly cache = new Map<string, Random>();

  constructor(readonly seed: number | string) {}

  /** The stream for `name` (and optional entity id), created on first use. */
  get(name: string, id: number | string = ''): Random {
    const key = `${name}\u241f${id}`;
    let stream = this.cache.get(key);
    if (!stream) {
      stream = createStream(this.seed, name, id);
      this.cache.set(key, stream);
    }
    return stream;
  }
}

/** The seed of replication `index` of a run seeded with `seed`. */
export function replicationSeed(seed: number | string, index: number): string {
  return `${seed}#${index}`;
}
