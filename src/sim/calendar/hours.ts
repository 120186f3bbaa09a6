import { CalendarInputError } from './errors.js';

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const validZones = new Map<string, boolean>();

function minuteOf(text: string, whole: string): number {
  const m = /^(\d{1,2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) throw new CalendarInputError(`"${whole}" is not working hours; write e.g. "09:00-17:00", "9-17" or "24/7"`);
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) throw new CalendarInputError(`"${text.trim()}" is not a time of day`);
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
    const ends = part.split('-');
    if (ends.length !== 2) throw new CalendarInputError(`"${part.trim()}" is not a window; write "start-end", e.g. "09:00-17:00"`);
    const start = minuteOf(ends[0], whole);
    const end = minuteOf(ends[1], whole);
    if (end <= start) throw new CalendarInputError(`"${part.trim()}" ends before it starts (night shifts: split at midnight)`);
    return [start, end];
  });
  windows.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < windows.length; i++) {
    if (windows[i][0] < windows[i - 1][1]) throw new CalendarInputError(`working windows in "${whole}" overlap`);
  }
  return windows;
}

/** Parses working days: "mon-fri", "sun-thu", "fri-mon", "mon,wed", ["mon","wed"], "all" → ISO weekdays. */
export function parseWorkingDays(text: string | string[]): number[] {
  const parts = (Array.isArray(text) ? text : text.split(',')).map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
  if (parts.length === 0) throw new CalendarInputError('no working days given; write e.g. "mon-fri"');
  const days = new Set<number>();
  const dayOf = (name: string) => {
    const i = DAY_NAMES.indexOf(name.slice(0, 3));
    if (i < 0 || !DAY_NAMES[i].startsWith(name.slice(0, 3)) || name.length < 3) {
      throw new CalendarInputError(`"${name}" is not a day; use mon, tue, wed, thu, fri, sat, sun`);
    }
    return i + 1;
  };
  for (const part of parts) {
    if (part === 'all') [1, 2, 3, 4, 5, 6, 7].forEach((d) => days.add(d));
    else if (part.includes('-')) {
      const [a, b] = part.split('-').map((x) => dayOf(x.trim()));
      for (let d = a; ; d = (d % 7) + 1) {
        days.add(d);
        if (d === b) break;
      }
    } else days.add(dayOf(part));
  }
  return [...days].sort((a, b) => a - b);
}

/** True when Intl knows the IANA zone. */
export function isValidTimeZone(tz: string): boolean {
  let ok = validZones.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      ok = tz.length > 0;
    } catch {
      ok = false;
    }
    validZones.set(tz, ok);
  }
  return ok;
}
