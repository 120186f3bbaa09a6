import * as z from 'zod';
import { distribution, probability, timeZone, wallDuration } from './primitives.js';

/** Arrivals per unit of time: "2/h", "15/d", "40/w" (also /s, /m). */
export const RATE_SOURCE = '^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*/\\s*(s|m|h|d|w)\\s*$';

function rateError(input: unknown): string {
  if (input === undefined) return 'missing: this field is required (a rate, e.g. "2/h")';
  if (typeof input === 'number') return `write the unit too, e.g. "${input}/h" (arrivals an hour) or "${input}/d"`;
  return `${JSON.stringify(input)} is not a rate; write arrivals per unit of time: "2/h", "15/d" or "40/w"`;
}

/** A rate of arrivals: a number per second, minute, hour, day or week. */
export const arrivalRate = z
  .string({ error: (iss) => rateError(iss.input) })
  .regex(new RegExp(RATE_SOURCE), { error: (iss) => rateError(iss.input) })
  .meta({ description: 'Arrivals per unit of time (Poisson): "2/h", "15/d", "40/w".' });

/** A multiplier of a stream's rate: 0 (no arrivals) to 1000. */
const factor = z.number().min(0).max(1000);

/** A period of the run (an offset from the start to another) whose rate is multiplied: a seasonal burst, a quiet week. */
export const ratePeriod = z.strictObject({
  from: wallDuration.meta({ description: 'Start of the period, after the scenario start, e.g. "6w".' }),
  until: wallDuration.meta({ description: 'End of the period, after the scenario start, e.g. "9w".' }),
  factor: factor.meta({ description: 'The rate in the period is multiplied by this (2: twice the arrivals; 0: none).' }),
});

/**
 * A stream of routine assets: a renewal process (`interarrival`) or a Poisson process (`rate`),
 * whose rate may follow a weekly profile in a zone (`days`, `hours`) and periods of the run.
 */
export const stream = z.strictObject({
  name: z.string().min(1).max(200).optional().meta({ description: 'The stream\'s name; names its random numbers, so renaming a stream changes its draws. Required in `streams`.' }),
  interarrival: distribution.optional().meta({ description: 'Time between arrivals, e.g. {exponential: {mean: 25m}} (a steady stream; or give rate).' }),
  rate: arrivalRate.optional(),
  tz: timeZone.default('UTC').meta({ description: 'IANA zone of `days` and `hours`.' }),
  days: z
    .union([z.string(), z.array(z.string()), z.record(z.string(), factor)], {
      error: 'days are working days ("mon-fri", [mon, wed]) or factors by day ({sat: 0, sun: 0, mon: 1.5})',
    })
    .optional()
    .meta({ description: 'Arrival days in the zone: "mon-fri" (none on other days), or factors by day, {mon: 1.5, sat: 0} (unlisted days: 1).' }),
  hours: z
    .union([z.string(), z.record(z.string(), factor)], {
      error: 'hours are local windows ("09:00-17:00") or factors by window ({"10:00-12:00": 3})',
    })
    .optional()
    .meta({ description: 'Arrival hours in the zone: "09:00-17:00" (none outside), or factors by window, {"10:00-12:00": 3} (unlisted hours: 1).' }),
  periods: z.array(ratePeriod).max(1000).default([]).meta({ description: 'Periods of the run whose rate is multiplied (a seasonal burst, a quiet week).' }),
  clarity: probability.default(1),
  channel: z
    .union([z.string().min(1), z.array(z.string().min(1)).min(1).max(500)], { error: 'a channel name or a list of channel names' })
    .default('routine')
    .meta({ description: 'The channel of its assets, or a list (each arrival on one of them, chosen at random).' }),
  priority: z.int().min(1).max(5).default(2),
  until: wallDuration.optional().meta({ description: 'No arrivals after this offset (default: the horizon).' }),
});

/** A stream as the schema yields it (defaults filled in, durations and rates still text). */
export type StreamInput = z.output<typeof stream>;
