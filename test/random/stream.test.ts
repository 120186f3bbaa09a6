import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { createStream, RandomStreams } from '../../src/sim/index.js';

const take = (rng: () => number, n: number) => Array.from({ length: n }, () => rng());

describe('random streams', () => {
  it('the same (seed, name, id) gives the same draws', () => {
    expect(take(createStream(7, 'review', 3), 5)).toEqual(take(createStream(7, 'review', 3), 5));
  });

  it('different names, ids or seeds give different draws', () => {
    const base = take(createStream(7, 'review', 3), 5);
    expect(take(createStream(7, 'design', 3), 5)).not.toEqual(base);
    expect(take(createStream(7, 'review', 4), 5)).not.toEqual(base);
    expect(take(createStream(8, 'review', 3), 5)).not.toEqual(base);
  });

  it('adding a stream or an entity never shifts another stream\'s draws', () => {
    const a = new RandomStreams(42);
    const before = take(a.get('arrivals'), 10);
    const b = new RandomStreams(42);
    b.get('review', 1)();
    b.get('new-stream')();
    take(b.get('review', 99), 50);
    expect(take(b.get('arrivals'), 10)).toEqual(before);
  });

  it('draws are uniform on [0, 1)', () => {
    const xs = take(createStream(1, 'u'), 100_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean).toBeCloseTo(0.5, 2);
  });

  it('a stream draws the numbers of seedrandom\'s Alea for its (seed, name, id) key', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string()), fc.string(), fc.oneof(fc.nat(), fc.string()), (seed, name, id) => {
        const reference = seedrandom.alea(`${seed}\u241f${name}\u241f${id}`);
        expect(take(createStream(seed, name, id), 20)).toEqual(take(reference, 20));
      }),
    );
  });
});
