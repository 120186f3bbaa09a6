import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RunawayError, Simulation } from '../../src/sim/index.js';

describe('Simulation', () => {
  it('time never runs backwards, whatever events schedule', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 200 }), (delays) => {
        const sim = new Simulation();
        const seen: number[] = [];
        let k = 0;
        const kind = sim.register((_, now) => {
          seen.push(now);
          if (k < delays.length) sim.schedule(delays[k++], kind);
          if (k < delays.length) sim.scheduleAt(now + delays[k++], kind);
        });
        sim.schedule(0, kind);
        sim.run();
        for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
      }),
    );
  });

  it('stops at the horizon with the clock on it and later events still pending', () => {
    const sim = new Simulation();
    const kind = sim.register(() => sim.schedule(10, kind));
    sim.schedule(0, kind);
    expect(sim.run({ until: 95 })).toBe('horizon');
    expect(sim.now).toBe(95);
    expect(sim.eventsProcessed).toBe(10);
    expect(sim.pending).toBe(1);
  });

  it('reports an empty calendar', () => {
    const sim = new Simulation();
    const kind = sim.register(() => {});
    sim.schedule(3, kind);
    expect(sim.run({ until: 100 })).toBe('empty');
    expect(sim.now).toBe(3);
  });

  it('stops a runaway scenario with a clear error instead of hanging', () => {
    const sim = new Simulation();
    const kind = sim.register(() => {
      sim.schedule(0, kind);
      sim.schedule(0, kind);
    });
    sim.schedule(0, kind);
    expect(() => sim.run({ until: 10, maxEvents: 10_000 })).toThrow(RunawayError);
    expect(() => new Simulation().run({ maxEvents: 5 })).not.toThrow();
  });

  it('stops a run whose pending events pile up at its pending limit, long before the calendar overflows', () => {
    const sim = new Simulation();
    // Each event schedules two later ones: the calendar doubles until the limit stops it.
    const kind = sim.register(() => {
      sim.schedule(1, kind);
      sim.schedule(1, kind);
    });
    sim.schedule(0, kind);
    let error: unknown;
    try {
      sim.run({ maxPending: 5_000 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RunawayError);
    expect((error as RunawayError).limit).toBe('pending');
    expect((error as RunawayError).message).toMatch(/held 5,001 pending events .*raise limits\.maxPendingEvents/);
  });

  it('a cancelled event is not run', () => {
    const sim = new Simulation();
    const ran: number[] = [];
    const kind = sim.register((p) => ran.push(p));
    const h = sim.schedule(5, kind, 1);
    sim.schedule(6, kind, 2);
    expect(sim.cancel(h)).toBe(true);
    expect(sim.cancel(h)).toBe(false);
    sim.run();
    expect(ran).toEqual([2]);
  });

  it('a released simulation hands its calendar on and cannot schedule again', () => {
    const first = new Simulation();
    const kind = first.register(() => {});
    first.schedule(5, kind);
    first.release();
    expect(() => first.schedule(1, kind)).toThrow(TypeError);
    // The next simulation starts empty, though the calendar it was handed held an event.
    const next = new Simulation();
    expect(next.pending).toBe(0);
    expect(next.run()).toBe('empty');
  });
});
