import { describe, expect, it } from 'vitest';
import { checkDistribution, createStream, meanOf, sampler, type Distribution } from '../../src/sim/index.js';

const N = 200_000;

function moments(d: Distribution): { mean: number; sd: number; min: number } {
  const s = sampler(d);
  const rng = createStream(3, 'dist', d.kind);
  let sum = 0, sq = 0, min = Infinity;
  for (let i = 0; i < N; i++) {
    const x = s(rng);
    sum += x;
    sq += x * x;
    min = Math.min(min, x);
  }
  const mean = sum / N;
  return { mean, sd: Math.sqrt(sq / N - mean * mean), min };
}

describe('distributions', () => {
  const cases: Array<[Distribution, number]> = [
    [{ kind: 'constant', value: 20 }, 0],
    [{ kind: 'exponential', mean: 25 }, 25],
    [{ kind: 'lognormal', mean: 60, sd: 30 }, 30],
    [{ kind: 'gamma', mean: 60, sd: 30 }, 30],
    [{ kind: 'gamma', mean: 10, sd: 20 }, 20],
    [{ kind: 'triangular', min: 5, mode: 10, max: 20 }, Math.sqrt((25 + 100 + 400 - 50 - 100 - 200) / 18)],
    [{ kind: 'uniform', min: 10, max: 30 }, 20 / Math.sqrt(12)],
    [{ kind: 'empirical', values: [10, 20, 60] }, Math.sqrt((400 + 0 + 1600 * 1) / 3 - 0) * 0 + Math.sqrt(((10 - 30) ** 2 + (20 - 30) ** 2 + (60 - 30) ** 2) / 3)],
  ];
  for (const [d, sd] of cases) {
    it(`${d.kind} has its stated mean and spread and is never negative`, () => {
      const m = moments(d);
      expect(m.min).toBeGreaterThanOrEqual(0);
      expect(Math.abs(m.mean - meanOf(d)) / meanOf(d)).toBeLessThan(0.01);
      if (sd > 0) expect(Math.abs(m.sd - sd) / sd).toBeLessThan(0.03);
      else expect(m.sd).toBeLessThan(1e-6);
    });
  }

  it('reports every bad parameter by field', () => {
    expect(checkDistribution({ kind: 'exponential', mean: -5 })).toEqual([{ field: 'mean', message: 'must be positive' }]);
    expect(checkDistribution({ kind: 'lognormal', mean: 0, sd: 0 }).map((p) => p.field)).toEqual(['mean', 'sd']);
    expect(checkDistribution({ kind: 'triangular', min: 10, mode: 5, max: 4 }).map((p) => p.field)).toContain('mode');
    expect(checkDistribution({ kind: 'uniform', min: 3, max: 3 }).map((p) => p.field)).toEqual(['max']);
    expect(checkDistribution({ kind: 'empirical', values: [] }).map((p) => p.field)).toEqual(['values']);
    expect(checkDistribution({ kind: 'gamma', mean: 5, sd: 2 })).toEqual([]);
  });
});
