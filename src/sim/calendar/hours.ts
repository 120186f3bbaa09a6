import { CalendarInputError } from './errors.js';

export { isValidTimeZone } from './zone.js';

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Minutes after midnight of "9", "09", "9:30" or "24:00". */
function minuteOf(text: string, window: string): number {
  const m = /^(\d{1,2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) throw new CalendarInputError(`"${window}" is not a window; write e.g. "09:00-17:00", "9-17" or "24/7"`);
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) {
    throw new CalendarInputError(`"${text.trim()}" in "${window}" is not a time of day (00:00 to 24:00)`);
  }
  return h * 60 + min;
}

/**
 * Parses working hours: "24/7", "09:00-17:00", "9-17", or several windows
 * "09:00-12:30, 13:30-18:00". Returns local windows in minutes after midnight, sorted.
 */
export function parseWorkingHours(text: string): Array<[number, number]> | 'always' {
  const whole = text.trim();
  if (whole === '24/7') return 'always';
  if (whole === '') throw new CalendarInputError('working hours are empty; write e.g. "09:00-17:00" or "24/7"');
  const windows = whole.split(',').map((part): [number, number] => {
    const window = part.trim();
    const ends = window.split('-');
    if (ends.length !== 2) throw new CalendarInputError(`"${window}" is not a window; write "start-end", e.g. "09:00-17:00"`);
    const start = minuteOf(ends[0], window);
    const end = minuteOf(ends[1], window);
    if (end <= start) {
      throw new CalendarInputError(`"${window}" ends before it starts; split a night shift at midnight, e.g. "22:00-24:00, 00:00-06:00"`);
    }
    return [start, end];
  });
  windows.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < windows.length; i++) {
    if (windows[i][0] < windows[i - 1][1]) throw new CalendarInputError(`working windows in "${whole}" overlap`);
  }
  return windows;
}

/** ISO weekday of "mon", "Monday", "tues", … (any prefix of at least three letters). */
function weekdayOf(name: string): number {
  const i = name.length >= 3 ? DAY_NAMES.findIndex((day) => day.startsWith(name)) : -1;
  if (i < 0) throw new CalendarInputError(`"${name}" is not a day; use mon, tue, wed, thu, fri, sat, sun`);
  return i + 1;
}

/** Parses working days: "mon-fri", "sun-thu", "fri-mon", "mon,wed", ["mon","wed"], "all" → sorted ISO weekdays. */
export function parseWorkingDays(text: string | string[]): number[] {
  const parts = (Array.isArray(text) ? text.flatMap((t) => t.split(',')) : text.split(','))
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p !== '');
  if (parts.length === 0) throw new CalendarInputError('no working days given; write e.g. "mon-fri" or "all"');
  const days = new Set<number>();
  for (const part of parts) {
    if (part === 'all') {
      for (let d = 1; d <= 7; d++) days.add(d);
      continue;
    }
    const ends = part.split('-').map((x) => x.trim());
    if (ends.length > 2) throw new CalendarInputError(`"${part}" is not a range of days; write e.g. "mon-fri"`);
    const first = weekdayOf(ends[0]);
    const last = weekdayOf(ends[ends.length - 1]);
    // Ranges may wrap past Sunday: "fri-mon" is Friday, Saturday, Sunday, Monday.
    for (let d = first; ; d = (d % 7) + 1) {
      days.add(d);
      if (d === last) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** Checks a local date "YYYY-MM-DD" (a holiday, a day of leave) and returns it trimmed. */
export function parseLocalDate(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
    throw new CalendarInputError(`"${text}" is not a date; write e.g. "2026-12-24"`);
  }
  return m[0];
}
