import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OddsDocument, SizeDocument } from '../../src/sim/index.js';
import { handoffInProcess, tempDir } from '../support/cli.js';
import { mmcSojourn } from '../support/queueing-theory.js';
import { queueScenario } from '../support/scenario-text.js';

const dir = tempDir('decide-theory');

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function json<T>(args: string[]): Promise<T> {
  const r = await handoffInProcess([...args, '--json', '-w', '1']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

/** Erlang-2 CDF with scale θ: 1 − e^(−x/θ)(1 + x/θ). */
const erlang2 = (x: number, theta: number) => (x <= 0 ? 0 : 1 - Math.exp(-x / theta) * (1 + x / theta));

describe('odds against a closed form', () => {
  // One poster, designed around the clock in an Erlang-2 time (gamma, mean 10 h, sd 10/√2 h), then
  // a 5-minute submission note and a 30-minute review by a reviewer who is always at work and
  // always looking: completion = Erlang-2(θ = 5 h) + 35 min, so P(done by 10 h 35 m) = 1 − 3e^(−2) = 0.594.
  const poster = file(
    'poster.yaml',
    `
name: one poster
start: 2026-01-05T00:00:00Z
horizon: 2w
seed: 17
model: async
team:
  designers: { role: designer, hours: 24/7 }
  reviewers: { role: reviewer, hours: 24/7 }
work:
  oneOffs: [{ name: Poster, effortScale: 1 }]
effort:
  design: { gamma: { mean: 10h, sd: 7.0710678h } }
  submissionNote: 5m
  review: 30m
quality:
  rework: none
async:
  oneOffSetup: 0s
`,
  );

  for (const { deadline, hours } of [
    { deadline: '2026-01-05T10:35Z', hours: 10 },
    { deadline: '2026-01-05T06:35+01:00', hours: 5 },
    { deadline: '2026-01-06T06:35Z', hours: 30 },
  ]) {
    it(`P(done ${hours} h of design after the brief) lies in the reported 95% interval (Erlang-2 CDF)`, async () => {
      const doc = await json<OddsDocument>(['odds', poster, '--models', 'async', '--deadline', deadline, '--precision', '0.02', '--batch', '200', '--max-replications', '5000']);
      const o = doc.odds[0];
      const truth = erlang2(hours, 5);
      // The tolerance is the document's own 95% interval (half-width ≤ 0.02 by the stopping rule).
      expect(o.stoppedBy).toBe('precision');
      expect(o.ci95[1] - o.ci95[0]).toBeLessThanOrEqual(0.04 + 1e-9);
      expect(truth).toBeGreaterThanOrEqual(o.ci95[0]);
      expect(truth).toBeLessThanOrEqual(o.ci95[1]);
    });
  }

  it('the 50%, 85% and 95% dates bracket the Erlang-2 quantiles', async () => {
    const doc = await json<OddsDocument>(['odds', poster, '--models', 'async', '--deadline', '2026-01-05T10:35Z', '--precision', '0.02', '--batch', '200', '--max-replications', '5000']);
    // Erlang-2 quantiles in units of θ: solve 1 − e^(−y)(1 + y) = q by bisection.
    const quantile = (q: number) => {
      let lo = 0, hi = 50;
      for (let i = 0; i < 100; i++) {
        const mid = (lo + hi) / 2;
        if (erlang2(mid, 1) < q) lo = mid;
        else hi = mid;
      }
      return lo;
    };
    for (const c of doc.odds[0].completion) {
      const truthHours = 5 * quantile(c.probability) + 35 / 60;
      const [lo, hi] = c.ci95Hours;
      expect(lo).not.toBeNull();
      expect(hi).not.toBeNull();
      expect(truthHours).toBeGreaterThanOrEqual(lo!);
      expect(truthHours).toBeLessThanOrEqual(hi!);
    }
  });
});

describe('size against Erlang C', () => {
  // Poisson arrivals to c reviewers with exponential 60-minute reviews: the mean sojourn is Erlang
  // C's. Sizing c to a cycle-time target must return the smallest c whose M/M/c sojourn meets it.
  const cases = [
    // Load 2.4: c = 3 → 2.079 h, c = 4 → 1.179 h, c = 5 → 1.044 h; target 1.5 h → 4.
    { interarrival: 25, target: 1.5, values: '3..5', expected: 4 },
    // Load 4: c = 5 → 1.554 h, c = 6 → 1.142 h, c = 7 → 1.045 h, c = 8 → 1.015 h; target 1.1 h → 7.
    { interarrival: 15, target: 1.1, values: '5..8', expected: 7 },
  ];
  for (const { interarrival, target, values, expected } of cases) {
    it(`load ${60 / interarrival}, sojourn ≤ ${target} h: ${expected} reviewers, as Erlang C says`, async () => {
      const smallest = [1, 2, 3, 4, 5, 6, 7, 8, 9].find((c) => c > 60 / interarrival && mmcSojourn(c, 1 / interarrival, 60) / 60 <= target);
      expect(smallest).toBe(expected);
      const scenario = file(`mmc-${interarrival}.yaml`, queueScenario({ servers: 1, interarrival: `{ exponential: { mean: ${interarrival}m } }`, service: '{ exponential: { mean: 60m } }', horizon: '6w', warmup: '1w' }));
      const doc = await json<SizeDocument>(['size', scenario, '--target', `cycleTimeHours<=${target}`, '--vary', `team.reviewers.count=${values}`, '--cost', 'team.reviewers.count', '--max-replications', '80']);
      expect(doc.answer.status).toBe('meets');
      expect(doc.candidates[doc.answer.candidate!].settings).toEqual({ 'team.reviewers.count': expected });
      // Every verdict agrees with the closed form.
      for (const c of doc.candidates) {
        const n = c.settings['team.reviewers.count'] as number;
        const meets = n > 60 / interarrival && mmcSojourn(n, 1 / interarrival, 60) / 60 <= target;
        if (c.verdict !== 'undecided') expect(c.verdict).toBe(meets ? 'meets' : 'fails');
      }
    });
  }
});

describe('a percentile target is on the mean of each replication’s percentile', () => {
  // M/M/1 at load 0.5 (arrivals every 120 min, 60-minute reviews): the sojourn is exponential with
  // rate μ − λ = 1/120 per minute, so its p90 is 120·ln 10 min = 4.605 h. Each long replication's
  // own p90 estimates it; their mean's interval must hold it, as often as a 95% interval does.
  // One seed's interval misses one time in ten or so: over seeds 1-118 it held 109 times with the
  // first asset streams, 110 of seeds 1-121 since they were re-keyed (seed 11, the one this test used,
  // among the misses). So five seeds, and at least four of their intervals hold the truth: at
  // 95% coverage five fall short of that 2% of the time, at the measured 91% about 7%.
  it('M/M/1: the interval of cycleTimeHours.p90 holds 120·ln 10 minutes', async () => {
    const truth = (120 * Math.log(10)) / 60;
    let held = 0;
    for (const seed of [11, 12, 13, 14, 15]) {
      const scenario = file(`mm1-${seed}.yaml`, queueScenario({ servers: 1, interarrival: '{ exponential: { mean: 120m } }', service: '{ exponential: { mean: 60m } }', horizon: '30w', warmup: '2w', seed }));
      const doc = await json<SizeDocument>(['size', scenario, '--target', `cycleTimeHours.p90<=${truth.toFixed(3)}`, '--vary', 'team.reviewers.count=1', '--max-replications', '40']);
      const check = doc.candidates[0].targets[0];
      expect(doc.targets[0].estimand).toMatch(/each replication's p90/);
      const holds = truth >= check.interval[0]! && truth <= check.interval[1]!;
      // An interval that holds the target's own value cannot decide it.
      if (holds) expect(check.verdict).toBe('undecided');
      if (holds) held++;
    }
    expect(held).toBeGreaterThanOrEqual(4);
  });
});
