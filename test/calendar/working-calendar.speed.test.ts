import { describe, expect, it } from 'vitest';
import { parseWorkingHours } from '../../src/sim/calendar/hours.js';
import { WorkingCalendar } from '../../src/sim/calendar/working-calendar.js';

const ORIGIN = Date.parse('2026-01-06T00:00:00Z');
const TWO_YEARS_MIN = 2 * 365 * 1440;

/** A fixed linear congruential sequence in [0, 1): the same questions on every run. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('WorkingCalendar speed', () => {
  it('a calendar over two years answers 100k addWorkingTime queries', () => {
    const calendar = new WorkingCalendar(
      { tz: 'America/New_York', days: [1, 2, 3, 4, 5], hours: parseWorkingHours('09:00-12:30, 13:30-18:00'), holidays: ['2026-07-03', '2026-12-25'] },
      ORIGIN,
    );
    const next = sequence(42);
    let finite = 0;
    for (let k = 0; k < 100_000; k++) {
      const end = calendar.addWorkingTime(next() * TWO_YEARS_MIN, next() * 2400);
      if (Number.isFinite(end)) finite++;
    }
    expect(finite).toBe(100_000);
  });
});
