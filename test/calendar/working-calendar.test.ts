import { describe, expect, it } from 'vitest';
import { parseWorkingHours } from '../../src/sim/calendar/hours.js';
import { alwaysOnCalendar, WorkingCalendar, type CalendarSpec } from '../../src/sim/calendar/working-calendar.js';

const ORIGIN = Date.parse('2026-01-06T00:00:00Z'); // a Tuesday
/** Simulation minutes of a UTC instant. */
const at = (iso: string) => (Date.parse(iso) - ORIGIN) / 60_000;
const WEEKDAYS = [1, 2, 3, 4, 5];
const cal = (tz: string, hours = '09:00-17:00', extra: Partial<CalendarSpec> = {}) =>
  new WorkingCalendar({ tz, days: WEEKDAYS, hours: parseWorkingHours(hours), ...extra }, ORIGIN);

const berlin = cal('Europe/Berlin');
const newYork = cal('America/New_York');
const tokyo = cal('Asia/Tokyo');

describe('WorkingCalendar across daylight-saving changes', () => {
  it('a Berlin 09:00 start stays 09:00 local across 2026-03-29', () => {
    // Friday 27 March is CET (+1): 09:00 = 08:00Z. Monday 30 March is CEST (+2): 09:00 = 07:00Z.
    expect(berlin.nextWorkingInstant(at('2026-03-27T05:00:00Z'))).toBe(at('2026-03-27T08:00:00Z'));
    expect(berlin.nextWorkingInstant(at('2026-03-30T05:00:00Z'))).toBe(at('2026-03-30T07:00:00Z'));
    expect(berlin.windows(at('2026-03-27T00:00:00Z'), at('2026-03-31T00:00:00Z'))).toEqual([
      [at('2026-03-27T08:00:00Z'), at('2026-03-27T16:00:00Z')],
      [at('2026-03-30T07:00:00Z'), at('2026-03-30T15:00:00Z')],
    ]);
  });

  it('a New York 09:00 start stays 09:00 local across 2026-03-08 and 2026-11-01', () => {
    expect(newYork.nextWorkingInstant(at('2026-03-06T05:00:00Z'))).toBe(at('2026-03-06T14:00:00Z')); // EST
    expect(newYork.nextWorkingInstant(at('2026-03-09T05:00:00Z'))).toBe(at('2026-03-09T13:00:00Z')); // EDT
    expect(newYork.nextWorkingInstant(at('2026-10-30T05:00:00Z'))).toBe(at('2026-10-30T13:00:00Z')); // EDT
    expect(newYork.nextWorkingInstant(at('2026-11-02T05:00:00Z'))).toBe(at('2026-11-02T14:00:00Z')); // EST
  });

  it('a night across a one-hour change has one hour more or less of work', () => {
    // 22:00–24:00 + 00:00–06:00 is 8 hours; the night of the spring change has 7, of the autumn change 9.
    const nights = cal('Europe/Berlin', '22:00-24:00, 00:00-06:00', { days: [1, 2, 3, 4, 5, 6, 7] });
    expect(nights.windowEnd(at('2026-03-28T22:00:00Z'))).toBe(at('2026-03-29T04:00:00Z')); // 23:00 CET → 06:00 CEST
    expect(nights.workingMinutesBetween(at('2026-03-28T12:00:00Z'), at('2026-03-29T12:00:00Z'))).toBe(7 * 60);
    expect(nights.workingMinutesBetween(at('2026-10-24T12:00:00Z'), at('2026-10-25T12:00:00Z'))).toBe(9 * 60);
  });
});

describe('WorkingCalendar arithmetic', () => {
  it('a Friday 16:00 Berlin task of two working hours ends Monday 10:00 Berlin', () => {
    // One hour on Friday (16:00–17:00 CET), the other on Monday 09:00–10:00 CET = 09:00Z.
    expect(berlin.addWorkingTime(at('2026-01-09T15:00:00Z'), 120)).toBe(at('2026-01-12T09:00:00Z'));
  });

  it('work that fills a window to its end finishes at that end, not the next morning', () => {
    expect(berlin.addWorkingTime(at('2026-01-06T15:00:00Z'), 60)).toBe(at('2026-01-06T16:00:00Z')); // 17:00 CET
  });

  it('adding no work returns the same instant, even outside working hours', () => {
    const saturday = at('2026-01-10T12:00:00Z');
    expect(berlin.addWorkingTime(saturday, 0)).toBe(saturday);
  });

  it('a sliver of work begun outside working hours is done at the start of the next window', () => {
    // Saturday noon → Monday 09:00 CET, even when the sliver is too small to move a float.
    const saturday = at('2026-01-10T12:00:00Z');
    expect(berlin.addWorkingTime(saturday, Number.MIN_VALUE)).toBe(at('2026-01-12T08:00:00Z'));
    expect(berlin.addWorkingTime(saturday, 1)).toBe(at('2026-01-12T08:01:00Z'));
  });

  it('a working week of 9–17 Monday to Friday has 40 working hours', () => {
    expect(berlin.workingMinutesBetween(at('2026-01-12T00:00:00Z'), at('2026-01-19T00:00:00Z'))).toBe(5 * 8 * 60);
    // Two windows, 4 h + 4.5 h a day.
    const split = cal('America/Los_Angeles', '08:00-12:00, 13:00-17:30');
    expect(split.workingMinutesBetween(at('2026-01-12T00:00:00Z'), at('2026-01-19T00:00:00Z'))).toBe(5 * 8.5 * 60);
  });

  it('windowEnd is the end of the current window, or of the next one in a gap', () => {
    expect(berlin.windowEnd(at('2026-01-06T10:00:00Z'))).toBe(at('2026-01-06T16:00:00Z'));
    expect(berlin.windowEnd(at('2026-01-09T18:00:00Z'))).toBe(at('2026-01-12T16:00:00Z')); // Friday night → Monday
  });

  it('windows are clipped to the range asked for', () => {
    expect(berlin.windows(at('2026-01-06T12:00:00Z'), at('2026-01-07T10:00:00Z'))).toEqual([
      [at('2026-01-06T12:00:00Z'), at('2026-01-06T16:00:00Z')],
      [at('2026-01-07T08:00:00Z'), at('2026-01-07T10:00:00Z')],
    ]);
  });

  it('answers for times up to a week before the origin', () => {
    // Tuesday 2025-12-30, 11:00 CET.
    expect(berlin.isWorking(at('2025-12-30T10:00:00Z'))).toBe(true);
    expect(berlin.nextWorkingInstant(at('2025-12-30T20:00:00Z'))).toBe(at('2025-12-31T08:00:00Z'));
  });

  it('answers two years ahead', () => {
    // Monday 2028-01-10, 09:00 CET.
    expect(berlin.nextWorkingInstant(at('2028-01-09T12:00:00Z'))).toBe(at('2028-01-10T08:00:00Z'));
  });
});

