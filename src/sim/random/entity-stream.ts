import { fmix32, hashText, HASH0_SEED, HASH1_SEED } from './hash.js';
import type { Random } from './stream.js';

/** sfc32 rounds run on a new stream's state before its first draw. */
const WARM_UP_ROUNDS = 4;

/** Hash state after mixing a prefix of the (seed, name, id) triple: four 32-bit words. */
export type HashState = Int32Array;

const START: HashState = Int32Array.of(0xdeadbeef ^ 0x9e3779b9, 0x41c6ce57, 0x85ebca6b, 0xc2b2ae35);

/**
 * Mixes one part (and a separator, so ("ab","c") and ("a","bc") differ) into a hash state,
 * written to `out`. Typed arrays, not number arrays: 32-bit words stay unboxed (see sfc32).
 */
function mix(state: HashState, text: string, out: HashState = new Int32Array(4)): HashState {
  let h1 = state[0];
  let h2 = state[1];
  let h3 = state[2];
  let h4 = state[3];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
    h3 = Math.imul(h3 ^ c, 2246822507);
    h4 = Math.imul(h4 ^ c, 3266489909);
  }
  out[0] = Math.imul(h1 ^ 0x1f, 2654435761);
  out[1] = Math.imul(h2 ^ 0x1f, 1597334677);
  out[2] = h3;
  out[3] = h4;
  return out;
}

/**
 * Words the next EntityStreams starts with: the most a previous one grew to, so that a run of
 * replications of one scenario allocates its state table once each instead of doubling it four or
 * five times (typed arrays are costly to allocate). Only sizes depend on it, never a draw.
 */
let statesCapacity = 4 * 64;
const MAX_HINTED_CAPACITY = 4 * 16384;

/**
 * Streams for entities that come and go by the thousand (one per asset and purpose). They are
 * derived from the same (seed, stream name, entity id) triple as every other stream, but hash it
 * into an sfc32 generator instead of building a seedrandom Alea: constructing an Alea (Mash over
 * the key) costs about 2 µs, which made stream creation 40% of a model run. The hash of the
 * (seed, name) prefix is kept, and an id can come hashed (openAt), so a new entity costs four
 * finalizer mixes and four generator rounds.
 *
 * The generators' states live side by side in one Int32Array owned by this object, four words a
 * stream, so a new stream allocates only its closure: a typed array apiece was a third of all the
 * memory a replication allocated. 32-bit words in a typed array also stay unboxed in browsers,
 * whose V8 keeps small integers to 31 bits.
 */
export class EntityStreams {
  private readonly prefixes = new Map<string, HashState>();
  private readonly seedState: HashState;
  /** sfc32 states: stream k's words a, b, c, d at 4k … 4k+3. */
  private states = new Int32Array(statesCapacity);
  private count = 0;
  /** Places of released streams, reused before the table grows (a long run's finished assets). */
  private readonly free: number[] = [];

  constructor(seed: string) {
    this.seedState = mix(START, seed);
  }

  /** The stream of (seed, name, id). */
  get(name: string, id: string): Random {
    const at = this.open(name, id);
    return () => this.next(at);
  }

  /**
   * Makes the stream of (seed, name, id) and returns where its state lives: draw from it with
   * `next`. A stream kept as this number costs no function object (an asset makes several).
   */
  open(name: string, id: string): number {
    return this.openIn(this.family(name), id);
  }

  /**
   * The hashed (seed, name) prefix that `openIn` starts from: callers that open many streams of
   * one name keep it, and skip the lookup by name per stream.
   */
  family(name: string): HashState {
    let prefix = this.prefixes.get(name);
    if (prefix === undefined) {
      prefix = mix(this.seedState, name);
      this.prefixes.set(name, prefix);
    }
    return prefix;
  }

  /** Like `open`, for the name whose `family` is `prefix`. */
  openIn(prefix: HashState, id: string): number {
    return this.openAt(prefix, hashText(id, HASH0_SEED), hashText(id, HASH1_SEED));
  }

  /**
   * Like `openIn`, for an id already hashed into two words (seed-independent, so hashed once per
   * id for every replication: see model/asset-keys.ts). The (seed, name) prefix's words and the
   * id's are mixed by integer arithmetic, each state word through murmur3's finalizer, which
   * leaves four rounds of warm-up enough where hashing text into the state needed twelve.
   */
  openAt(prefix: HashState, id0: number, id1: number): number {
    const a = fmix32(prefix[0] ^ id0);
    const b = fmix32(prefix[1] ^ id1);
    const c = fmix32((prefix[2] + id0) ^ b);
    const d = fmix32((prefix[3] + id1) ^ a);
    return this.sfc32(a, b, c, d);
  }

  /**
   * Chris Doty-Humphrey's Small Fast Counter (sfc32), seeded with four well-mixed words: uniform
   * doubles in [0, 1), after four rounds of warm-up (on locals: making a stream is as hot as
   * drawing from it).
   */
  private sfc32(a: number, b: number, c: number, d: number): number {
    for (let i = 0; i < WARM_UP_ROUNDS; i++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
    }
    const reused = this.free.pop();
    if (reused !== undefined) {
      this.states[reused] = a;
      this.states[reused + 1] = b;
      this.states[reused + 2] = c;
      this.states[reused + 3] = d;
      return reused;
    }
    if (4 * this.count === this.states.length) {
      const grown = new Int32Array(this.states.length * 2);
      grown.set(this.states);
      this.states = grown;
      statesCapacity = Math.min(Math.max(statesCapacity, grown.length), MAX_HINTED_CAPACITY);
    }
    const at = 4 * this.count++;
    this.states[at] = a;
    this.states[at + 1] = b;
    this.states[at + 2] = c;
    this.states[at + 3] = d;
    return at;
  }

  /**
   * Gives back the place of a stream that will not be drawn from again, for the next one opened.
   * A stream's numbers depend only on its (seed, name, id), never on its place.
   */
  release(at: number): void {
    this.free.push(at);
  }

  /** The next uniform of the stream `open` placed at `at`. */
  next(at: number): number {
    const s = this.states;
    const a = s[at];
    const b = s[at + 1];
    const c = s[at + 2];
    const d = s[at + 3];
    const t = (((a + b) | 0) + d) | 0;
    s[at] = b ^ (b >>> 9);
    s[at + 1] = (c + (c << 3)) | 0;
    s[at + 2] = (((c << 21) | (c >>> 11)) + t) | 0;
    s[at + 3] = (d + 1) | 0;
    return (t >>> 0) / 4294967296;
  }
}

/** One entity stream without a shared prefix cache. */
export function entityStream(seed: string, name: string, id: string): Random {
  return new EntityStreams(seed).get(name, id);
}
