import { meanInterval, type MeanInterval } from './mean-interval.js';
import type { BatchRequest } from './odds-search.js';
import { checkTarget, combineVerdicts, lookSchedule, perCheckConfidence, type TargetCheck, type Verdict } from './sequential-checks.js';
import type { Target } from './target.js';

/** Why a candidate got no more replications. */
export type StopReason = 'decided' | 'dominated' | 'cap';

/** Where a candidate stands at the end of the search. */
export interface CandidateOutcome {
  replications: number;
  targets: TargetCheck[];
  /** The cost: its 95% interval when measured, a point when it is a setting. */
  cost: MeanInterval;
  verdict: Verdict;
  stoppedBy: StopReason;
  /** The candidate that already met every target at no more cost (when dropped as dominated). */
  dominatedBy?: number;
}

/** Options of the sequential sizing search. */
export interface SizeSearchOptions {
  candidates: number;
  targets: readonly Target[];
  /** Each candidate's cost when it is a setting; null when it is measured (the last value of each row). */
  fixedCosts: readonly number[] | null;
  /** Chance that every verdict of the search is right, at least (e.g. 0.95). */
  confidence: number;
  minReplications: number;
  maxReplications: number;
  /**
   * Runs replications [from, to) of each requested candidate (the same indices for all: common
   * random numbers) and returns per candidate one row per replication: each target's value, then
   * the cost when it is measured.
   */
  run: (requests: ReadonlyArray<BatchRequest<number>>) => Promise<Map<number, number[][]>>;
}

/** The search's result: each candidate's outcome, and the procedure's constants. */
export interface SizeSearchResult {
  candidates: CandidateOutcome[];
  looks: number[];
  perCheckConfidence: number;
}

/**
 * Sizes by sequential checks: every candidate starts with `minReplications`; at each look of a
 * fixed doubling schedule, a candidate whose every target is met (or any failed) is decided and
 * gets no more; an undecided one that costs no less than an already decided "meets" candidate is
 * dropped as dominated; the rest get replications up to the next look, until the cap. Intervals
 * are Student-t at a Bonferroni-split confidence over candidates × targets × looks, so the chance
 * of any wrong verdict is at most 1 − confidence (given approximately normal replication means).
 */
export async function searchSize(options: SizeSearchOptions): Promise<SizeSearchResult> {
  const looks = lookSchedule(options.minReplications, options.maxReplications);
  const level = perCheckConfidence(options.confidence, options.candidates * Math.max(1, options.targets.length) * looks.length);
  const T = options.targets.length;
  const state = Array.from({ length: options.candidates }, () => ({
    rows: [] as number[][],
    checks: [] as TargetCheck[],
    verdict: 'undecided' as Verdict,
    stoppedBy: null as StopReason | null,
    dominatedBy: undefined as number | undefined,
  }));
  const costOf = (k: number) => options.fixedCosts?.[k] ?? mean(state[k].rows.map((r) => r[T]));
  for (const [look, n] of looks.entries()) {
    const open = state.flatMap((s, k) => (s.stoppedBy === null ? [k] : []));
    if (open.length === 0) break;
    const requests = open.map((k) => ({ key: k, from: state[k].rows.length, to: n }));
    const results = await options.run(requests);
    for (const k of open) {
      const got = results.get(k) ?? [];
      if (got.length !== n - state[k].rows.length) throw new Error(`internal error: candidate ${k} got ${got.length} replications, not ${n - state[k].rows.length}`);
      const s = state[k];
      s.rows.push(...got);
      s.checks = options.targets.map((t, i) => checkTarget(s.rows.map((r) => r[i]), t, level));
      s.verdict = combineVerdicts(s.checks.map((c) => c.verdict));
      if (s.verdict !== 'undecided') s.stoppedBy = 'decided';
      else if (look === looks.length - 1) s.stoppedBy = 'cap';
    }
    // An undecided candidate costing no less than one that meets every target cannot be the answer.
    const meeting = state.flatMap((s, k) => (s.verdict === 'meets' ? [k] : []));
    for (const k of open) {
      const s = state[k];
      if (s.stoppedBy !== null) continue;
      const cheaper = meeting.find((m) => costOf(m) <= costOf(k));
      if (cheaper !== undefined) {
        s.stoppedBy = 'dominated';
        s.dominatedBy = cheaper;
      }
    }
  }
  const candidates = state.map((s, k): CandidateOutcome => ({
    replications: s.rows.length,
    targets: s.checks,
    cost: options.fixedCosts ? { mean: options.fixedCosts[k], sd: 0, n: s.rows.length, interval: [options.fixedCosts[k], options.fixedCosts[k]] } : meanInterval(s.rows.map((r) => r[T]), 0.95),
    verdict: s.verdict,
    stoppedBy: s.stoppedBy ?? 'cap',
    ...(s.dominatedBy !== undefined ? { dominatedBy: s.dominatedBy } : {}),
  }));
  return { candidates, looks, perCheckConfidence: level };
}

function mean(xs: readonly number[]): number {
  const finite = xs.filter((x) => Number.isFinite(x));
  return finite.length > 0 ? finite.reduce((a, b) => a + b, 0) / finite.length : NaN;
}
