import { localDateOf } from '../calendar/zone.js';
import type { Scenario } from '../scenario/types.js';
import { meanEstimate } from './estimate.js';
import { emptyPart, rounded, type FitPart } from './fitted-value.js';
import type { ReviewRound } from './review-rounds.js';

/** Sync first responses this far apart belong to different meetings. */
const SAME_MEETING_MS = 3 * 3_600_000;
/** Fewest meetings a cadence is read from. */
const MIN_MEETINGS = 4;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * The sync gate's cadence as observed: sync items discussed within three hours of each other were
 * one meeting, which began at its first discussion. The meeting's local weekday(s) and time (to the
 * quarter hour) in the gate's zone are the most frequent ones; the cadence follows from the median
 * gap between meetings (under 2 days daily, under 10 weekly, else biweekly).
 */
export function fitMeetings(rounds: readonly ReviewRound[], base: Scenario): FitPart {
  const part = emptyPart();
  const starts = rounds.filter((r) => r.submitted.route === 'sync' && r.firstResponse !== null).map((r) => r.firstResponse!.timeMs).sort((a, b) => a - b);
  const meetings: number[] = [];
  for (const t of starts) if (meetings.length === 0 || t - meetings[meetings.length - 1] > SAME_MEETING_MS) meetings.push(t);
  if (meetings.length < MIN_MEETINGS) {
    if (starts.length > 0 || base.models.includes('sync') || base.models.includes('hybrid')) part.notIdentified.push({ path: 'sync.cadence, sync.day, sync.time', why: `${meetings.length} meetings seen (${MIN_MEETINGS} needed)` });
    return part;
  }
  if (base.sync.rotation.length > 1) {
    part.notIdentified.push({ path: 'sync.slots', why: 'the base rotates its meeting through slots: the observed meetings are reported, the rotation kept' });
    return part;
  }
  const tz = base.sync.tz;
  const gaps = meetings.slice(1).map((t, i) => (t - meetings[i]) / 86_400_000).sort((a, b) => a - b);
  const medianGap = gaps[Math.floor(gaps.length / 2)];
  const cadence = medianGap < 2 ? 'daily' : medianGap < 10 ? 'weekly' : 'biweekly';
  const gap = meanEstimate(gaps)!;
  part.values.push({ path: ['sync', 'cadence'], value: cadence, estimate: { ...gap, value: medianGap }, unit: 'days between meetings (median)', measured: `${meetings.length} meetings seen (sync items discussed within 3 hours of each other)` });
  const byDay = new Array<number>(7).fill(0);
  const minutes: number[] = [];
  for (const t of meetings) {
    const local = localDateOf(tz, t);
    byDay[local.weekday - 1]++;
    minutes.push(Math.round(local.minuteOfDay / 15) * 15);
  }
  if (cadence !== 'daily') {
    const days = DAYS.filter((_, i) => byDay[i] >= 0.2 * meetings.length);
    const shown = days.length === 1 ? days[0] : days;
    part.values.push({ path: ['sync', 'day'], value: shown, estimate: { value: Math.max(...byDay) / meetings.length, lo: NaN, hi: NaN, n: meetings.length }, unit: 'of meetings on the most frequent day (share)', measured: `local weekday in ${tz} of each meeting's first discussion (days with at least a fifth of the meetings)` });
  }
  const counts = new Map<number, number>();
  for (const m of minutes) counts.set(m, (counts.get(m) ?? 0) + 1);
  const [mode, seen] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  const time = `${String(Math.floor(mode / 60) % 24).padStart(2, '0')}:${String(mode % 60).padStart(2, '0')}`;
  part.values.push({ path: ['sync', 'time'], value: time, estimate: { value: rounded(seen / meetings.length), lo: NaN, hi: NaN, n: meetings.length }, unit: 'of meetings at that time (share)', measured: `local time in ${tz} of each meeting's first discussion, to the quarter hour (the most frequent)` });
  return part;
}
