/**
 * Baagøe's Alea generator exactly as seedrandom's `alea` builds and runs it (same seeding by Mash,
 * same numbers for the same key), made without seedrandom's wrapper: no generator object, no
 * Mash closure and no `int32`/`double`/`quick` functions hung on each stream. A replication
 * makes one per person and purpose (own work, turnover, picks): building them was a third of
 * flagship-launch's setup, and hashing the key three times, which this keeps, is most of it.
 */

const TWO_POW_32 = 0x100000000;
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** Mash's state `n` after hashing `data` from state `n` (the hash is `(n >>> 0) * 2^-32`). */
function mash(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * TWO_POW_32;
  }
  return n;
}

// Every Alea starts by hashing ' ' three times from Mash's initial state: the same three numbers.
const N0 = 0xefc8249d;
const N1 = mash(N0, ' ');
const N2 = mash(N1, ' ');
const N3 = mash(N2, ' ');
const S0 = (N1 >>> 0) * TWO_POW_MINUS_32;
const S1 = (N2 >>> 0) * TWO_POW_MINUS_32;
const S2 = (N3 >>> 0) * TWO_POW_MINUS_32;

/** The Alea stream seeded with `key`: the numbers of `seedrandom.alea(key)`. */
export function alea(key: string): () => number {
  let n = mash(N3, key);
  let s0 = S0 - (n >>> 0) * TWO_POW_MINUS_32;
  if (s0 < 0) s0 += 1;
  n = mash(n, key);
  let s1 = S1 - (n >>> 0) * TWO_POW_MINUS_32;
  if (s1 < 0) s1 += 1;
  n = mash(n, key);
  let s2 = S2 - (n >>> 0) * TWO_POW_MINUS_32;
  if (s2 < 0) s2 += 1;
  let c = 1;
  return () => {
    const t = 2091639 * s0 + c * TWO_POW_MINUS_32;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    return (s2 = t - c);
  };
}
