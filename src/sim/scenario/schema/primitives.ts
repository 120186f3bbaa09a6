import * as z from 'zod';
import { isValidTimeZone, parseWorkingDays, parseWorkingHours } from '../../calendar/hours.js';
import { instantProblem, localDateProblem } from './dates.js';

const DURATION_SOURCE = '^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*(s|m|h|d|w|bh)\\s*$';
const WALL_DURATION_SOURCE = '^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*(s|m|h|d|w)\\s*$';

/** A value as a message quotes it, cut short when long. */
function shown(input: unknown): string {
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function durationError(input: unknown, business: boolean): string {
  if (input === undefined) return `missing: this field is required (a duration, e.g. ${business ? '"4bh"' : '"4h"'})`;
  if (typeof input === 'number') return `write the unit too, e.g. "${input}m" or "${input}h"`;
  if (typeof input === 'string' && /^\s*-/.test(input)) return `"${input}" is negative; a duration must be zero or more`;
  const units = business ? '"90s", "20m", "4h", "2d", "1w" or "4bh"' : '"90s", "20m", "4h", "2d" or "1w"';
  return `${JSON.stringify(input)} is not a duration; write a number and a unit: ${units}`;
}

/** A duration in wall time: "90s", "20m", "4h", "2d", "1w". */
export const wallDuration = z
  .string({ error: (iss) => durationError(iss.input, false) })
  .regex(new RegExp(WALL_DURATION_SOURCE), { error: (iss) => durationError(iss.input, false) })
  .meta({ description: 'A duration: a number and a unit (s, m, h, d, w), e.g. "20m", "4h", "2d".' });

/** A duration in wall time or business hours ("4bh"). */
export const duration = z
  .string({ error: (iss) => durationError(iss.input, true) })
  .regex(new RegExp(DURATION_SOURCE), { error: (iss) => durationError(iss.input, true) })
  .meta({ description: 'A duration: a number and a unit (s, m, h, d, w, or bh for business hours), e.g. "20m", "4bh".' });

/** A distribution: a constant duration, or one parametric family written as a one-key object. */
export const distribution = z
  .union([
    wallDuration,
    z.strictObject({ exponential: z.strictObject({ mean: wallDuration }) }),
    z.strictObject({ lognormal: z.strictObject({ mean: wallDuration, sd: wallDuration }) }),
    z.strictObject({ gamma: z.strictObject({ mean: wallDuration, sd: wallDuration }) }),
    z.strictObject({ triangular: z.strictObject({ min: wallDuration, mode: wallDuration, max: wallDuration }) }),
    z.strictObject({ uniform: z.strictObject({ min: wallDuration, max: wallDuration }) }),
    z.strictObject({ empirical: z.array(wallDuration).min(1) }),
  ], {
    error: (iss) =>
      (iss.input === undefined ? 'missing: this field is required (a distribution:' : `${shown(iss.input)} is not a distribution; write`) +
      ' a duration ("20m") or one of {exponential: {mean}}, {lognormal: {mean, sd}}, {gamma: {mean, sd}}, ' +
      `{triangular: {min, mode, max}}, {uniform: {min, max}}, {empirical: [durations]}${iss.input === undefined ? ')' : ''}`,
  })
  .meta({
    description:
      'A duration (constant) or one of {exponential: {mean}}, {lognormal: {mean, sd}}, {gamma: {mean, sd}}, ' +
      '{triangular: {min, mode, max}}, {uniform: {min, max}}, {empirical: [durations]}.',
  });

/** A probability in [0, 1]. */
export const probability = z.number().min(0).max(1);

/** An instant: an ISO-8601 date-time with a zone (Z or ±hh:mm) on a date that exists, years MIN_YEAR–MAX_YEAR. */
export const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, {
    error: (iss) => `${JSON.stringify(iss.input)} is not an instant; write e.g. "2026-01-05T09:00:00Z"`,
  })
  .superRefine((text, ctx) => {
    const problem = instantProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: `"${text}" is not a usable instant: ${problem}` });
  });

/** A local date "YYYY-MM-DD" that exists (no 31 February), years MIN_YEAR–MAX_YEAR. */
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date like "2026-12-25"' })
  .superRefine((text, ctx) => {
    const problem = localDateProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: `"${text}" is not a date: ${problem}` });
  });

/** Local time of day "HH:MM". */
export const timeOfDay = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { error: 'must be a time of day like "14:00"' });

/** An IANA time zone name, e.g. "Europe/Berlin". */
export const timeZone = z.string().refine(isValidTimeZone, {
  error: (iss) => `${JSON.stringify(iss.input)} is not a known IANA time zone (e.g. "Europe/Berlin", "America/New_York")`,
});

/** The message of a parse that throws on bad text, or null when the text parses. */
function parseProblem(parse: () => unknown): string | null {
  try {
    parse();
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Working hours: "09:00-17:00", several windows "09:00-12:00, 13:00-17:00", or "24/7". */
export const workingHours = z.string().superRefine((text, ctx) => {
  const problem = parseProblem(() => parseWorkingHours(text));
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Working days: "mon-fri", "sun-thu", "all", or a list. */
export const workingDays = z.union([z.string(), z.array(z.string())], { error: 'working days are text or a list of days, e.g. "mon-fri" or [mon, wed, fri]' }).superRefine((days, ctx) => {
  const problem = parseProblem(() => parseWorkingDays(days));
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export type DurationText = z.infer<typeof duration>;
export type DistributionInput = z.infer<typeof distribution>;
