import { describe, expect, it } from 'vitest';
import { answerOf } from '../../src/sim/decide/size-answer.js';
import { searchSize, type SizeSearchOptions } from '../../src/sim/decide/size-search.js';
import { checkTarget, combineVerdicts, lookSchedule, perCheckConfidence } from '../../src/sim/decide/sequential-checks.js';
import { paretoFront } from '../../src/sim/decide/pareto.js';
import { parseTarget, type Target } from '../../src/sim/decide/target.js';
import { createStream, type Random } from '../../src/sim/index.js';

const target = (text: string): Target => parseTarget(text) as Target;

/** A standard normal draw (Box–Muller). */
function normal(rng: Random): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/**
 * A search on synthetic candidates whose replication values are normal with known means (sd 1):
 * candidate k's value at replication i is drawn from its own stream, so a search is reproducible.
 * The cost of candidate k is k (a setting).
 */
function synthetic(means: readonly number[], seed: number, options: Partial<SizeSearchOptions> = {}) {
  return searchSize({
    candidates: means.length,
    targets: [target('cycleTimeHours<=0')],
    fixedCosts: means.map((_, k) => k),
    confidence: 0.95,
    minReplications: 10,
    maxReplications: 160,
    run: async (requests) =>
      new Map(
        requests.map((r) => {
          const rows: number[][] = [];
          for (let i = r.from; i < r.to; i++) rows.push([means[r.key] + normal(createStream(seed, `c${r.key}`, i))]);
          return [r.key, rows];
        }),
      ),
    ...options,
  });
}

describe('sequential checks', () => {
  it('looks double from the first to the cap', () => {
    expect(lookSchedule(20, 320)).toEqual([20, 40, 80, 160, 320]);
    expect(lookSchedule(20, 100)).toEqual([20, 40, 80, 100]);
    expect(lookSchedule(50, 50)).toEqual([50]);
  });

  it('splits the error over every check (Bonferroni)', () => {
    // α = 0.05 over 24 candidates × 1 target × 5 looks: each one-sided miss ≤ 0.05/120, two-sided level 1 − 0.1/120.
    expect(perCheckConfidence(0.95, 120)).toBeCloseTo(1 - 0.1 / 120, 12);
  });

  it('a target is met only when the whole interval is on its side', () => {
    // 1..5 at 95%: 3 ± 1.963 → [1.04, 4.96].
    expect(checkTarget([1, 2, 3, 4, 5], target('x<=5'.replace('x', 'cycleTimeHours')), 0.95).verdict).toBe('meets');
    expect(checkTarget([1, 2, 3, 4, 5], target('cycleTimeHours<=4'), 0.95).verdict).toBe('undecided');
    expect(checkTarget([1, 2, 3, 4, 5], target('cycleTimeHours<=1'), 0.95).verdict).toBe('fails');
    expect(checkTarget([1, 2, 3, 4, 5], target('slaAttainment>=1'), 0.95).verdict).toBe('meets');
    expect(checkTarget([1, 2, 3, 4, 5], target('slaAttainment>=5'), 0.95).verdict).toBe('fails');
    expect(checkTarget([NaN, NaN], target('slaAttainment>=0.5'), 0.95).verdict).toBe('fails');
    expect(combineVerdicts(['meets', 'undecided'])).toBe('undecided');
    expect(combineVerdicts(['meets', 'fails', 'undecided'])).toBe('fails');
  });

  it('the Pareto front keeps what no other candidate beats on cost and metric', () => {
    const points = [
      { cost: 1, value: 10 },
      { cost: 2, value: 8 },
      { cost: 2, value: 9 }, // beaten by #1
      { cost: 3, value: 8 }, // beaten by #1
      { cost: 4, value: 2 },
      { cost: NaN, value: 1 },
    ];
    expect(paretoFront(points, 'lower')).toEqual([0, 1, 4]);
    expect(paretoFront(points, 'higher')).toEqual([0]);
  });
});

