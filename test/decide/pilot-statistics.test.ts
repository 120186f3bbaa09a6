import { describe, expect, it } from 'vitest';
import { normalCdf, normalUpper } from '../../src/sim/decide/normal-cdf.js';
import { midranks, rankSumTest } from '../../src/sim/decide/rank-sum.js';
import { twoProportionMde, twoProportionPower, twoProportionTest } from '../../src/sim/decide/two-proportion.js';
import { rejectionRate, weeksFor } from '../../src/sim/decide/pilot-power.js';
import { WEEK_MIN, windowSample, windowVerdict } from '../../src/sim/decide/pilot-window.js';
import { cycleTimeMde } from '../../src/sim/decide/pilot-mde.js';
import { elementaryEffects, morrisTrajectories } from '../../src/sim/decide/morris.js';
import { createStream } from '../../src/sim/index.js';

/** Every subset of size k of 0..n−1. */
function* subsets(n: number, k: number, from = 0, chosen: number[] = []): Generator<number[]> {
  if (chosen.length === k) yield chosen;
  else for (let i = from; i < n; i++) yield* subsets(n, k, i + 1, [...chosen, i]);
}

/** A standard normal draw (Box–Muller) from a seeded stream. */
const normal = (rng: () => number) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

describe('normal CDF', () => {
  it('Φ(0) = ½, Φ(1.959964) = 0.975, Φ(−3) = 0.0013499, and the upper tail at 6 is 9.87e-10', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-3)).toBeCloseTo(0.0013499, 6);
    expect(normalUpper(6) / 9.8659e-10).toBeCloseTo(1, 3);
  });
});

describe('Wilcoxon rank-sum test', () => {
  it('midranks share the ranks of a tie and Σ(t³ − t) counts each group of ties', () => {
    // 1 → 1; the three 2s share ranks 2, 3, 4 → 3; 3 → 5; the two 5s share 6, 7 → 6.5.
    const { ranks, tieSum } = midranks([2, 1, 5, 2, 3, 2, 5]);
    expect(ranks).toEqual([3, 1, 6.5, 3, 5, 3, 6.5]);
    expect(tieSum).toBe(3 * 3 * 3 - 3 + (2 * 2 * 2 - 2));
  });

  it('exact: {1,2,3} against {4,5,6} is the most extreme of C(6,3) = 20 splits, two-sided p = 2/20', () => {
    const t = rankSumTest([1, 2, 3], [4, 5, 6]);
    expect(t).toMatchObject({ u: 0, rankSum: 6, method: 'exact' });
    expect(t.p).toBeCloseTo(0.1, 12);
  });

  it('exact: {1.5, 3, 7, 2} against {4, 5, 6, 9, 10}: U = 3, p = 14/126 (scipy mannwhitneyu exact: 0.1111)', () => {
    // Ranks of x: 1, 3, 7, 2 → W = 13, U = 13 − 10 = 3; P(U ≤ 3) = 7/126 under the null, doubled.
    const t = rankSumTest([1.5, 3, 7, 2], [4, 5, 6, 9, 10]);
    expect(t.u).toBe(3);
    expect(t.p).toBeCloseTo(14 / 126, 12);
  });

  it('exact with ties: the permutation distribution of the midranks, as counted by enumerating every split (10 of 126)', () => {
    const x = [1, 2, 2, 3];
    const y = [2, 3, 4, 5, 5];
    const { ranks } = midranks([...x, ...y]);
    const centre = (4 * ranks.reduce((a, b) => a + b, 0)) / ranks.length;
    const observed = ranks.slice(0, 4).reduce((a, b) => a + b, 0);
    let extreme = 0;
    let all = 0;
    for (const s of subsets(9, 4)) {
      all++;
      if (Math.abs(s.reduce((a, i) => a + ranks[i], 0) - centre) >= Math.abs(observed - centre) - 1e-9) extreme++;
    }
    expect([extreme, all]).toEqual([10, 126]);
    expect(rankSumTest(x, y).p).toBeCloseTo(10 / 126, 12);
  });

  it('normal approximation: 1..11 against 12..22, U = 0, z = 60/√231.92 = 3.9399, p = 8.1515e-5 (scipy, continuity-corrected)', () => {
    const x = Array.from({ length: 11 }, (_, i) => i + 1);
    const y = Array.from({ length: 11 }, (_, i) => i + 12);
    const t = rankSumTest(x, y);
    expect(t.method).toBe('normal');
    expect(t.p / 8.151536127743244e-5).toBeCloseTo(1, 5);
  });

  it('normal approximation with the tie correction: U = 43.5, p = 0.063330 (scipy mannwhitneyu asymptotic)', () => {
    // n1 = 12, n2 = 13; ties: 2 ×3, 3 ×4, 4 ×2, 9 ×3, 13 ×2, 15 ×2 → Σ(t³−t) = 24+60+6+24+6+6 = 126;
    // var = 12·13/12 · (26 − 126/600) = 335.27; z = (|43.5 − 78| − 0.5)/18.310 = 1.8569.
    const t = rankSumTest([1, 2, 2, 3, 3, 3, 5, 8, 9, 9, 10, 12], [2, 3, 4, 4, 6, 7, 9, 11, 13, 13, 14, 15, 15]);
    expect(t.u).toBe(43.5);
    expect(t.p).toBeCloseTo(0.06332960900152534, 6);
  });

  it('cannot be computed with an empty group or when every value is tied (p is NaN)', () => {
    expect(rankSumTest([], [1, 2]).p).toBeNaN();
    expect(rankSumTest([3, 3], [3, 3, 3]).p).toBeNaN();
  });

  it('is exact: on continuous null data its rejection rate is the share of splits with p < α (5 against 5: 8 of 252)', () => {
    // Two-sided p < 0.05 for 5 vs 5 needs U ≤ 1 or U ≥ 24: 4 splits on each side of 252 (p = 8/252 = 0.032).
    const rng = createStream(7, 'rank-sum-null');
    let rejected = 0;
    const trials = 4000;
    for (let i = 0; i < trials; i++) {
      const draw = () => Array.from({ length: 5 }, () => normal(rng));
      if (rankSumTest(draw(), draw()).p < 0.05) rejected++;
    }
    const [lo, hi] = rejectionRate(Array.from({ length: trials }, (_, i) => i < rejected)).ci95;
    expect(lo).toBeLessThan(8 / 252);
    expect(hi).toBeGreaterThan(8 / 252);
  });

  it('its power against a normal shift of ½ sd with 40 a side matches Noether\'s approximation, Φ(√(12·n1·n2/(N+1))·|Φ(δ/√2) − ½| − 1.96) = 0.567', () => {
    const rng = createStream(11, 'rank-sum-power');
    const trials = 1500;
    const verdicts: boolean[] = [];
    for (let i = 0; i < trials; i++) {
      const x = Array.from({ length: 40 }, () => normal(rng));
      const y = Array.from({ length: 40 }, () => normal(rng) + 0.5);
      verdicts.push(rankSumTest(x, y).p < 0.05);
    }
    const noether = normalCdf(Math.sqrt((12 * 40 * 40) / 81) * Math.abs(normalCdf(0.5 / Math.SQRT2) - 0.5) - 1.959964);
    const { ci95 } = rejectionRate(verdicts);
    expect(noether).toBeCloseTo(0.567, 2);
    // Noether's formula is itself an approximation (within about 0.02 here): the interval widened by that.
    expect(ci95[0] - 0.02).toBeLessThan(noether);
    expect(ci95[1] + 0.02).toBeGreaterThan(noether);
  });
});

