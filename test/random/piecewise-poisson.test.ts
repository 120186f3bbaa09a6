import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStream, expectedArrivals, peakRate, poissonArrivals, sampler, type PiecewiseRate } from '../../src/sim/index.js';

/** Every arrival of one run of the process. */
function arrivals(rate: PiecewiseRate, seed: string): number[] {
  const next = poissonArrivals(rate, createStream(seed, 'nhpp'));
  const out: number[] = [];
  for (let t = next(); t !== Infinity; t = next()) out.push(t);
  return out;
}

describe('a piecewise-constant Poisson process by inversion', () => {
  it('with one constant phase, arrives exactly where exponential gaps of mean 1/rate put arrivals', () => {
    // Inversion draws one uniform an arrival, -ln(1-u)/rate: the same numbers a homogeneous stream draws.
    const rate: PiecewiseRate = { startMin: [0], ratePerMin: [1 / 25], endMin: 10_000 };
    const gap = sampler({ kind: 'exponential', mean: 25 });
    const rng = createStream('same', 'nhpp');
    const times: number[] = [];
    for (let t = gap(rng); t < 10_000; t += gap(rng)) times.push(t);
    const got = arrivals(rate, 'same');
    expect(got).toHaveLength(times.length);
    got.forEach((t, i) => expect(t).toBeCloseTo(times[i], 6));
  });

  it('puts no arrival in a zero-rate phase, before the first phase or after the end', () => {
    // 0–100: none before 100 (the first phase starts there); 100–200: rate 1; 200–300: none; 300–400: rate 1; end 400.
    const rate: PiecewiseRate = { startMin: [100, 200, 300], ratePerMin: [1, 0, 1], endMin: 400 };
    const got = arrivals(rate, 'gaps');
    expect(got.length).toBeGreaterThan(150);
    for (const t of got) expect((t >= 100 && t < 200) || (t >= 300 && t < 400)).toBe(true);
  });

  it('integrates the rate: 2/min for 30 min, nothing for 60, 0.5/min for 40 is 60 + 0 + 20 = 80 arrivals expected', () => {
    const rate: PiecewiseRate = { startMin: [0, 30, 90], ratePerMin: [2, 0, 0.5], endMin: 130 };
    expect(expectedArrivals(rate)).toBe(80);
    expect(expectedArrivals(rate, 20, 100)).toBe(20 + 0 + 5);
    expect(peakRate(rate)).toBe(2);
  });

  it('a rate of zero everywhere gives no arrival at all', () => {
    expect(arrivals({ startMin: [0, 50], ratePerMin: [0, 0], endMin: 1000 }, 'none')).toEqual([]);
  });

  it('arrivals never run backwards and stay inside the phases that have a rate (any phases, any seed)', () => {
    const phase = fc.record({ length: fc.double({ min: 0, max: 500, noNaN: true }), rate: fc.oneof(fc.constant(0), fc.double({ min: 1e-4, max: 2, noNaN: true })) });
    fc.assert(
      fc.property(fc.array(phase, { minLength: 1, maxLength: 12 }), fc.string(), (phases, seed) => {
        const startMin: number[] = [];
        let t = 0;
        for (const p of phases) {
          startMin.push(t);
          t += p.length;
        }
        const rate: PiecewiseRate = { startMin, ratePerMin: phases.map((p) => p.rate), endMin: t };
        const got = arrivals(rate, seed);
        let last = 0;
        for (const a of got) {
          expect(a).toBeGreaterThanOrEqual(last);
          expect(a).toBeLessThan(rate.endMin);
          // The phase holding the arrival has a rate.
          let i = startMin.length - 1;
          while (startMin[i] > a) i--;
          expect(rate.ratePerMin[i]).toBeGreaterThan(0);
          last = a;
        }
      }),
      { numRuns: 300 },
    );
  });
});
