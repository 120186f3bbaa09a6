import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, runReplication, type EventRow, type World } from '../../src/sim/index.js';

const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney'];

/** A stream with a schedule: any rate, zone, day and hour profile, periods and end. */
const arbitraryStream = fc.record({
  rate: fc.constantFrom('1/h', '6/d', '30/w', '0.5/h', '4/h'),
  tz: fc.constantFrom(...ZONES),
  days: fc.option(fc.constantFrom<unknown>('mon-fri', ['sat', 'sun'], { sat: 0, sun: 0.5 }, { 'mon-wed': 2, thu: 0 }), { nil: undefined }),
  hours: fc.option(fc.constantFrom<unknown>('09:00-17:00', { '10:00-12:00': 3 }, { '00:00-06:00': 0, '18:00-24:00': 0.5 }, '08:00-12:00, 13:00-17:00'), { nil: undefined }),
  periods: fc.array(fc.record({ fromDay: fc.integer({ min: 0, max: 20 }), days: fc.integer({ min: 1, max: 7 }), factor: fc.constantFrom(0, 0.5, 2, 3) }), { maxLength: 2 }),
  untilDays: fc.option(fc.integer({ min: 2, max: 25 }), { nil: undefined }),
  channels: fc.integer({ min: 1, max: 3 }),
});

const arbitraryRun = fc.record({
  model: fc.constantFrom('async', 'sync', 'hybrid', 'event-driven'),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  designersTz: fc.constantFrom(...ZONES),
  streams: fc.array(arbitraryStream, { minLength: 1, maxLength: 3 }),
});

/** The scenario file of a generated run: stream i's channels are s<i>-<k>. */
function scenarioText(g: fc.infer<typeof arbitraryRun>): string {
  return JSON.stringify({
    name: 'generated streams',
    start: '2026-03-02T00:00:00Z',
    horizon: '3w',
    seed: g.seed,
    model: g.model,
    team: {
      designers: { role: 'designer', count: 2, tz: g.designersTz },
      reviewers: { role: 'reviewer', count: 2, tz: 'Europe/Berlin' },
      director: { role: 'director', tz: 'UTC' },
    },
    work: {
      streams: g.streams.map((s, i) => ({
        name: `stream ${i}`,
        rate: s.rate,
        tz: s.tz,
        ...(s.days === undefined ? {} : { days: s.days }),
        ...(s.hours === undefined ? {} : { hours: s.hours }),
        // Periods laid one after another, so that they never overlap.
        periods: s.periods.reduce<Array<{ from: string; until: string; factor: number }>>((out, p) => {
          const from = (out.length > 0 ? parseInt(out[out.length - 1].until) : 0) + p.fromDay;
          return [...out, { from: `${from}d`, until: `${from + p.days}d`, factor: p.factor }];
        }, []),
        ...(s.untilDays === undefined ? {} : { until: `${s.untilDays}d` }),
        channel: Array.from({ length: s.channels }, (_, k) => `s${i}-${k}`),
      })),
    },
    sync: { cadence: 'daily', time: '10:00', duration: '2h', tz: 'UTC' },
  });
}

describe('arrivals of generated schedules', () => {
  it('arrive never before the start nor after their end, only while their rate is above zero, with time never running backwards and no asset lost', () => {
    fc.assert(
      fc.property(arbitraryRun, (g) => {
        const loaded = loadScenario(scenarioText(g));
        if (!loaded.ok) {
          // The only refusal a generated schedule may earn: a stream with no time for arrivals.
          for (const p of loaded.problems) expect(p.message).toMatch(/the rate is zero at every moment of the run/);
          return;
        }
        const scenario = loaded.scenario;
        const rows: EventRow[] = [];
        let world!: World;
        const result = runReplication(scenario, scenario.model, 0, { eventLog: (r) => rows.push(r), inspect: (w) => (world = w) });
        for (let i = 1; i < rows.length; i++) expect(rows[i].timeMin).toBeGreaterThanOrEqual(rows[i - 1].timeMin);
        // Nothing lost: every arrival is an asset, each in a known state; the counts agree.
        expect(world.assets.length).toBe(world.assetCount);
        expect(result.values.assetsCreated).toBe(world.assets.length);
        expect(world.metrics.approvedAll).toBe(world.assets.filter((a) => a.state === 'approved').length);
        let last = 0;
        for (const a of world.assets) {
          expect(a.createdAt).toBeGreaterThanOrEqual(last);
          last = a.createdAt;
          const stream = scenario.streams[Number(/^s(\d+)-/.exec(a.channel)![1])];
          expect(a.createdAt).toBeGreaterThanOrEqual(0);
          expect(a.createdAt).toBeLessThanOrEqual(Math.min(stream.untilMin, scenario.horizonMin));
          if (stream.arrivals.kind !== 'poisson') throw new Error('a Poisson stream');
          const { startMin, ratePerMin } = stream.arrivals.phases;
          let i = startMin.length - 1;
          while (startMin[i] > a.createdAt) i--;
          expect(ratePerMin[i]).toBeGreaterThan(0);
        }
      }),
      { numRuns: 40, seed: 20261204 },
    );
  });
});
