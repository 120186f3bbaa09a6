/** murmur3's 32-bit finalizer: every input bit flips each output bit with probability about 1/2. */
export function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** murmur3_32 of a text's UTF-16 code units (one unit a block) from `seed`: a seed-independent name's word. */
export function hashText(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    let k = Math.imul(text.charCodeAt(i), 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h ^= k;
    h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  }
  return fmix32(h ^ text.length);
}

/** The seeds of an id's two words (see EntityStreams.openAt). */
export const HASH0_SEED = 0x9e3779b9;
export const HASH1_SEED = 0x7f4a7c15;
