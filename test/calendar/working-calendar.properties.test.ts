import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseWorkingHours } from '../../src/sim/calendar/hours.js';
import { WorkingCalendar, type CalendarSpec } from '../../src/sim/calendar/working-calendar.js';
import { localDateOf } from '../../src/sim/calendar/zone.js';

const ORIGIN = Date.parse('2026-01-06T00:00:00Z');
const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const spec = (tz: string, hours: string, extra: Partial<CalendarSpec> = {}): CalendarSpec => ({
  tz,
  days: WEEKDAYS,
  hours: parseWorkingHours(hours),
  ...extra,
});

/** Calendars whose window edges avoid clock changes, so the wall clock alone says who works. */
const plainSpecs: CalendarSpec[] = [
  spec('Europe/Berlin', '09:00-17:00'),
  spec('America/New_York', '09:00-17:00'),
  spec('Asia/Tokyo', '9-17'),
  spec('America/Los_Angeles', '08:00-12:00, 13:00-17:30'),
  spec('Asia/Kolkata', '09:30-18:00', { days: [7, 1, 2, 3, 4] }),
  spec('Australia/Lord_Howe', '08:00-16:00', { holidays: ['2026-01-26', '2026-04-03', '2026-12-25'] }),
  spec('Europe/Berlin', '22:00-24:00, 00:00-06:00', { days: EVERY_DAY }),
  spec('America/Havana', '09:00-17:00', { leave: [{ from: '2026-02-02', to: '2026-02-20' }] }),
  spec('UTC', '24/7', { days: EVERY_DAY, holidays: ['2026-01-08', '2026-05-01'] }),
];
/** Santiago changes its clocks at midnight: a 24/7 week there has ambiguous day edges. */
const allSpecs = [...plainSpecs, spec('America/Santiago', '24/7')];

/** One shared calendar per spec; properties draw specs so counterexamples print readably. */
const shared = new Map(allSpecs.map((s) => [s, new WorkingCalendar(s, ORIGIN)]));
const calendars = fc.constantFrom(...allSpecs).map((s) => shared.get(s)!, (c) => (c as WorkingCalendar).spec);
const instant = fc.double({ min: -7 * 1440, max: 3 * 366 * 1440, noNaN: true });
const work = fc.double({ min: 0, max: 20_000, noNaN: true });

/** Working by the wall clock: a working local day that is not off, inside one of the windows. */
function worksByWallClock(s: CalendarSpec, utcMs: number): boolean {
  const local = localDateOf(s.tz, utcMs);
  const iso = `${local.y}-${String(local.m).padStart(2, '0')}-${String(local.d).padStart(2, '0')}`;
  if (!s.days.includes(local.weekday) || s.holidays?.includes(iso)) return false;
  if (s.leave?.some((l) => iso >= l.from && iso <= l.to)) return false;
  const windows = s.hours === 'always' ? [[0, 1440]] : s.hours;
  return windows.some(([a, b]) => local.minuteOfDay >= a && local.minuteOfDay < b);
}

