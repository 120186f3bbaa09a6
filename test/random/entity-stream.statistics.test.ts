import { describe, expect, it } from 'vitest';
import { assetKey, numberedHash0, numberedHash1 } from '../../src/sim/model/asset-keys.js';
import { EntityStreams } from '../../src/sim/random/entity-stream.js';

// Streams are opened from (seed, purpose) prefix words and an asset key's words by integer
// mixing and four generator rounds. Assets' keys come in runs of near neighbours (s0, s1, s2, …;
// c1/hero/web, c1/hero/mobile, …), so the first draws of neighbouring keys' streams must look
// independent and uniform. Each check's threshold is the 0.999 quantile of its statistic under
// independence. A mixer that passes the words through (fmix32 as the identity, a routine key's
// words its number) fails the neighbour checks (correlation 0.18 and 0.42, pair chi-square 372):
// its first draws are still spread evenly (chi-square 44-89), which the four generator rounds do
// alone, so the marginal check is two-sided (too even is a Weyl sequence's symptom) but weak.
const N = 10_000;
const BINS = 100;
/** The 0.999 and 0.001 quantiles of chi-square with 99 degrees of freedom. */
const CHI2_99_999 = 148.2;
const CHI2_99_001 = 61.1;

/** First draws of the streams of N consecutive routine keys ("s0" … "s9999"), for one seed and purpose. */
function routineFirstDraws(seed: string, purpose: string): number[] {
  const streams = new EntityStreams(seed);
  const prefix = assetKey('s');
  const family = streams.family(purpose);
  const out: number[] = [];
  for (let n = 0; n < N; n++) out.push(streams.next(streams.openAt(family, numberedHash0(prefix, n), numberedHash1(prefix, n))));
  return out;
}

/** First draws of the streams of N campaign-like keys hashed from their text ("c0/hero" … ). */
function textFirstDraws(seed: string, purpose: string): number[] {
  const streams = new EntityStreams(seed);
  const family = streams.family(purpose);
  const out: number[] = [];
  for (let n = 0; n < N; n++) {
    const key = assetKey(`c${n}/hero`);
    out.push(streams.next(streams.openAt(family, key.hash0, key.hash1)));
  }
  return out;
}

/** Pearson's chi-square of `u` over BINS equal bins of [0, 1). */
function chiSquare(u: number[]): number {
  const counts = new Array<number>(BINS).fill(0);
  for (const x of u) counts[Math.floor(x * BINS)]++;
  const expected = u.length / BINS;
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

/** Chi-square of the pairs (u[k], u[k+1]) over a 10 × 10 grid: neighbours' joint uniformity. */
function pairChiSquare(u: number[]): number {
  const counts = new Array<number>(100).fill(0);
  for (let k = 0; k + 1 < u.length; k++) counts[Math.floor(u[k] * 10) * 10 + Math.floor(u[k + 1] * 10)]++;
  const expected = (u.length - 1) / 100;
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

/** Pearson correlation of u[k] with u[k+1]. */
function neighbourCorrelation(u: number[]): number {
  const x = u.slice(0, -1);
  const y = u.slice(1);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0, sxx = 0, syy = 0;
  for (let k = 0; k < x.length; k++) {
    sxy += (x[k] - mx) * (y[k] - my);
    sxx += (x[k] - mx) ** 2;
    syy += (y[k] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('entity streams of neighbouring keys', () => {
  const cases: [string, number[]][] = [
    ['routine keys s0 … s9999, seed "11#0", purpose effort', routineFirstDraws('11#0', 'effort')],
    ['routine keys, seed "11#1", purpose outcome', routineFirstDraws('11#1', 'outcome')],
    ['text keys c0/hero … c9999/hero, seed "2026#0", purpose review', textFirstDraws('2026#0', 'review')],
  ];

  for (const [name, u] of cases) {
    it(`first draws are uniform (chi-square over ${BINS} bins): ${name}`, () => {
      expect(chiSquare(u)).toBeLessThan(CHI2_99_999);
      expect(chiSquare(u)).toBeGreaterThan(CHI2_99_001);
    });

    it(`first draws of neighbouring keys are uncorrelated and jointly uniform: ${name}`, () => {
      // The correlation of N independent pairs has sd 1/sqrt(N) = 0.01; 3.3 sd is the 0.999 level.
      expect(Math.abs(neighbourCorrelation(u))).toBeLessThan(3.3 / Math.sqrt(N));
      expect(pairChiSquare(u)).toBeLessThan(CHI2_99_999);
    });
  }

  it('the same keys under two seeds, or two purposes, draw unrelated first numbers', () => {
    const a = routineFirstDraws('11#0', 'effort');
    const pairs = (b: number[]) => {
      const counts = new Array<number>(100).fill(0);
      for (let k = 0; k < N; k++) counts[Math.floor(a[k] * 10) * 10 + Math.floor(b[k] * 10)]++;
      return counts.reduce((s, c) => s + (c - N / 100) ** 2 / (N / 100), 0);
    };
    expect(pairs(routineFirstDraws('11#1', 'effort'))).toBeLessThan(CHI2_99_999);
    expect(pairs(routineFirstDraws('11#0', 'review'))).toBeLessThan(CHI2_99_999);
  });
});
