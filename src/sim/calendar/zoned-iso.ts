import { offsetMs } from './zone.js';

/** A UTC offset in milliseconds as ISO 8601 text: +01:00, -05:00, +00:00. */
export function offsetText(offset: number): string {
  const minutes = Math.round(offset / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** An instant as ISO 8601 wall-clock time in a zone, with that zone's offset then: 2026-03-02T09:30:00.000+01:00. */
export function zonedIso(utcMs: number, tz: string): string {
  const ms = Math.floor(utcMs);
  const offset = tz === 'UTC' ? 0 : offsetMs(tz, ms);
  return new Date(ms + offset).toISOString().slice(0, 23) + offsetText(offset);
}