describe('two-proportion z-test', () => {
  it('30 of 100 against 20 of 100: pooled 0.25, z = 0.1/√(0.25·0.75·0.02) = 1.63299, p = 0.10247', () => {
    const t = twoProportionTest(30, 100, 20, 100);
    expect(t.z).toBeCloseTo(1.63299, 5);
    expect(t.p).toBeCloseTo(0.10247043485974937, 6);
  });

  it('cannot be computed with an empty group or when nothing (or everything) was reworked', () => {
    expect(twoProportionTest(0, 0, 3, 10).p).toBeNaN();
    expect(twoProportionTest(0, 10, 0, 12).p).toBeNaN();
    expect(twoProportionTest(10, 10, 12, 12).p).toBeNaN();
  });

  it('power: 0.5 against 0.3 with 100 a side is 0.83 (textbook value; α = 0.05)', () => {
    // Fleiss without continuity correction: (0.2 − 1.96·√(0.4·0.6·0.02))/√(0.0025 + 0.0021) = 0.8281.
    expect(twoProportionPower({ p1: 0.5, n1: 100, p2: 0.3, n2: 100, alpha: 0.05 })).toBeCloseTo(0.828, 2);
  });

  it('the minimum detectable change has exactly the power asked for, and is null when no change in that direction reaches it', () => {
    const up = twoProportionMde({ p0: 0.3, n0: 100, n1: 100, alpha: 0.05, power: 0.8, direction: 'up' })!;
    expect(twoProportionPower({ p1: 0.3 + up, n1: 100, p2: 0.3, n2: 100, alpha: 0.05 })).toBeCloseTo(0.8, 6);
    expect(up).toBeGreaterThan(0.15);
    expect(up).toBeLessThan(0.2);
    expect(twoProportionMde({ p0: 0.1, n0: 3, n1: 2, alpha: 0.05, power: 0.8, direction: 'down' })).toBeNull();
  });
});

