/** A deadline read from the command line: minutes since the scenario's start, and the UTC offset it was written in. */
export interface Deadline {
  minutes: number;
  /** The offset it was written with, in minutes east of UTC (tables show dates in it). */
  offsetMin: number;
}

const FORMAT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an ISO 8601 instant with an explicit offset ("2026-03-20T17:00+01:00", "…Z") against a
 * scenario's start (ms since the epoch) and horizon (minutes). Returns a message when it is
 * malformed, names a date that does not exist, has no offset, or lies outside the simulated time.
 */
export function parseDeadline(text: string, scenario: { originMs: number; horizonMin: number }): Deadline | string {
  const m = FORMAT.exec(text.trim());
  if (!m) {
    return `--deadline "${text}": write an instant with its UTC offset, e.g. 2026-03-20T17:00+01:00 or 2026-03-20T16:00Z`;
  }
  const [, y, mo, d, h, mi, s, zone] = m;
  const offsetMin = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  const check = new Date(local);
  if (check.getUTCFullYear() !== Number(y) || check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59 || Math.abs(offsetMin) > 18 * 60) {
    return `--deadline "${text}": no such date or time`;
  }
  const minutes = (local - offsetMin * 60_000 - scenario.originMs) / 60_000;
  const start = new Date(scenario.originMs).toISOString();
  if (minutes <= 0) return `--deadline "${text}" is not after the scenario's start (${start})`;
  if (minutes > scenario.horizonMin) {
    const end = new Date(scenario.originMs + scenario.horizonMin * 60_000).toISOString();
    return `--deadline "${text}" is after the end of the simulated time (${end}); lengthen the scenario's horizon to reach it`;
  }
  return { minutes, offsetMin };
}

/** Formats an ISO instant as "YYYY-MM-DD HH:MM" at a fixed offset ("+01:00"), the offset appended. */
export function formatAtOffset(iso: string, offset: string): string {
  const sign = offset[0] === '-' ? -1 : 1;
  const offsetMin = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(Date.parse(iso) + offsetMin * 60_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)} ${offset}`;
}
