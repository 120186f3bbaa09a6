import type { RouteCondition } from '../policies/routing.js';
import type { Scenario } from '../scenario/types.js';
import { DECISION_SCHEMA_VERSION, decisionHeader, isoAt, jsonNumber } from './decision-header.js';
import type { PilotAssets } from '../experiment/pilot-collector.js';
import { cycleTimeMde, reworkMde } from './pilot-mde.js';
import { lengthPower, weeksFor, windowsOf, type RejectionRate } from './pilot-power.js';
import { routeWhen } from './pilot-route.js';
import { EXACT_RANK_SUM_MAX } from './rank-sum.js';

type Num = number | null;
type Interval = [Num, Num];

/** A rejection rate as the document writes it. */
export interface PilotRate {
  rate: Num;
  ci95: Interval;
  rejections: number;
  untestable: number;
}

/** One pilot length: the power of each test with the pilot, and how often it rejects without one. */
export interface PilotLength {
  weeks: number;
  requested: boolean;
  assets: { pilot: Num; baseline: Num };
  medianDifferenceHours: { mean: Num; ci95: Interval };
  reworkDifference: { mean: Num; ci95: Interval };
  power: { cycleTime: PilotRate; rework: PilotRate };
  /** The same tests on runs without the pilot (everything on the baseline): their false-positive rate. */
  withoutPilot: { medianDifferenceHours: Num; reworkDifference: Num; cycleTime: PilotRate; rework: PilotRate };
}

/** The document of `handoff pilot`. */
export interface PilotDocument {
  kind: 'pilot';
  schemaVersion: number;
  scenario: ReturnType<typeof decisionHeader>['scenario'];
  seed: number | string;
  baseline: 'sync' | 'async';
  pilot: 'sync' | 'async';
  route: { text: string; when: Record<string, string | string[]> };
  pilotStart: string;
  alpha: number;
  powerTarget: number;
  replications: number;
  design: string;
  tests: { cycleTime: string; rework: string };
  lengths: PilotLength[];
  weeksForPower: { cycleTime: number | null; rework: number | null; searchedUpToWeeks: number };
  minimumDetectable: {
    weeks: number;
    cycleTimeHours: { faster: Num; slower: Num; method: string };
    reworkRate: { baseline: Num; lower: Num; higher: Num; pilotAssets: Num; baselineAssets: Num; method: string };
  } | null;
}

function rate(r: RejectionRate): PilotRate {
  return { rate: jsonNumber(r.rate), ci95: [jsonNumber(r.ci95[0]), jsonNumber(r.ci95[1])], rejections: r.rejections, untestable: r.untestable };
}

/** What a pilot is: its scenario (with the run's seed), routes, lengths and the test's α and target power. */
export interface PilotSettings {
  scenario: Scenario;
  baseline: 'sync' | 'async';
  pilot: 'sync' | 'async';
  routeText: string;
  route: RouteCondition;
  weeks: readonly number[];
  spanWeeks: number;
  alpha: number;
  power: number;
}

