import { isValidTimeZone, zonedToUtcMs } from '../calendar/zone.js';

/** A time read from an audit: the UTC instant, and the offset it was written with (null: taken from --tz). */
export type AuditTime = { ok: true; utcMs: number; offsetMin: number | null } | { ok: false; message: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const EXAMPLE = 'e.g. 2026-03-02T09:30:00+01:00';

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Reads an ISO 8601 date and time of day with a UTC offset (`Z`, `+01:00`, `-0500`); a `T` or a
 * space between date and time; seconds and fractions optional. A time without an offset is local
 * to `tz` when one is given (the `--tz` of the command), else a problem: guessing the zone would
 * shift every duration that crosses it.
 */
export function parseAuditTime(text: string, tz?: string): AuditTime {
  const m = ISO.exec(text.trim());
  if (!m) return { ok: false, message: `"${text}" is not a date and time (${EXAMPLE})` };
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const frac = m[7] === undefined ? 0 : Number(`0.${m[7]}`);
  if (y < 1970 || y > 2199) return { ok: false, message: `"${text}": the year must be within 1970-2199` };
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return { ok: false, message: `"${text}" is not a date that exists` };
  if (h > 23 || mi > 59 || s > 59) return { ok: false, message: `"${text}" is not a time of day that exists (00:00:00 to 23:59:59)` };
  const minuteOfDay = h * 60 + mi + (s + frac) / 60;
  const zone = m[8];
  if (zone === undefined) {
    if (tz === undefined) return { ok: false, message: `"${text}" has no UTC offset: write one (Z, +01:00) or give the zone such times are in with --tz (${EXAMPLE})` };
    if (!isValidTimeZone(tz)) return { ok: false, message: `--tz "${tz}" is not an IANA time zone (e.g. Europe/Berlin)` };
    return { ok: true, utcMs: zonedToUtcMs(tz, y, mo, d, minuteOfDay), offsetMin: null };
  }
  let offsetMin = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (oh > 18 || om > 59) return { ok: false, message: `"${text}": the offset ${zone} is out of range (-18:00 to +18:00)` };
    offsetMin = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return { ok: true, utcMs: Date.UTC(y, mo - 1, d, h, mi, s) + Math.round(frac * 1000) - offsetMin * 60_000, offsetMin };
}
