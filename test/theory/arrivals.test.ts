import { describe, expect, it } from 'vitest';
import { expectedArrivals, runReplication, type Scenario, type StreamSpec, type World } from '../../src/sim/index.js';
import { mmcSojourn } from '../support/queueing-theory.js';
import { scenarioOf } from '../support/run-text.js';

type Asset = World['assets'][number];

const HOUR = 60;
const DAY = 1440;
const WEEK = 7 * DAY;
/** Two-sided normal quantile of 1 - 1e-4: a bound a correct model breaks once in ten thousand seeds. */
const Z = 3.89;

/** The assets of one replication (each arrival is one asset: no designers, submitted on arrival). */
function assetsOf(scenario: Scenario, index: number): Asset[] {
  let assets: Asset[] = [];
  runReplication(scenario, 'async', index, { inspect: (w) => (assets = w.assets) });
  return assets;
}

function poissonOf(stream: StreamSpec) {
  if (stream.arrivals.kind !== 'poisson') throw new Error('not a Poisson stream');
  return stream.arrivals.phases;
}

/** Sample mean, variance and covariance of paired counts. */
function moments(xs: number[], ys: number[] = xs): { mean: number; variance: number; covariance: number } {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let vx = 0, cxy = 0;
  for (let i = 0; i < n; i++) {
    vx += (xs[i] - mx) ** 2;
    cxy += (xs[i] - mx) * (ys[i] - my);
  }
  return { mean: mx, variance: vx / (n - 1), covariance: cxy / (n - 1) };
}

/**
 * A count N that is Poisson with mean Λ: its sample mean over n replications lies within
 * Z·√(Λ/n) of Λ, and its sample variance within Z·√((Λ + 2Λ²)/n) of Λ (the variance of a sample
 * variance is (μ₄ − σ⁴)/n to first order, and a Poisson count has μ₄ = Λ + 3Λ², σ² = Λ).
 */
function expectPoissonCount(counts: number[], lambda: number): void {
  const n = counts.length;
  const { mean, variance } = moments(counts);
  expect(Math.abs(mean - lambda), `mean ${mean} against Λ = ${lambda}`).toBeLessThan(Z * Math.sqrt(lambda / n));
  expect(Math.abs(variance - lambda), `variance ${variance} against Λ = ${lambda}`).toBeLessThan(Z * Math.sqrt((lambda + 2 * lambda * lambda) / n));
}

describe('a piecewise-constant Poisson stream agrees with theory', () => {
  // Stream "requests": 1/h in New York business hours (09:00–17:00, mon–fri; EST all January),
  // doubled in the third week: 8 h × 5 days × 1/h = 40 a week, 80 in the burst week, Λ = 40 + 40 + 80 + 40 = 200.
  // Stream "banners": 2/d round the clock in UTC, 3× from 10:00 to 12:00: 22 h × 2/24 + 2 h × 6/24 = 7/3 a day,
  // Λ = 28 × 7/3 = 65.33.
  const scenario = scenarioOf(`
name: counting arrivals
start: 2026-01-05T00:00:00Z
horizon: 4w
model: async
team:
  reviewers: { role: reviewer, count: 4, hours: 24/7 }
work:
  streams:
    - name: requests
      rate: 1/h
      tz: America/New_York
      days: mon-fri
      hours: "09:00-17:00"
      periods: [{ from: 2w, until: 3w, factor: 2 }]
      channel: requests
    - name: banners
      rate: 2/d
      hours: { "10:00-12:00": 3 }
      channel: banners
effort:
  review: 1m
quality: { rework: none }
`);
  const [requests, banners] = scenario.streams.map(poissonOf);
  const N = 1000;
  const counts = { requests: [] as number[], banners: [] as number[], burst: [] as number[], firstWeek: [] as number[] };
  for (let i = 0; i < N; i++) {
    const assets = assetsOf(scenario, i);
    const of = (channel: string, from = 0, to = Infinity) => assets.filter((a) => a.channel === channel && a.createdAt >= from && a.createdAt < to).length;
    counts.requests.push(of('requests'));
    counts.banners.push(of('banners'));
    counts.burst.push(of('requests', 2 * WEEK, 3 * WEEK));
    counts.firstWeek.push(of('requests', 0, WEEK));
  }

  it('the integral of the rate is the hand computation', () => {
    expect(expectedArrivals(requests)).toBeCloseTo(200, 9);
    expect(expectedArrivals(banners)).toBeCloseTo(28 * (7 / 3), 9);
    expect(expectedArrivals(requests, 2 * WEEK, 3 * WEEK)).toBeCloseTo(80, 9);
  });

  it('the number of arrivals over the horizon has the integral as its mean and its variance', () => {
    expectPoissonCount(counts.requests, 200);
    expectPoissonCount(counts.banners, 28 * (7 / 3));
  });

  it('so does the number in one phase: the burst week (Λ = 80) and an ordinary week (Λ = 40)', () => {
    expectPoissonCount(counts.burst, 80);
    expectPoissonCount(counts.firstWeek, 40);
  });

  it('two streams are independent: their counts do not covary (|cov| within Z·√(Λ₁Λ₂/n))', () => {
    const { covariance } = moments(counts.requests, counts.banners);
    expect(Math.abs(covariance)).toBeLessThan(Z * Math.sqrt((200 * 28 * (7 / 3)) / N));
  });
});

