/**
 * Calendar checks for dates written in a scenario. A date that does not exist (31 February) is
 * refused rather than rolled over, and years are kept to the range the time-zone data covers.
 */

/** Earliest year a scenario may start in or name (time-zone rules before it are guesses). */
export const MIN_YEAR = 1970;
/** Latest year a scenario may start in or name. */
export const MAX_YEAR = 2199;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why year-month-day is not a usable date, or null when it is one. */
export function dateProblem(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return `the year ${String(year).padStart(4, '0')} is outside ${MIN_YEAR}–${MAX_YEAR}`;
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${MONTHS[month - 1]} ${year} has no day ${day} (it has ${last})`;
  return null;
}

/** Why an ISO date-time with a zone ("2026-01-05T09:00:00Z", "…+02:00") is not a usable instant, or null. */
export function instantProblem(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|([+-])(\d{2}):(\d{2}))$/.exec(text);
  if (!m) return null; // the pattern is checked (and reported) by the schema itself
  const date = dateProblem(Number(m[1]), Number(m[2]), Number(m[3]));
  if (date) return date;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return `${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''} is not a time of day`;
  if (m[7] !== 'Z' && (Number(m[9]) > 14 || Number(m[10]) > 59)) return `${m[7]} is not a UTC offset (at most ±14:00)`;
  return null;
}

/** Why a local date "YYYY-MM-DD" is not a usable date, or null. */
export function localDateProblem(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? dateProblem(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
