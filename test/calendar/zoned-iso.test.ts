import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ZonedIsoWriter, zonedIso } from '../../src/sim/calendar/zoned-iso.js';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'Africa/Casablanca'];

describe('zoned ISO times', () => {
  it('writes local wall-clock time with the offset then: winter and summer in Berlin, New York', () => {
    expect(zonedIso(Date.parse('2026-03-02T08:00:00Z'), 'Europe/Berlin')).toBe('2026-03-02T09:00:00.000+01:00');
    expect(zonedIso(Date.parse('2026-07-02T08:00:00Z'), 'Europe/Berlin')).toBe('2026-07-02T10:00:00.000+02:00');
    expect(zonedIso(Date.parse('2026-03-02T03:30:00Z'), 'America/New_York')).toBe('2026-03-01T22:30:00.000-05:00');
    expect(zonedIso(Date.parse('2026-03-02T03:30:00.5Z'), 'Asia/Kathmandu')).toBe('2026-03-02T09:15:00.500+05:45');
  });

  it('the fast writer writes what zonedIso writes, for any instants in any order, across clock changes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2028-01-01T00:00:00Z') }), fc.constantFrom(...ZONES)), { minLength: 1, maxLength: 200 }), (instants) => {
        const writer = new ZonedIsoWriter();
        for (const [ms, tz] of instants) expect(writer.format(ms, tz)).toBe(zonedIso(ms, tz));
      }),
      { numRuns: 200 },
    );
  });

  it('the fast writer is right on both sides of a change, minute by minute (Berlin, spring and autumn 2026)', () => {
    const writer = new ZonedIsoWriter();
    for (const around of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z']) {
      for (let m = -90; m <= 90; m++) {
        const ms = Date.parse(around) + m * 60_000 + 123;
        expect(writer.format(ms, 'Europe/Berlin')).toBe(zonedIso(ms, 'Europe/Berlin'));
      }
    }
  });

  it('the fast writer keeps writing what zonedIso writes when instants jump back and forth over a few days and a clock change (its kept stretches are met again)', () => {
    const around = Date.parse('2026-03-29T01:00:00Z');
    const writer = new ZonedIsoWriter();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: around - 3 * 86_400_000, max: around + 3 * 86_400_000 }), fc.constantFrom('Europe/Berlin', 'Asia/Tokyo', 'America/Los_Angeles')), { minLength: 1, maxLength: 300 }), (instants) => {
        for (const [ms, tz] of instants) expect(writer.format(ms, tz)).toBe(zonedIso(ms, tz));
      }),
      { numRuns: 100 },
    );
  });
});
