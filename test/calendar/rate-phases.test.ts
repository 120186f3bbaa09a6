import { describe, expect, it } from 'vitest';
import { ratePhases, type RateSchedule, type WeeklyProfile } from '../../src/sim/calendar/rate-phases.js';
import { expectedArrivals } from '../../src/sim/index.js';

const DAY = 1440;
const WEEK = 7 * DAY;
/** Monday 5 January 2026, 00:00 UTC. */
const ORIGIN = Date.parse('2026-01-05T00:00:00Z');

/** Factor 1 on mon-fri, 0 at the weekend; 1 from 09:00 to 17:00 local, 0 outside. */
const businessHours = (tz: string): WeeklyProfile => ({
  tz,
  dayFactors: [1, 1, 1, 1, 1, 0, 0],
  hours: [{ fromMin: 9 * 60, toMin: 17 * 60, factor: 1 }],
  otherHoursFactor: 0,
});

const schedule = (ratePerMin: number, profile: WeeklyProfile | null, periods: RateSchedule['periods'] = []): RateSchedule => ({ ratePerMin, profile, periods });

describe('a rate schedule as phases', () => {
  it('without a profile or periods is one phase over the whole run', () => {
    expect(ratePhases(schedule(0.05, null), ORIGIN, 4 * WEEK)).toEqual({ startMin: [0], ratePerMin: [0.05], endMin: 4 * WEEK });
  });

  it('business hours in New York (UTC-5 in January) open at 14:00 UTC and close at 22:00 UTC, weekdays only', () => {
    const rate = ratePhases(schedule(0.05, businessHours('America/New_York')), ORIGIN, WEEK);
    // Monday 09:00 EST = minute 840, 17:00 = 1320; Tuesday the same a day later; nothing Saturday or Sunday.
    expect(rate.startMin.slice(0, 5)).toEqual([0, 840, 1320, DAY + 840, DAY + 1320]);
    expect(rate.ratePerMin.slice(0, 3)).toEqual([0, 0.05, 0]);
    expect(rate.startMin).toHaveLength(11);
    expect(rate.startMin[10]).toBe(4 * DAY + 1320);
    // 5 days × 8 h × 3 an hour.
    expect(expectedArrivals(rate)).toBeCloseTo(120, 9);
  });

  it('follows the zone across a daylight-saving change: after 8 March 2026 New York opens at 13:00 UTC', () => {
    const rate = ratePhases(schedule(0.05, businessHours('America/New_York')), ORIGIN, 10 * WEEK);
    const monday9March = 63 * DAY;
    expect(rate.startMin).toContain(monday9March + 13 * 60);
    expect(rate.startMin).toContain(monday9March + 21 * 60);
    expect(rate.startMin).not.toContain(monday9March + 14 * 60);
    expect(expectedArrivals(rate)).toBeCloseTo(10 * 120, 9);
  });

  it('handles a zone ahead of UTC: Tokyo (UTC+9) opens at the origin instant, Monday 09:00 local', () => {
    const rate = ratePhases(schedule(1, businessHours('Asia/Tokyo')), ORIGIN, WEEK);
    expect(rate.startMin.slice(0, 3)).toEqual([0, 480, DAY]);
    expect(rate.ratePerMin.slice(0, 2)).toEqual([1, 0]);
  });

  it('multiplies by a period and merges equal neighbours: a burst week doubles that week only', () => {
    const rate = ratePhases(schedule(0.01, null, [{ fromMin: 2 * WEEK, untilMin: 3 * WEEK, factor: 2 }]), ORIGIN, 4 * WEEK);
    expect(rate).toEqual({ startMin: [0, 2 * WEEK, 3 * WEEK], ratePerMin: [0.01, 0.02, 0.01], endMin: 4 * WEEK });
    expect(expectedArrivals(rate, 2 * WEEK, 3 * WEEK)).toBeCloseTo(2 * expectedArrivals(rate, 0, WEEK), 9);
  });

  it('a peak-hours profile keeps the rest of the day at the level: 3× from 10:00 to 12:00 UTC', () => {
    const profile: WeeklyProfile = { tz: 'UTC', dayFactors: [1, 1, 1, 1, 1, 1, 1], hours: [{ fromMin: 600, toMin: 720, factor: 3 }], otherHoursFactor: 1 };
    const rate = ratePhases(schedule(1 / 60, profile), ORIGIN, DAY);
    expect(rate).toEqual({ startMin: [0, 600, 720], ratePerMin: [1 / 60, 3 / 60, 1 / 60], endMin: DAY });
    // 22 h at 1 an hour + 2 h at 3 an hour.
    expect(expectedArrivals(rate)).toBeCloseTo(28, 9);
  });

  it('stops at the end: nothing is laid past it', () => {
    const rate = ratePhases(schedule(1, businessHours('UTC')), ORIGIN, DAY + 600);
    expect(rate.startMin).toEqual([0, 540, 1020, DAY + 540]);
    expect(expectedArrivals(rate)).toBe(480 + 60);
  });
});