describe('power of a pilot', () => {
  it('a power estimate is a share of rejections with its Wilson interval; untestable pilots count as not rejecting', () => {
    const r = rejectionRate([true, true, true, true, true, true, true, true, false, null]);
    expect(r).toMatchObject({ rejections: 8, untestable: 1, rate: 0.8 });
    expect(r.ci95[0]).toBeCloseTo(0.4902, 4);
    expect(r.ci95[1]).toBeCloseTo(0.9433, 4);
  });

  it('a window keeps the assets first submitted in it and approved by its end, split by route', () => {
    const rows = {
      submittedMin: [0, 100, 200, WEEK_MIN - 10, WEEK_MIN + 5],
      cycleMin: [60, 120, 180, 60, 10],
      routed: [1, 0, 1, 1, 0],
      reworked: [1, 0, 0, 1, 1],
    };
    // The fourth is approved after the week ends; the fifth starts after it.
    const s = windowSample(rows, 0, WEEK_MIN);
    expect(s).toEqual({ pilotHours: [1, 3], baselineHours: [2], pilotReworked: 1, baselineReworked: 0 });
    expect(windowVerdict(s, 0.05)).toEqual({ cycleTime: false, rework: false });
  });

  it('the weeks needed are the first length whose power reaches the target', () => {
    const at = (weeks: number, c: number, r: number) => ({ weeks, cycleTime: { rate: c }, rework: { rate: r } });
    const lengths = [at(1, 0.3, 0.1), at(2, 0.79, 0.2), at(3, 0.8, 0.3), at(4, 0.95, 0.4)];
    expect(weeksFor(lengths, 'cycleTime', 0.8)).toBe(3);
    expect(weeksFor(lengths, 'rework', 0.8)).toBeNull();
  });

  it('the location-shift MDE is where the rank-sum test starts rejecting in 80% of windows: 20 a side of N(10, 1) hours need about 0.9 h', () => {
    // Analytic (Noether): |Φ(d/√2) − ½| = (1.96 + 0.84)/√(12·400/41) = 0.2588 → d = 0.99; the exact
    // distribution and the continuity correction move it a little. Shifting by the MDE gives 80%.
    const rng = createStream(3, 'mde');
    const samples = Array.from({ length: 300 }, () => ({
      pilotHours: Array.from({ length: 20 }, () => 10 + normal(rng)),
      baselineHours: Array.from({ length: 20 }, () => 10 + normal(rng)),
      pilotReworked: 0,
      baselineReworked: 0,
    }));
    const faster = cycleTimeMde({ samples, alpha: 0.05, power: 0.8, direction: 'faster' })!;
    expect(faster).toBeGreaterThan(0.8);
    expect(faster).toBeLessThan(1.2);
    const rate = (shift: number) => samples.filter((s) => windowVerdict(s, 0.05, shift).cycleTime).length / samples.length;
    expect(rate(-faster)).toBeGreaterThanOrEqual(0.8);
    expect(rate(-faster * 0.97)).toBeLessThan(0.8);
  });
});

describe('Morris elementary effects', () => {
  it('each trajectory switches every lever exactly once, one a step', () => {
    const rng = createStream(1, 'morris-test');
    for (const t of morrisTrajectories(6, 5, rng)) {
      expect(t.settings).toHaveLength(7);
      expect([...t.changed].sort()).toEqual([0, 1, 2, 3, 4, 5]);
      t.changed.forEach((i, j) => {
        const differ = t.settings[j].map((v, l) => (v !== t.settings[j + 1][l] ? l : -1)).filter((l) => l >= 0);
        expect(differ).toEqual([i]);
      });
    }
  });

  it('y = 3·a + 2·a·c (b inert): a has μ = 3 + 2·(share of c high) and σ > 0, b has μ* = 0, c has μ* = 2·(share of a high)', () => {
    const trajectories = morrisTrajectories(3, 40, createStream(2, 'morris-test'));
    const f = (x: boolean[]) => 3 * +x[0] + 2 * +x[0] * +x[2];
    const values = trajectories.map((t) => t.settings.map(f));
    const [a, b, c] = elementaryEffects(trajectories, values, 3);
    // Every effect of a is 3 (c low) or 5 (c high); of c, 0 (a low) or 2 (a high).
    expect(a.mu).toBeGreaterThanOrEqual(3);
    expect(a.mu).toBeLessThanOrEqual(5);
    expect(a.muStar).toBe(a.mu);
    expect(a.sigma).toBeGreaterThan(0.5);
    expect(b).toEqual({ mu: 0, muStar: 0, sigma: 0, effects: 40 });
    expect(c.mu).toBeGreaterThan(0);
    expect(c.mu).toBeLessThan(2);
    expect(a.effects).toBe(40);
  });
});
