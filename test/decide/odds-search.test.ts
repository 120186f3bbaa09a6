import { describe, expect, it } from 'vitest';
import { searchOdds } from '../../src/sim/decide/odds-search.js';
import { summarizeOdds } from '../../src/sim/decide/odds-summary.js';
import { createStream } from '../../src/sim/index.js';

/** A search on synthetic completions: replication i completes at minute 1 with probability p (else at 2), from its own stream. */
function synthetic(p: number, seed: number, precision: number) {
  return searchOdds({
    models: ['async'],
    deadlineMin: 1,
    rule: { precision, maxReplications: 2000, confidence: 0.95 },
    batch: 25,
    run: async (requests) =>
      new Map(requests.map((r) => [r.key, Array.from({ length: r.to - r.from }, (_, k) => (createStream(seed, 'odds', r.from + k)() < p ? 1 : 2))])),
  });
}

describe('the sequential estimate of the odds', () => {
  it('stops at the first batch whose interval is narrow enough, in whole batches', async () => {
    const [t] = await synthetic(0.5, 1, 0.1);
    // p ≈ 0.5 needs about 96 replications for ±0.1: the fourth batch of 25.
    expect(t.stoppedBy).toBe('precision');
    expect(t.completions.length % 25).toBe(0);
    const s = summarizeOdds(t.completions, 1, 0.95);
    expect((s.interval[1] - s.interval[0]) / 2).toBeLessThanOrEqual(0.1);
    const before = summarizeOdds(t.completions.slice(0, -25), 1, 0.95);
    expect((before.interval[1] - before.interval[0]) / 2).toBeGreaterThan(0.1);
  });

  it('keeps its 95% coverage although it stops on the data (over 1,000 seeded searches)', async () => {
    for (const p of [0.1, 0.5, 0.9]) {
      let covered = 0;
      const searches = 1000;
      for (let seed = 0; seed < searches; seed++) {
        const [t] = await synthetic(p, 10_000 + seed, 0.05);
        const [lo, hi] = summarizeOdds(t.completions, 1, 0.95).interval;
        if (lo <= p && p <= hi) covered++;
      }
      // 3 sd of 1,000 draws at 95% is 2.1 points.
      expect(covered / searches, `p = ${p}`).toBeGreaterThan(0.95 - 0.021);
    }
  });
});
