import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WorkingCalendar } from '../../src/sim/index.js';
import { parseWorkingDays, parseWorkingHours } from '../../src/sim/calendar/hours.js';
import { zonedToUtcMs } from '../../src/sim/calendar/zone.js';

const ORIGIN = Date.parse('2026-01-06T00:00:00Z'); // a Tuesday
const at = (iso: string) => (Date.parse(iso) - ORIGIN) / 60_000;
const cal = (tz: string, hours = '09:00-17:00', extra: Partial<ConstructorParameters<typeof WorkingCalendar>[0]> = {}) =>
  new WorkingCalendar({ tz, days: [1, 2, 3, 4, 5], hours: parseWorkingHours(hours), ...extra }, ORIGIN);

const berlin = cal('Europe/Berlin');
const newYork = cal('America/New_York');
const tokyo = cal('Asia/Tokyo');
const split = cal('America/Los_Angeles', '08:00-12:00, 13:00-17:30');

describe('working hours and days', () => {
  it('parses windows, days and 24/7', () => {
    expect(parseWorkingHours('09:00-17:00')).toEqual([[540, 1020]]);
    expect(parseWorkingHours('9-17')).toEqual([[540, 1020]]);
    expect(parseWorkingHours('13:30-18:00, 09:00-12:30')).toEqual([[540, 750], [810, 1080]]);
    expect(parseWorkingHours('24/7')).toBe('always');
    expect(parseWorkingDays('mon-fri')).toEqual([1, 2, 3, 4, 5]);
    expect(parseWorkingDays('sun-thu')).toEqual([1, 2, 3, 4, 7]);
    expect(parseWorkingDays('fri-mon')).toEqual([1, 5, 6, 7]);
    expect(parseWorkingDays(['mon', 'wed'])).toEqual([1, 3]);
    expect(parseWorkingDays('all')).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('rejects malformed hours and days with a reason', () => {
    expect(() => parseWorkingHours('9am to 5pm')).toThrow(/not a window|working hours/);
    expect(() => parseWorkingHours('17:00-09:00')).toThrow(/ends before it starts/);
    expect(() => parseWorkingHours('09:00-13:00, 12:00-17:00')).toThrow(/overlap/);
    expect(() => parseWorkingHours('25:00-26:00')).toThrow(/not a time of day/);
    expect(() => parseWorkingDays('mon-funday')).toThrow(/not a day/);
  });
});

describe('WorkingCalendar', () => {
  it('a 09:00 start stays 09:00 local across the daylight-saving change', () => {
    // Berlin moves to summer time on 2026-03-29: 09:00 is 08:00Z before, 07:00Z after.
    expect(berlin.nextWorkingInstant(at('2026-03-27T05:00:00Z'))).toBe(at('2026-03-27T08:00:00Z'));
    expect(berlin.nextWorkingInstant(at('2026-03-30T05:00:00Z'))).toBe(at('2026-03-30T07:00:00Z'));
    // New York: 2026-03-08 (EST → EDT) and 2026-11-01 (back).
    expect(newYork.nextWorkingInstant(at('2026-03-06T05:00:00Z'))).toBe(at('2026-03-06T14:00:00Z'));
    expect(newYork.nextWorkingInstant(at('2026-03-09T05:00:00Z'))).toBe(at('2026-03-09T13:00:00Z'));
    expect(newYork.nextWorkingInstant(at('2026-11-02T05:00:00Z'))).toBe(at('2026-11-02T14:00:00Z'));
  });

  it('a Friday 16:00 Berlin task of two working hours ends Monday 10:00 Berlin', () => {
    const friday = at('2026-01-09T15:00:00Z'); // 16:00 CET
    expect(berlin.addWorkingTime(friday, 120)).toBe(at('2026-01-12T09:00:00Z')); // 10:00 CET Monday
  });

  it('a working week of 9–17 Monday to Friday has 40 working hours', () => {
    expect(berlin.workingMinutesBetween(at('2026-01-12T00:00:00Z'), at('2026-01-19T00:00:00Z'))).toBe(40 * 60);
    expect(split.workingMinutesBetween(at('2026-01-12T00:00:00Z'), at('2026-01-19T00:00:00Z'))).toBe(5 * 8.5 * 60);
  });

  it('holidays and leave are days off', () => {
    const c = cal('Europe/Berlin', '09:00-17:00', { holidays: ['2026-01-12'], leave: [{ from: '2026-01-14', to: '2026-01-15' }] });
    expect(c.workingMinutesBetween(at('2026-01-12T00:00:00Z'), at('2026-01-19T00:00:00Z'))).toBe(2 * 8 * 60);
    expect(c.isWorking(at('2026-01-12T10:00:00Z'))).toBe(false);
    expect(c.nextWorkingInstant(at('2026-01-12T10:00:00Z'))).toBe(at('2026-01-13T08:00:00Z'));
  });

  it('24/7 is always working', () => {
    const c = new WorkingCalendar({ tz: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], hours: 'always' }, ORIGIN);
    expect(c.isWorking(12345.6)).toBe(true);
    expect(c.addWorkingTime(10, 90)).toBe(100);
    expect(c.workingMinutesBetween(0, 1e6)).toBe(1e6);
  });

  it('a Berlin 17:00 message reaches a New York reviewer the same day and a Tokyo one the next morning', () => {
    const sent = at('2026-01-06T16:00:00Z'); // Tuesday 17:00 Berlin = 11:00 New York = 01:00 Wednesday Tokyo
    expect(newYork.nextWorkingInstant(sent)).toBe(sent);
    expect(tokyo.nextWorkingInstant(sent)).toBe(at('2026-01-07T00:00:00Z')); // 09:00 Wednesday Tokyo
  });

  it('converts local wall-clock time honouring the spring-forward gap', () => {
    // 02:30 does not exist in New York on 2026-03-08: it moves forward by the gap, to 03:30 EDT.
    expect(zonedToUtcMs('America/New_York', 2026, 3, 8, 150)).toBe(Date.parse('2026-03-08T07:30:00Z'));
    // 01:30 on 2026-11-01 happens twice: the earlier (EDT) instant is taken.
    expect(zonedToUtcMs('America/New_York', 2026, 11, 1, 90)).toBe(Date.parse('2026-11-01T05:30:00Z'));
  });
});

const calendars = fc.constantFrom(berlin, newYork, tokyo, split);
const instant = fc.double({ min: -5 * 1440, max: 400 * 1440, noNaN: true });
const minutes = fc.double({ min: 0, max: 5000, noNaN: true });

describe('WorkingCalendar properties', () => {
  it('adding working time never ends strictly outside working hours', () => {
    fc.assert(
      fc.property(calendars, instant, fc.double({ min: 0.001, max: 5000, noNaN: true }), (c, t, m) => {
        const end = c.addWorkingTime(t, m);
        expect(end).toBeGreaterThan(t);
        if (!c.isWorking(end)) expect(c.workingMinutesBetween(end - 1e-6, end)).toBeGreaterThan(0);
      }),
    );
  });

  it('adding a then b equals adding a + b', () => {
    fc.assert(
      fc.property(calendars, instant, minutes, minutes, (c, t, a, b) => {
        expect(c.addWorkingTime(c.addWorkingTime(t, a), b)).toBeCloseTo(c.addWorkingTime(t, a + b), 6);
      }),
    );
  });

  it('business hours between two instants are never negative and never exceed wall time', () => {
    fc.assert(
      fc.property(calendars, instant, instant, (c, a, b) => {
        const w = c.workingMinutesBetween(a, b);
        expect(w).toBeGreaterThanOrEqual(0);
        expect(w).toBeLessThanOrEqual(Math.max(0, b - a) + 1e-9);
      }),
    );
  });

  it('the working minutes from t to t + m of working time are m', () => {
    fc.assert(
      fc.property(calendars, instant, minutes, (c, t, m) => {
        expect(c.workingMinutesBetween(t, c.addWorkingTime(t, m))).toBeCloseTo(m, 6);
      }),
    );
  });

  it('the next working instant is not earlier and is working', () => {
    fc.assert(
      fc.property(calendars, instant, (c, t) => {
        const next = c.nextWorkingInstant(t);
        expect(next).toBeGreaterThanOrEqual(t);
        expect(c.isWorking(next)).toBe(true);
      }),
    );
  });
});
