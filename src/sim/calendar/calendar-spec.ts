/** What a working calendar is made of: zone, days, hours and days off, all in local time. */
export interface CalendarSpec {
  /** IANA zone, e.g. "Europe/Berlin". */
  tz: string;
  /** ISO weekdays 1..7 that are working days. */
  days: number[];
  /** Local windows in minutes after midnight, or 'always' (24/7). */
  hours: Array<[number, number]> | 'always';
  /** Local dates "YYYY-MM-DD" with no work. */
  holidays?: string[];
  /** Local date ranges "YYYY-MM-DD", inclusive, with no work. */
  leave?: Array<{ from: string; to: string }>;
}
