import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidTimeZone, localDateOf, offsetMs, zonedToUtcMs } from '../../src/sim/calendar/zone.js';

const utc = (iso: string) => Date.parse(iso);

describe('zonedToUtcMs', () => {
  it('reads a 09:00 wall clock in Berlin on both sides of the 2026-03-29 change', () => {
    expect(zonedToUtcMs('Europe/Berlin', 2026, 3, 27, 540)).toBe(utc('2026-03-27T08:00:00Z')); // CET, +1
    expect(zonedToUtcMs('Europe/Berlin', 2026, 3, 30, 540)).toBe(utc('2026-03-30T07:00:00Z')); // CEST, +2
  });

  it('moves a time skipped by spring-forward ahead by the gap', () => {
    // 02:30 does not exist in New York on 2026-03-08: read with EST (-5) it is 07:30Z = 03:30 EDT.
    expect(zonedToUtcMs('America/New_York', 2026, 3, 8, 150)).toBe(utc('2026-03-08T07:30:00Z'));
    // Havana skips from 00:00 to 01:00 on 2026-03-08: midnight itself becomes 01:00 CDT (05:00Z).
    expect(zonedToUtcMs('America/Havana', 2026, 3, 8, 0)).toBe(utc('2026-03-08T05:00:00Z'));
  });

  it('takes the earlier of two instants for a time repeated by fall-back', () => {
    // 01:30 on 2026-11-01 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    expect(zonedToUtcMs('America/New_York', 2026, 11, 1, 90)).toBe(utc('2026-11-01T05:30:00Z'));
    // Lord Howe turns back half an hour: 01:45 on 2026-04-05 is first at 14:45Z (+11).
    expect(zonedToUtcMs('Australia/Lord_Howe', 2026, 4, 5, 105)).toBe(utc('2026-04-04T14:45:00Z'));
  });

  it('is the inverse of localDateOf, up to a repeated hour', () => {
    const zones = fc.constantFrom('Europe/Berlin', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Kiritimati');
    const instants = fc.integer({ min: utc('2025-06-01T00:00:00Z') / 60_000, max: utc('2028-06-01T00:00:00Z') / 60_000 }).map((m) => m * 60_000);
    fc.assert(
      fc.property(zones, instants, (tz, u) => {
        const l = localDateOf(tz, u);
        const back = zonedToUtcMs(tz, l.y, l.m, l.d, l.minuteOfDay);
        // Equal, or the same wall clock one change earlier (at most an hour).
        expect(back).toBeLessThanOrEqual(u);
        expect(u - back).toBeLessThanOrEqual(3_600_000);
        if (back !== u) expect(localDateOf(tz, back)).toEqual(l);
      }),
    );
  });
});

describe('localDateOf', () => {
  it('gives the local date, ISO weekday and minute of day', () => {
    // 2026-01-06T16:00Z is Tuesday 17:00 in Berlin and already Wednesday 01:00 in Tokyo.
    expect(localDateOf('Europe/Berlin', utc('2026-01-06T16:00:00Z'))).toEqual({ y: 2026, m: 1, d: 6, weekday: 2, minuteOfDay: 1020 });
    expect(localDateOf('Asia/Tokyo', utc('2026-01-06T16:00:00Z'))).toEqual({ y: 2026, m: 1, d: 7, weekday: 3, minuteOfDay: 60 });
    expect(localDateOf('America/New_York', utc('2026-01-11T04:59:30Z'))).toEqual({ y: 2026, m: 1, d: 10, weekday: 6, minuteOfDay: 1439.5 });
  });

  it('follows half-hour and quarter-hour offsets', () => {
    expect(offsetMs('Asia/Kolkata', utc('2026-01-06T00:00:00Z'))).toBe(330 * 60_000);
    expect(offsetMs('Asia/Kathmandu', utc('2026-01-06T00:00:00Z'))).toBe(345 * 60_000);
  });
});

describe('offsetMs', () => {
  /** The offset straight from Intl, the slow way, for comparison. */
  const reference = (tz: string, utcMs: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
        .formatToParts(new Date(utcMs))
        .map((p) => [p.type, Number(p.value)]),
    );
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(utcMs / 1000) * 1000;
  };
  const zones = ['Europe/Berlin', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Tehran', 'America/Havana', 'Asia/Kolkata'];

  it('agrees with Intl at any instant, in zones with whole-hour, half-hour and 45-minute changes', () => {
    const instants = fc.integer({ min: utc('2024-01-01T00:00:00Z'), max: utc('2030-01-01T00:00:00Z') });
    fc.assert(
      fc.property(fc.constantFrom(...zones), instants, (tz, t) => {
        expect(offsetMs(tz, t)).toBe(reference(tz, t));
      }),
      { numRuns: 2000 },
    );
  });

  it('changes on the very minute the clocks do', () => {
    // Berlin springs forward at 01:00Z, New York at 07:00Z, Lord Howe falls back half an hour at 15:00Z.
    const changes: Array<[string, string, number, number]> = [
      ['Europe/Berlin', '2026-03-29T01:00:00Z', 60, 120],
      ['America/New_York', '2026-03-08T07:00:00Z', -300, -240],
      ['Australia/Lord_Howe', '2026-04-04T15:00:00Z', 660, 630],
    ];
    for (const [tz, at, before, after] of changes) {
      expect(offsetMs(tz, utc(at) - 60_000) / 60_000).toBe(before);
      expect(offsetMs(tz, utc(at) - 1) / 60_000).toBe(before);
      expect(offsetMs(tz, utc(at)) / 60_000).toBe(after);
    }
  });
});

describe('UTC by name', () => {
  it('answers as Intl does for GMT, which it asks: offset 0, the same local dates and instants', () => {
    expect(isValidTimeZone('UTC') && isValidTimeZone('Etc/UTC')).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }), fc.integer({ min: 0, max: 1439 }), (t, minute) => {
        for (const tz of ['UTC', 'Etc/UTC']) {
          expect(offsetMs(tz, t)).toBe(offsetMs('Etc/GMT', t));
          expect(localDateOf(tz, t)).toEqual(localDateOf('Etc/GMT', t));
          const d = new Date(t);
          expect(zonedToUtcMs(tz, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), minute)).toBe(
            zonedToUtcMs('Etc/GMT', d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), minute),
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