describe('the M_t/M/c queue with phases long against the service time', () => {
  // Three reviewers round the clock, exponential reviews of 60 min. The rate alternates every two
  // weeks between 1.5/h (load 0.5) and 2.4/h (load 0.8). With phases of 336 h against a relaxation
  // time of about 30 h at load 0.8, each phase settles into the stationary M/M/3 of its own rate:
  // arrivals from the fourth day of a phase on wait as Erlang C says for that rate.
  const PHASE = 2 * WEEK;
  const PHASES = 20;
  const SKIP = 3 * DAY;
  const periods = Array.from({ length: PHASES / 2 }, (_, k) => `{ from: ${(2 * k + 1) * 2}w, until: ${(2 * k + 2) * 2}w, factor: 1.6 }`);
  const scenario = scenarioOf(`
name: M_t/M/3
start: 2026-01-05T00:00:00Z
horizon: ${PHASES * 2}w
model: async
team:
  reviewers: { role: reviewer, count: 3, hours: 24/7 }
work:
  stream:
    rate: 1.5/h
    periods: [${periods.join(', ')}]
effort:
  review: { exponential: { mean: 60m } }
quality: { rework: none }
async: { assignment: pull, order: fifo }
`);
  const R = 20;
  const sojourn: Record<'low' | 'high', number[]> = { low: [], high: [] };
  for (let i = 0; i < R; i++) {
    const sums = { low: [0, 0], high: [0, 0] };
    for (const a of assetsOf(scenario, i)) {
      const phase = Math.floor(a.createdAt / PHASE);
      if (a.createdAt - phase * PHASE < SKIP || phase >= PHASES || !(a.approvedAt >= 0)) continue;
      const s = sums[phase % 2 === 0 ? 'low' : 'high'];
      s[0] += a.approvedAt - a.firstSubmittedAt;
      s[1]++;
    }
    sojourn.low.push(sums.low[0] / sums.low[1]);
    sojourn.high.push(sums.high[0] / sums.high[1]);
  }

  for (const [phase, lambdaPerHour] of [['low', 1.5], ['high', 2.4]] as const) {
    it(`in the ${phase}-rate phases (${lambdaPerHour}/h, load ${(lambdaPerHour / 3).toFixed(1)}) the mean sojourn is M/M/3's at that rate`, () => {
      const theory = mmcSojourn(3, lambdaPerHour / HOUR, 60);
      const { mean, variance } = moments(sojourn[phase]);
      // 95% Student t interval of the replication means (t₀.₉₇₅ with 19 degrees of freedom).
      const half = 2.093 * Math.sqrt(variance / R);
      expect(theory, `theory ${theory.toFixed(2)} min, measured ${mean.toFixed(2)} ± ${half.toFixed(2)}`).toBeGreaterThanOrEqual(mean - half);
      expect(theory).toBeLessThanOrEqual(mean + half);
    });
  }

  it('and the phases differ as theory says: about 69 min against 125 min', () => {
    expect(mmcSojourn(3, 1.5 / HOUR, 60)).toBeCloseTo(69.4, 0);
    expect(mmcSojourn(3, 2.4 / HOUR, 60)).toBeCloseTo(124.7, 0);
    expect(moments(sojourn.high).mean).toBeGreaterThan(moments(sojourn.low).mean * 1.6);
  });
});
