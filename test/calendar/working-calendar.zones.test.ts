import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WorkingCalendar, type CalendarSpec } from '../../src/sim/calendar/working-calendar.js';
import { localDateOf, offsetMs } from '../../src/sim/calendar/zone.js';

const ORIGIN = Date.parse('2026-01-06T00:00:00Z');
const DAY_MS = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Any IANA zone, any working days, up to three windows on a quarter-hour grid, or 24/7; a few holidays. */
const specs = fc
  .record({
    tz: fc.constantFrom(...Intl.supportedValuesOf('timeZone')),
    days: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
    edges: fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 2, maxLength: 6 }),
    always: fc.boolean(),
    holidays: fc.array(fc.integer({ min: 0, max: 800 }), { maxLength: 5 }),
  })
  .map(({ tz, days, edges, always, holidays }): CalendarSpec => {
    const minutes = [...edges].sort((a, b) => a - b).map((q) => q * 15);
    const hours: Array<[number, number]> = [];
    for (let i = 0; i + 1 < minutes.length; i += 2) hours.push([minutes[i], minutes[i + 1]]);
    return { tz, days, hours: always ? 'always' : hours, holidays: holidays.map((k) => isoDate(ORIGIN + k * DAY_MS)) };
  });
const instantsMs = fc.array(fc.integer({ min: -7 * DAY_MS, max: 800 * DAY_MS }), { minLength: 1, maxLength: 15 });
const work = fc.double({ min: 0, max: 30_000, noNaN: true });

/** The wall-clock answer, or null on a local day with a clock change (its window edges may move). */
function worksByWallClock(s: CalendarSpec, utcMs: number): boolean | null {
  const local = localDateOf(s.tz, utcMs);
  const midnight = utcMs - local.minuteOfDay * 60_000;
  if (offsetMs(s.tz, midnight - 3 * 3_600_000) !== offsetMs(s.tz, midnight + DAY_MS + 3 * 3_600_000)) return null;
  if (!s.days.includes(local.weekday) || s.holidays?.includes(isoDate(Date.UTC(local.y, local.m - 1, local.d)))) return false;
  const windows = s.hours === 'always' ? [[0, 1440]] : s.hours;
  return windows.some(([a, b]) => local.minuteOfDay >= a && local.minuteOfDay < b);
}

/** A calendar with a store of its own: an extra, harmless day off in the 1990s makes the spec unique. */
let built = 0;
function freshCalendar(s: CalendarSpec): WorkingCalendar {
  built++;
  const unique = `${1990 + (built % 10)}-${String((Math.floor(built / 10) % 12) + 1).padStart(2, '0')}-${String((Math.floor(built / 120) % 28) + 1).padStart(2, '0')}`;
  return new WorkingCalendar({ ...s, holidays: [...(s.holidays ?? []), unique] }, ORIGIN);
}

describe('WorkingCalendar in any zone', () => {
  it('keeps its promises for any zone, days, windows and holidays', () => {
    fc.assert(
      fc.property(specs, instantsMs, work, (s, offsets, m) => {
        const c = freshCalendar(s);
        for (const offset of offsets) {
          const t = offset / 60_000;
          const wall = worksByWallClock(s, ORIGIN + offset);
          if (wall !== null) expect(c.isWorking(t)).toBe(wall);
          const next = c.nextWorkingInstant(t);
          expect(next).toBeGreaterThanOrEqual(t);
          if (next < Infinity) expect(c.isWorking(next)).toBe(true);
          const end = c.addWorkingTime(t, m);
          expect(Math.abs(c.workingMinutesBetween(t, end) - m)).toBeLessThan(1e-6);
          if (m > 0 && !c.isWorking(end)) expect(c.workingMinutesBetween(end - 1e-6, end)).toBeGreaterThan(0);
          expect(Math.abs(c.addWorkingTime(c.addWorkingTime(t, m / 3), m - m / 3) - end)).toBeLessThan(1e-6);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('answers do not depend on which questions were asked before', () => {
    const answers = (c: WorkingCalendar, t: number) => [
      c.isWorking(t),
      c.nextWorkingInstant(t),
      c.windowEnd(t),
      c.addWorkingTime(t, 600),
      c.workingMinutesBetween(t - 5000, t),
      c.windows(t, t + 3000),
    ];
    fc.assert(
      fc.property(specs, instantsMs, (s, offsets) => {
        const times = offsets.map((o) => o / 60_000);
        const forward = freshCalendar(s);
        const backward = freshCalendar(s);
        const inOrder = times.map((t) => answers(forward, t));
        const reversed = [...times].reverse().map((t) => answers(backward, t)).reverse();
        expect(reversed).toEqual(inOrder);
      }),
      { numRuns: 100 },
    );
  });
});
