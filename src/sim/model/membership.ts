import { sampler } from '../random/distribution.js';
import type { RandomStreams } from '../random/stream.js';
import type { PersonSpec } from '../scenario/types.js';

/** Turnover draws a seat makes at most: a bound for a tenure far shorter than the horizon. */
const MAX_TERMS = 10_000;

/**
 * The spans during which a person is on the team in one replication, as sorted [from, to) pairs of
 * simulation minutes, or null when they are on it throughout. A fixed join and leave bound it;
 * with turnover the seat's holder leaves after an exponential tenure (memoryless, counted from the
 * start or from their joining) and a replacement joins after a vacancy, drawn from the person's own
 * stream, so every review model sees the same changes (common random numbers).
 */
export function membershipSpans(spec: PersonSpec, horizonMin: number, streams: RandomStreams): Array<[number, number]> | null {
  const { joinMin, leaveMin, turnover } = spec;
  if (joinMin === -Infinity && leaveMin === Infinity && !turnover) return null;
  if (!turnover) return [[joinMin, leaveMin]];
  const rng = streams.get('turnover', spec.id);
  const vacancy = sampler(turnover.vacancy);
  const spans: Array<[number, number]> = [];
  let from = joinMin;
  for (let i = 0; i < MAX_TERMS; i++) {
    const leave = Math.max(from, 0) - turnover.meanTenureMin * Math.log(1 - rng());
    if (leave >= leaveMin || leave > horizonMin) {
      spans.push([from, leaveMin]);
      break;
    }
    spans.push([from, leave]);
    from = leave + Math.max(0, vacancy(rng));
    if (from >= leaveMin || from > horizonMin) break;
  }
  return spans;
}
