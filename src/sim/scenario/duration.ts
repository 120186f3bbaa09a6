/** Minutes per unit of a duration string. */
const UNIT_MINUTES: Record<string, number> = {
  s: 1 / 60,
  m: 1,
  h: 60,
  d: 1440,
  w: 10080,
};

const DURATION = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(s|m|h|d|w|bh)\s*$/;

/** A parsed duration: wall minutes, or business minutes counted in a working calendar. */
export interface ParsedDuration {
  minutes: number;
  business: boolean;
}

/**
 * Parses "90s", "20m", "4h", "2d", "1w" (wall time) or "4bh" (business hours);
 * returns an error message instead when the text is not a duration.
 */
export function parseDuration(text: string): ParsedDuration | string {
  const m = DURATION.exec(text);
  if (!m) {
    return `"${text}" is not a duration; write a number and a unit, e.g. "90s", "20m", "4h", "2d", "1w" or "4bh"`;
  }
  const value = Number(m[1]);
  if (m[2] === 'bh') return { minutes: value * 60, business: true };
  return { minutes: value * UNIT_MINUTES[m[2]], business: false };
}

/** Formats minutes as a short human duration ("1h 30m", "2d 4h", "45s"). */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return String(minutes);
  if (minutes < 1) return `${Math.round(minutes * 60)}s`;
  const parts: string[] = [];
  let rest = Math.round(minutes);
  for (const [unit, size] of [['d', 1440], ['h', 60], ['m', 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.slice(0, 2).join(' ');
}
