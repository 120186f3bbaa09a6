import { describe, expect, it } from 'vitest';
import { normalCdf, normalUpper } from '../../src/sim/decide/normal-cdf.js';
import { EntityStreams } from '../../src/sim/random/entity-stream.js';
import { standardNormal } from '../../src/sim/random/normal.js';
import { createStream } from '../../src/sim/random/stream.js';

const N = 100_000;

/** N standard normal draws from one stream. */
function draws(rng: () => number): Float64Array {
  const z = new Float64Array(N);
  for (let k = 0; k < N; k++) z[k] = standardNormal(rng);
  return z;
}

const sources: [string, () => number][] = [
  ['an entity stream (sfc32)', new EntityStreams('7').get('normal', 'asset-1')],
  ['a named stream (Alea)', createStream(7, 'normal')],
];

describe('standard normal draws (ziggurat)', () => {
  for (const [name, rng] of sources) {
    const z = draws(rng);

    it(`have mean 0 and variance 1: ${name}`, () => {
      let sum = 0, sq = 0;
      for (const x of z) {
        sum += x;
        sq += x * x;
      }
      const mean = sum / N;
      // sd of the mean 1/sqrt(N); of the variance sqrt(2/N) = 0.0045: four of each.
      expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(N));
      expect(Math.abs(sq / N - mean * mean - 1)).toBeLessThan(4 * Math.sqrt(2 / N));
    });

    it(`follow the normal CDF (Kolmogorov–Smirnov, 0.001 level): ${name}`, () => {
      const sorted = Float64Array.from(z).sort();
      let d = 0;
      for (let k = 0; k < N; k++) {
        const p = normalCdf(sorted[k]);
        d = Math.max(d, (k + 1) / N - p, p - k / N);
      }
      // sqrt(N)·D exceeds 1.95 with probability 0.001 under the null.
      expect(Math.sqrt(N) * d).toBeLessThan(1.95);
    });

    it(`land beyond 3σ and beyond the ziggurat's base strip (3.44, 3.71) as often as the normal does: ${name}`, () => {
      // A million more draws: about 580 of them come from the tail method, 180 beyond 3.75.
      const many = new Float64Array(10 * N);
      for (let k = 0; k < many.length; k++) many[k] = standardNormal(rng);
      for (const cut of [3, 3.5, 3.75, 4]) {
        const expected = 2 * normalUpper(cut) * many.length;
        const seen = many.filter((x) => Math.abs(x) > cut).length;
        // A binomial count: 4 sd either side (Poisson sd sqrt(expected)), and at least 1 apart.
        expect(Math.abs(seen - expected)).toBeLessThan(4 * Math.sqrt(expected) + 1);
      }
      // Both tails, evenly: the sign is not lost in the tail method.
      const upper = many.filter((x) => x > 3).length;
      const lower = many.filter((x) => x < -3).length;
      expect(Math.abs(upper - lower)).toBeLessThan(4 * Math.sqrt(upper + lower));
    });
  }
});
