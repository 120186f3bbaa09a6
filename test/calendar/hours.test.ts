import { describe, expect, it } from 'vitest';
import { CalendarInputError } from '../../src/sim/calendar/errors.js';
import { isValidTimeZone, parseLocalDate, parseWorkingDays, parseWorkingHours } from '../../src/sim/calendar/hours.js';

describe('parseWorkingHours', () => {
  it('reads one window as minutes after local midnight', () => {
    expect(parseWorkingHours('09:00-17:00')).toEqual([[540, 1020]]);
    expect(parseWorkingHours('9-17')).toEqual([[540, 1020]]);
    expect(parseWorkingHours(' 08:30 - 12:00 ')).toEqual([[510, 720]]);
  });

  it('reads several windows and sorts them', () => {
    expect(parseWorkingHours('13:30-18:00, 09:00-12:30')).toEqual([[540, 750], [810, 1080]]);
  });

  it('lets a window run to midnight and a night shift be split there', () => {
    expect(parseWorkingHours('22:00-24:00, 00:00-06:00')).toEqual([[0, 360], [1320, 1440]]);
  });

  it('reads "24/7" as always', () => {
    expect(parseWorkingHours('24/7')).toBe('always');
  });

  it('rejects malformed text, backwards windows and overlaps with a reason', () => {
    const rejects = (text: string, reason: RegExp) => {
      expect(() => parseWorkingHours(text)).toThrow(CalendarInputError);
      expect(() => parseWorkingHours(text)).toThrow(reason);
    };
    rejects('9am to 5pm', /not a window/);
    rejects('', /empty/);
    rejects('09:00-17:00,', /not a window/);
    rejects('09:00-12:00-17:00', /not a window/);
    rejects('17:00-09:00', /ends before it starts/);
    rejects('09:00-09:00', /ends before it starts/);
    rejects('09:00-13:00, 12:00-17:00', /overlap/);
    rejects('25:00-26:00', /not a time of day/);
    rejects('09:60-17:00', /not a time of day/);
    rejects('24:30-24:45', /not a time of day/);
  });
});

describe('parseWorkingDays', () => {
  it('reads ranges, lists, arrays and "all" as sorted ISO weekdays', () => {
    expect(parseWorkingDays('mon-fri')).toEqual([1, 2, 3, 4, 5]);
    expect(parseWorkingDays('sun-thu')).toEqual([1, 2, 3, 4, 7]);
    expect(parseWorkingDays('mon,tue,thu')).toEqual([1, 2, 4]);
    expect(parseWorkingDays(['wed', 'mon'])).toEqual([1, 3]);
    expect(parseWorkingDays('all')).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('wraps a range past Sunday', () => {
    expect(parseWorkingDays('fri-mon')).toEqual([1, 5, 6, 7]);
  });

  it('accepts full names, any case, and repeats once', () => {
    expect(parseWorkingDays('Monday, TUES, thurs, mon')).toEqual([1, 2, 4]);
    expect(parseWorkingDays(['mon-wed', 'tue'])).toEqual([1, 2, 3]);
  });

  it('rejects unknown days and broken ranges', () => {
    expect(() => parseWorkingDays('mon-funday')).toThrow(/"funday" is not a day/);
    expect(() => parseWorkingDays('monkey')).toThrow(/not a day/);
    expect(() => parseWorkingDays('mo')).toThrow(/not a day/);
    expect(() => parseWorkingDays('mon-wed-fri')).toThrow(/not a range/);
    expect(() => parseWorkingDays('')).toThrow(/no working days/);
    expect(() => parseWorkingDays([])).toThrow(CalendarInputError);
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones and rejects others', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    // Asked twice: the cached answer is the same.
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('parseLocalDate', () => {
  it('accepts real dates and rejects the rest', () => {
    expect(parseLocalDate(' 2026-12-24 ')).toBe('2026-12-24');
    expect(parseLocalDate('2028-02-29')).toBe('2028-02-29');
    expect(() => parseLocalDate('2026-02-29')).toThrow(/not a date/);
    expect(() => parseLocalDate('2026-1-5')).toThrow(CalendarInputError);
  });
});
