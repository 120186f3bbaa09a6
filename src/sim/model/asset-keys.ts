import { fmix32, hashText, HASH0_SEED, HASH1_SEED } from '../random/hash.js';
import type { CampaignSpec } from '../scenario/types.js';

/**
 * An asset's stable key (common random numbers) and the key hashed into two 32-bit words. The
 * hash does not depend on the seed, so a key is hashed once, when its campaign or stream is
 * first seen, and every replication's streams mix its words with their (seed, purpose) prefix
 * (EntityStreams.openAt) instead of hashing the text again per stream.
 */
export interface AssetKey {
  /** The key's text, or for a numbered key (routine work) its prefix. */
  text: string;
  /** A numbered key's number, written after the prefix; -1 when `text` is the whole key. */
  number: number;
  hash0: number;
  hash1: number;
}

/** The key `text`, hashed. */
export function assetKey(text: string): AssetKey {
  return { text, number: -1, hash0: hashText(text, HASH0_SEED), hash1: hashText(text, HASH1_SEED) };
}

/** The text of a key: its text, with a numbered key's number written after it. */
export function keyText(text: string, number: number): string {
  return number < 0 ? text : `${text}${number}`;
}

/**
 * The first word of numbered key `n` under a prefix hashed by `assetKey` (routine work's keys
 * are a stream's prefix and a count): integer mixing instead of hashing the digits' text. A
 * bijection of `n` for a given prefix, so no two numbers of one prefix share a word.
 */
export function numberedHash0(prefix: AssetKey, n: number): number {
  return fmix32((prefix.hash0 + Math.imul(n, 0x9e3779b9)) | 0);
}

/** The second word of numbered key `n` (see numberedHash0). */
export function numberedHash1(prefix: AssetKey, n: number): number {
  return fmix32(prefix.hash1 ^ Math.imul(n + 1, 0x85ebca6b));
}

/** The keys of one campaign's assets: its templates' (or one-off's) by type, variants' by type and channel. */
export interface CampaignKeys {
  templates: Map<string, AssetKey>;
  variants: Map<string, Map<string, AssetKey>>;
}

/** Each campaign spec's keys, built on first use and shared by every replication and model of a run. */
const byCampaign = new WeakMap<CampaignSpec, CampaignKeys>();

/** The keys of campaign `c`'s assets, named as they always were: "c<id>/<type>" and "c<id>/<type>/<channel>". */
export function campaignKeys(c: CampaignSpec): CampaignKeys {
  let keys = byCampaign.get(c);
  if (keys === undefined) {
    keys = { templates: new Map(), variants: new Map() };
    for (const type of c.assetTypes) {
      keys.templates.set(type, assetKey(`c${c.id}/${type}`));
      keys.variants.set(type, new Map(c.channels.map((channel) => [channel, assetKey(`c${c.id}/${type}/${channel}`)])));
    }
    byCampaign.set(c, keys);
  }
  return keys;
}