/** Builds the pilot document from each replication's per-asset rows with the pilot and without it (same seeds). */
export function buildPilotDocument(options: PilotSettings & { withPilot: readonly PilotAssets[]; withoutPilot: readonly PilotAssets[] }): PilotDocument {
  const { scenario, alpha, power } = options;
  const startMin = scenario.warmupMin;
  const lengths: PilotLength[] = [];
  for (let weeks = 1; weeks <= options.spanWeeks; weeks++) {
    const on = lengthPower({ runs: options.withPilot, startMin, weeks, alpha });
    const off = lengthPower({ runs: options.withoutPilot, startMin, weeks, alpha });
    lengths.push({
      weeks,
      requested: options.weeks.includes(weeks),
      assets: { pilot: jsonNumber(on.assets.pilot), baseline: jsonNumber(on.assets.baseline) },
      medianDifferenceHours: { mean: jsonNumber(on.medianDifferenceHours.mean), ci95: [jsonNumber(on.medianDifferenceHours.ci95[0]), jsonNumber(on.medianDifferenceHours.ci95[1])] },
      reworkDifference: { mean: jsonNumber(on.reworkDifference.mean), ci95: [jsonNumber(on.reworkDifference.ci95[0]), jsonNumber(on.reworkDifference.ci95[1])] },
      power: { cycleTime: rate(on.cycleTime), rework: rate(on.rework) },
      withoutPilot: {
        medianDifferenceHours: jsonNumber(off.medianDifferenceHours.mean),
        reworkDifference: jsonNumber(off.reworkDifference.mean),
        cycleTime: rate(off.cycleTime),
        rework: rate(off.rework),
      },
    });
  }
  const powers = lengths.map((l) => ({ weeks: l.weeks, cycleTime: { rate: l.power.cycleTime.rate ?? 0 }, rework: { rate: l.power.rework.rate ?? 0 } }));
  const mdeWeeks = 2;
  let minimumDetectable: PilotDocument['minimumDetectable'] = null;
  if (options.spanWeeks >= mdeWeeks) {
    const samples = windowsOf(options.withoutPilot, startMin, mdeWeeks);
    const r = reworkMde({ samples, alpha, power });
    minimumDetectable = {
      weeks: mdeWeeks,
      cycleTimeHours: {
        faster: jsonNumber(cycleTimeMde({ samples, alpha, power, direction: 'faster' }) ?? NaN),
        slower: jsonNumber(cycleTimeMde({ samples, alpha, power, direction: 'slower' }) ?? NaN),
        method: `location-shift search: the routed part's cycle times in the simulated ${mdeWeeks}-week windows without the pilot, shifted by d hours; the smallest d at which the rank-sum test rejects in ${power * 100}% of them (null: no shift reaches it)`,
      },
      reworkRate: {
        baseline: jsonNumber(r.baseline),
        lower: jsonNumber(r.lower ?? NaN),
        higher: jsonNumber(r.higher ?? NaN),
        pilotAssets: jsonNumber(r.pilotAssets),
        baselineAssets: jsonNumber(r.baselineAssets),
        method: `standard formula of the two-proportion z-test (normal approximation, independent assets) at the mean group sizes of the ${mdeWeeks}-week windows without the pilot and their pooled rework share; the smallest change either way with ${power * 100}% power`,
      },
    };
  }
  return {
    kind: 'pilot',
    schemaVersion: DECISION_SCHEMA_VERSION,
    ...decisionHeader(scenario),
    baseline: options.baseline,
    pilot: options.pilot,
    route: { text: options.routeText, when: routeWhen(options.route) },
    pilotStart: isoAt(scenario, startMin)!,
    alpha,
    powerTarget: power,
    replications: options.withPilot.length,
    design: `each replication is one pilot starting at the end of the warm-up: the routed part reviewed under ${options.pilot}, the rest under ${options.baseline} (a hybrid route, in force from the scenario's start so that the team is in its pilot state when the window opens); a pilot of w weeks compares the routed assets with the rest among those first submitted in its first w weeks and approved by its end. The same replications without the pilot (all under ${options.baseline}, same seeds) give each test's false-positive rate`,
    tests: {
      cycleTime: `Wilcoxon rank-sum (Mann–Whitney U), two-sided at α = ${alpha}: exact permutation distribution when both groups together hold at most ${EXACT_RANK_SUM_MAX} assets, else the normal approximation with tie and continuity correction`,
      rework: `two-proportion z-test (pooled), two-sided at α = ${alpha}, on the share of assets sent back at least once`,
    },
    lengths,
    weeksForPower: { cycleTime: weeksFor(powers, 'cycleTime', power), rework: weeksFor(powers, 'rework', power), searchedUpToWeeks: options.spanWeeks },
    minimumDetectable,
  };
}