describe('the sequential sizing search', () => {
  it('decides clear candidates at the first look and spends replications only on close ones', async () => {
    const result = await synthetic([3, 0.3, -3, -0.4], 1);
    const [far, close, clear, near] = result.candidates;
    expect(far).toMatchObject({ verdict: 'fails', replications: 10, stoppedBy: 'decided' });
    expect(clear).toMatchObject({ verdict: 'meets', replications: 10, stoppedBy: 'decided' });
    // Costlier than #2, which meets: dropped without deciding.
    expect(near).toMatchObject({ verdict: 'undecided', stoppedBy: 'dominated', dominatedBy: 2 });
    expect(close.replications).toBeGreaterThan(10);
    expect(answerOf(result.candidates, [target('cycleTimeHours<=0')])).toMatchObject({ status: 'meets', candidate: 2 });
  });

  it('says when no candidate meets the target, with the nearest miss', async () => {
    const result = await synthetic([5, 2, 3], 2);
    expect(result.candidates.every((c) => c.verdict === 'fails')).toBe(true);
    expect(answerOf(result.candidates, [target('cycleTimeHours<=0')])).toMatchObject({ status: 'none', nearestMiss: 1 });
  });

  it('a candidate exactly at the bound stays undecided to the cap', async () => {
    const result = await synthetic([0.0], 3, { maxReplications: 40 });
    expect(result.candidates[0]).toMatchObject({ verdict: 'undecided', stoppedBy: 'cap', replications: 40 });
  });

  // The error rate: four candidates just on the failing side of the bound (true mean 0.1 sd above
  // it), the hardest case for a wrong "meets". Over 1,000 searches the share with any wrong
  // verdict must stay at or below α = 5% (binomial slack: 3 sd of 1,000 draws at 5% is 2.1 points).
  // Without the split over candidates and looks (each interval at 95%) it is far above.
  it('wrong "meets" verdicts stay at or below 1 − confidence over many seeds', async () => {
    const searches = 1000;
    const wrongRate = async (confidence: number) => {
      let wrong = 0;
      for (let seed = 0; seed < searches; seed++) {
        const r = await synthetic([0.1, 0.1, 0.1, 0.1], 100 + seed, { confidence, minReplications: 10, maxReplications: 80 });
        if (r.candidates.some((c) => c.verdict === 'meets')) wrong++;
      }
      return wrong / searches;
    };
    // Bonferroni is conservative: about 1% here.
    expect(await wrongRate(0.95)).toBeLessThanOrEqual(0.05 + 0.021);
    // Confidence 0.6 over 4 candidates × 1 target × 4 looks = 16 checks makes each interval
    // 1 − 2·0.4/16 = 95%: every look tested at 95% with no split. The share of searches with a
    // wrong "meets" then exceeds 5% (about 9% with these seeds): the split is what keeps it down.
    expect(await wrongRate(0.6)).toBeGreaterThan(0.07);
  });

  it('right and wrong verdicts on a mixed grid: truly failing candidates never "meet" more often than α', async () => {
    let wrong = 0;
    let found = 0;
    const searches = 400;
    for (let seed = 0; seed < searches; seed++) {
      const r = await synthetic([1, 0.3, -0.3, -1], 5000 + seed, { maxReplications: 160 });
      if (r.candidates[0].verdict === 'meets' || r.candidates[1].verdict === 'meets') wrong++;
      if (r.candidates[2].verdict === 'fails' || r.candidates[3].verdict === 'fails') wrong++;
      if (answerOf(r.candidates, [target('cycleTimeHours<=0')]).candidate === 2) found++;
    }
    expect(wrong / searches).toBeLessThanOrEqual(0.05 + 0.033);
    // −0.2 sd is found at 160 replications most of the time (power), otherwise −1 is the answer.
    expect(found / searches).toBeGreaterThan(0.5);
  });
});
