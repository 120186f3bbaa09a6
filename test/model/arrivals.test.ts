import { describe, expect, it } from 'vitest';
import { expectedArrivals, runReplication, type ModelName, type Scenario, type World } from '../../src/sim/index.js';
import { runText, scenarioOf } from '../support/run-text.js';

type Asset = World['assets'][number];
const DAY = 1440;
const WEEK = 7 * DAY;

function assetsOf(scenario: Scenario, index = 0, model: ModelName = 'async'): Asset[] {
  let assets: Asset[] = [];
  runReplication(scenario, model, index, { inspect: (w) => (assets = w.assets) });
  return assets;
}

/** Local weekday (1 = Monday) and hour of an instant, asked of Intl: independent of the model's zone code. */
function localOf(originMs: number, minute: number, tz: string): { weekday: number; hour: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'short', hour: 'numeric', hourCycle: 'h23' }).formatToParts(new Date(originMs + minute * 60_000));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.find((p) => p.type === 'weekday')!.value) + 1;
  return { weekday, hour: Number(parts.find((p) => p.type === 'hour')!.value) };
}

const team = `
team:
  reviewers: { role: reviewer, count: 3, hours: 24/7 }
effort:
  review: 10m
quality: { rework: none }
`;

describe('streams whose rate varies', () => {
  it('a burst week doubles that week\'s arrivals in expectation', () => {
    // 10 a day, doubled from day 14 to day 21: 70 a week, 140 in the burst week (exactly, by the integral);
    // over 200 replications the burst week's mean count is twice the first week's (within sampling error).
    const scenario = scenarioOf(`name: burst\nhorizon: 4w\n${team}work:\n  stream: { rate: 10/d, periods: [{ from: 2w, until: 3w, factor: 2 }] }\n`);
    const stream = scenario.streams[0].arrivals;
    if (stream.kind !== 'poisson') throw new Error('a Poisson stream');
    expect(expectedArrivals(stream.phases, 0, WEEK)).toBeCloseTo(70, 9);
    expect(expectedArrivals(stream.phases, 2 * WEEK, 3 * WEEK)).toBeCloseTo(140, 9);
    let ordinary = 0, burst = 0;
    const R = 200;
    for (let i = 0; i < R; i++) {
      const assets = assetsOf(scenario, i);
      ordinary += assets.filter((a) => a.createdAt < WEEK).length;
      burst += assets.filter((a) => a.createdAt >= 2 * WEEK && a.createdAt < 3 * WEEK).length;
    }
    // Means 70 and 140 with standard errors √(70/200) = 0.59 and √(140/200) = 0.84.
    expect(Math.abs(ordinary / R - 70)).toBeLessThan(4 * 0.59);
    expect(Math.abs(burst / R - 140)).toBeLessThan(4 * 0.84);
    expect(burst / ordinary).toBeGreaterThan(1.9);
    expect(burst / ordinary).toBeLessThan(2.1);
  });

  it('a business-hours profile puts arrivals only in the named zone\'s hours, across a daylight-saving change', () => {
    // New York moves its clocks on 8 March 2026 and Sydney on 5 April; a run from 2 March to 13 April
    // crosses both. Each arrival, read in its stream's own zone, falls on a weekday between 09:00 and 17:00.
    const scenario = scenarioOf(`name: hours\nstart: 2026-03-02T00:00:00Z\nhorizon: 6w\n${team}work:
  streams:
    - { name: ny, rate: 4/h, tz: America/New_York, days: mon-fri, hours: "09:00-17:00", channel: ny }
    - { name: sydney, rate: 4/h, tz: Australia/Sydney, days: mon-fri, hours: "09:00-17:00", channel: sydney }
`);
    const assets = assetsOf(scenario);
    for (const [channel, tz] of [['ny', 'America/New_York'], ['sydney', 'Australia/Sydney']]) {
      const mine = assets.filter((a) => a.channel === channel);
      // 6 weeks × 5 days × 8 h × 4/h = 960 expected.
      expect(mine.length).toBeGreaterThan(850);
      for (const a of mine) {
        const { weekday, hour } = localOf(scenario.originMs, a.createdAt, tz);
        expect(weekday, `${channel} at minute ${a.createdAt}`).toBeLessThanOrEqual(5);
        expect(hour).toBeGreaterThanOrEqual(9);
        expect(hour).toBeLessThan(17);
      }
      // Every working hour of the week gets arrivals (none is left out by the zone arithmetic).
      const hours = new Set(mine.map((a) => localOf(scenario.originMs, a.createdAt, tz).hour));
      expect([...hours].sort((x, y) => x - y)).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
    }
  });

  it('a peak-hours profile concentrates arrivals in the peak: 3× from 10:00 to 12:00 gives 6/28 of the day\'s arrivals there', () => {
    const scenario = scenarioOf(`name: peak\nhorizon: 8w\n${team}work:\n  stream: { rate: 1/h, hours: { "10:00-12:00": 3 } }\n`);
    const assets = assetsOf(scenario);
    const inPeak = assets.filter((a) => a.createdAt % DAY >= 600 && a.createdAt % DAY < 720).length;
    // 56 days × 28 expected a day = 1568; share in the peak 6/28 = 0.214 (sd √(0.214·0.786/1568) = 0.010).
    expect(Math.abs(inPeak / assets.length - 6 / 28)).toBeLessThan(0.04);
  });

  it('a constant rate arrives exactly where the same exponential interarrival did (common random numbers with old files)', () => {
    const poisson = assetsOf(scenarioOf(`name: rate\nhorizon: 2w\n${team}work:\n  stream: { rate: 2.4/h }\n`));
    const renewal = assetsOf(scenarioOf(`name: gap\nhorizon: 2w\n${team}work:\n  stream: { interarrival: { exponential: { mean: 25m } } }\n`));
    expect(poisson.length).toBe(renewal.length);
    poisson.forEach((a, i) => {
      expect(a.key).toBe(renewal[i].key);
      expect(a.createdAt).toBeCloseTo(renewal[i].createdAt, 6);
    });
  });

  it('streams are independent: adding a stream leaves another\'s arrivals as they were, under every model', () => {
    const one = `name: one\nhorizon: 2w\n${team}work:\n  streams:\n    - { name: social, rate: 3/h, hours: "08:00-20:00", channel: social }\n`;
    const two = `${one}    - { name: email, rate: 5/d, channel: email, clarity: 0.4, priority: 4 }\n`;
    const social = (text: string, model: ModelName) => assetsOf(scenarioOf(text), 0, model).filter((a) => a.channel === 'social').map((a) => a.createdAt);
    const alone = social(one, 'async');
    expect(alone.length).toBeGreaterThan(100);
    expect(social(two, 'async')).toEqual(alone);
    expect(social(two, 'sync')).toEqual(alone);
    const email = assetsOf(scenarioOf(two)).filter((a) => a.channel === 'email');
    expect(email.length).toBeGreaterThan(30);
    for (const a of email) expect([a.kind, a.clarity, a.priority]).toEqual(['routine', 0.4, 4]);
  });

  it('a stream with several channels spreads its arrivals over them, and the hybrid gate routes each by its channel', () => {
    const text = `name: channels\nhorizon: 4w\n${team.replace('team:\n', 'team:\n  director: { role: director, hours: 24/7 }\n')}work:\n  stream: { rate: 1/h, channel: [instagram, tiktok, email] }
hybrid:
  routes: [{ when: { channel: email }, model: sync }, { when: {}, model: async }]
sync: { cadence: daily, time: "12:00", duration: 8h }
`;
    const assets = assetsOf(scenarioOf(text), 0, 'hybrid');
    const share = (c: string) => assets.filter((a) => a.channel === c).length / assets.length;
    for (const c of ['instagram', 'tiktok', 'email']) expect(Math.abs(share(c) - 1 / 3)).toBeLessThan(0.06);
    for (const a of assets) expect(a.route).toBe(a.channel === 'email' ? 'sync' : 'async');
  });

  it('a zero-rate phase is allowed: no arrival in the quiet week, the rest as usual', () => {
    const text = `name: quiet\nhorizon: 3w\n${team}work:\n  stream: { rate: 6/h, periods: [{ from: 1w, until: 2w, factor: 0 }] }\n`;
    expect(runText(text, ['async'], 2).results[0].metrics.assetsCreated).not.toBeNull();
    const assets = assetsOf(scenarioOf(text));
    expect(assets.filter((a) => a.createdAt >= WEEK && a.createdAt < 2 * WEEK)).toEqual([]);
    expect(assets.filter((a) => a.createdAt >= 2 * WEEK).length).toBeGreaterThan(900);
  });
});