describe('WorkingCalendar properties', () => {
  it('nobody works outside their hours: isWorking agrees with the local wall clock', () => {
    // Whole milliseconds, so that the wall clock and the calendar see exactly the same instant.
    const ms = fc.integer({ min: ORIGIN - 7 * 86_400_000, max: ORIGIN + 3 * 366 * 86_400_000 });
    fc.assert(
      fc.property(fc.constantFrom(...plainSpecs), ms, (s, utcMs) => {
        expect(shared.get(s)!.isWorking((utcMs - ORIGIN) / 60_000)).toBe(worksByWallClock(s, utcMs));
      }),
      { numRuns: 2000 },
    );
  });

  it('adding working time never ends strictly outside working hours', () => {
    fc.assert(
      fc.property(calendars, instant, fc.double({ min: 0.001, max: 20_000, noNaN: true }), (c, t, m) => {
        const end = c.addWorkingTime(t, m);
        expect(end).toBeGreaterThan(t);
        // Working at the end, or the end is exactly where a window closes.
        if (!c.isWorking(end)) expect(c.workingMinutesBetween(end - 1e-6, end)).toBeGreaterThan(0);
      }),
    );
  });

  it('adding a then b equals adding a + b', () => {
    fc.assert(
      fc.property(calendars, instant, work, work, (c, t, a, b) => {
        expect(Math.abs(c.addWorkingTime(c.addWorkingTime(t, a), b) - c.addWorkingTime(t, a + b))).toBeLessThan(1e-6);
      }),
    );
  });

  it('working minutes between two instants are never negative and never exceed wall time', () => {
    fc.assert(
      fc.property(calendars, instant, instant, (c, a, b) => {
        const w = c.workingMinutesBetween(a, b);
        expect(w).toBeGreaterThanOrEqual(0);
        expect(w).toBeLessThanOrEqual(Math.max(0, b - a));
      }),
    );
  });

  it('working minutes add up over consecutive spans', () => {
    fc.assert(
      fc.property(calendars, fc.array(instant, { minLength: 3, maxLength: 3 }), (c, times) => {
        const [a, b, d] = times.sort((x, y) => x - y);
        const sum = c.workingMinutesBetween(a, b) + c.workingMinutesBetween(b, d);
        expect(Math.abs(sum - c.workingMinutesBetween(a, d))).toBeLessThan(1e-6);
      }),
    );
  });

  it('the working minutes from t to t plus m of working time are m', () => {
    fc.assert(
      fc.property(calendars, instant, work, (c, t, m) => {
        expect(Math.abs(c.workingMinutesBetween(t, c.addWorkingTime(t, m)) - m)).toBeLessThan(1e-6);
      }),
    );
  });

  it('the next working instant is not earlier, is working, and nothing is worked before it', () => {
    fc.assert(
      fc.property(calendars, instant, (c, t) => {
        const next = c.nextWorkingInstant(t);
        expect(next).toBeGreaterThanOrEqual(t);
        expect(c.isWorking(next)).toBe(true);
        expect(c.workingMinutesBetween(t, next)).toBe(0);
        expect(c.windowEnd(t)).toBeGreaterThan(next);
      }),
    );
  });

  it('an answer from the last window found is the answer of a search', () => {
    // A calendar remembers the window of its last query; a new calendar over the same store
    // has none to remember and searches. Each question goes to a calendar of its own.
    const fresh = (s: CalendarSpec) => new WorkingCalendar(s, ORIGIN);
    fc.assert(
      fc.property(fc.constantFrom(...allSpecs), instant, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.double({ min: 0, max: 600, noNaN: true }), (s, t, u, m) => {
        const warm = fresh(s);
        const start = warm.nextWorkingInstant(t);
        if (!Number.isFinite(start)) return;
        const at = start + u * (warm.windowEnd(start) - start);
        expect(warm.isWorking(at)).toBe(fresh(s).isWorking(at));
        expect(warm.nextWorkingInstant(at)).toBe(fresh(s).nextWorkingInstant(at));
        expect(warm.windowEnd(at)).toBe(fresh(s).windowEnd(at));
        expect(warm.addWorkingTime(at, m)).toBe(fresh(s).addWorkingTime(at, m));
        expect(warm.workingMinutesBetween(start, at)).toBe(fresh(s).workingMinutesBetween(start, at));
      }),
      { numRuns: 300 },
    );
  });

  it('answers do not depend on the order of the questions', () => {
    // Each run builds a calendar with its own store (a distinct, harmless day off in 1999).
    let run = 0;
    fc.assert(
      fc.property(fc.constantFrom(...allSpecs), fc.array(instant, { minLength: 1, maxLength: 20 }), (s, times) => {
        const day = String((run++ % 28) + 1).padStart(2, '0');
        const fresh = new WorkingCalendar({ ...s, holidays: [...(s.holidays ?? []), `1999-${String(Math.floor(run / 28) % 12 + 1).padStart(2, '0')}-${day}`] }, ORIGIN);
        const reference = shared.get(s)!;
        for (const t of times) {
          expect(fresh.addWorkingTime(t, 600)).toBe(reference.addWorkingTime(t, 600));
          expect(fresh.windowEnd(t)).toBe(reference.windowEnd(t));
          expect(fresh.workingMinutesBetween(0, t)).toBe(reference.workingMinutesBetween(0, t));
        }
      }),
      { numRuns: 50 },
    );
  });
});