describe('WorkingCalendar days off', () => {
  it('holidays and leave are days off', () => {
    // Week of 12 January: Monday a holiday, Wednesday–Thursday on leave; Tuesday and Friday remain.
    const c = cal('Europe/Berlin', '09:00-17:00', { holidays: ['2026-01-12'], leave: [{ from: '2026-01-14', to: '2026-01-15' }] });
    expect(c.workingMinutesBetween(at('2026-01-12T00:00:00Z'), at('2026-01-19T00:00:00Z'))).toBe(2 * 8 * 60);
    expect(c.isWorking(at('2026-01-12T10:00:00Z'))).toBe(false);
    expect(c.nextWorkingInstant(at('2026-01-12T10:00:00Z'))).toBe(at('2026-01-13T08:00:00Z'));
    expect(c.nextWorkingInstant(at('2026-01-13T17:00:00Z'))).toBe(at('2026-01-16T08:00:00Z'));
  });

  it('a holiday is the local date, not the UTC one', () => {
    // Tokyo 2026-01-07 is 2026-01-07T00:00Z..15:00Z; 09:00–17:00 JST is 00:00Z–08:00Z.
    const c = cal('Asia/Tokyo', '09:00-17:00', { holidays: ['2026-01-07'] });
    expect(c.nextWorkingInstant(at('2026-01-06T20:00:00Z'))).toBe(at('2026-01-08T00:00:00Z'));
  });

  it('no working window within five years is Infinity', () => {
    const never = cal('Europe/Berlin', '09:00-17:00', { days: [] });
    expect(never.nextWorkingInstant(0)).toBe(Infinity);
    expect(never.addWorkingTime(0, 60)).toBe(Infinity);
    expect(never.workingMinutesBetween(0, 1e6)).toBe(0);
    const sabbatical = cal('Europe/Berlin', '09:00-17:00', { leave: [{ from: '2026-01-01', to: '2031-12-31' }] });
    expect(sabbatical.nextWorkingInstant(0)).toBe(Infinity);
    expect(sabbatical.isWorking(at('2030-06-04T10:00:00Z'))).toBe(false);
  });
});

describe('WorkingCalendar around the clock', () => {
  it('24/7 on every day is always working', () => {
    const c = alwaysOnCalendar(ORIGIN);
    expect(c.alwaysOn).toBe(true);
    expect(c.isWorking(12345.6)).toBe(true);
    expect(c.nextWorkingInstant(-100)).toBe(-100);
    expect(c.addWorkingTime(10, 90)).toBe(100);
    expect(c.workingMinutesBetween(0, 1e6)).toBe(1e6);
    expect(c.windows(5, 50)).toEqual([[5, 50]]);
  });

  it('24/7 still honours working days and holidays', () => {
    // Monday to Friday around the clock: one window from Monday 00:00 to Saturday 00:00 Berlin.
    const weekdays = cal('Europe/Berlin', '24/7');
    expect(weekdays.alwaysOn).toBe(false);
    expect(weekdays.windowEnd(at('2026-01-06T12:00:00Z'))).toBe(at('2026-01-09T23:00:00Z'));
    expect(weekdays.nextWorkingInstant(at('2026-01-10T12:00:00Z'))).toBe(at('2026-01-11T23:00:00Z'));
    const withHoliday = cal('UTC', '24/7', { days: [1, 2, 3, 4, 5, 6, 7], holidays: ['2026-01-08'] });
    expect(withHoliday.windowEnd(0)).toBe(at('2026-01-08T00:00:00Z'));
    expect(withHoliday.addWorkingTime(at('2026-01-07T23:00:00Z'), 120)).toBe(at('2026-01-09T01:00:00Z'));
    // After the last day off the window never ends.
    expect(withHoliday.windowEnd(at('2026-01-10T00:00:00Z'))).toBe(Infinity);
  });
});

describe('WorkingCalendar across zones', () => {
  it('a Berlin 17:00 message reaches New York the same day and Tokyo the next morning', () => {
    // Tuesday 17:00 Berlin = 16:00Z = 11:00 New York (working) = 01:00 Wednesday Tokyo (asleep).
    const sent = at('2026-01-06T16:00:00Z');
    expect(newYork.nextWorkingInstant(sent)).toBe(sent);
    expect(tokyo.nextWorkingInstant(sent)).toBe(at('2026-01-07T00:00:00Z')); // 09:00 Wednesday Tokyo
  });
});
