import { describe, expect, it } from 'vitest';
import { loadScenario, type Estimate } from '../../src/sim/index.js';
import { eventLog, scenarioOf } from '../support/run-text.js';
import { runModelsChecked } from '../support/document-invariants.js';

// Six items arrive Monday morning (no designers: each is submitted on arrival); the director works
// 09:00–17:00 UTC; the meeting discusses them at 10 minutes each, an hour in all.
const text = (time: string, stretch: string) => `
name: early and late calls
start: 2026-01-05T00:00:00Z
horizon: 9d
replications: 1
model: sync
team:
  director: { role: director, tz: UTC, hours: "09:00-17:00" }
work:
  stream: { interarrival: 10m, until: 60m }
effort:
  discussion: 10m
quality:
  rework: none
sync: { cadence: weekly, day: tue, time: "${time}", tz: UTC, duration: 1h, cutoff: 1d, stretch: ${stretch} }
`;

const TUESDAY = 1440;
const outOfHours = (time: string, stretch: string) =>
  (runModelsChecked(scenarioOf(text(time, stretch)), ['sync']).results[0].metrics.meetingOutOfHoursPersonHours as Estimate).mean;

describe('sync.stretch: attendees take an early or late call', () => {
  it('an 08:00 meeting is held at 08:00 with an hour of stretch, the whole hour outside the director\'s hours', () => {
    const rows = eventLog(scenarioOf(text('08:00', '1h')), 'sync');
    const discussed = rows.filter((r) => r.activity === 'discussed in review meeting');
    expect(discussed).toHaveLength(6);
    expect(discussed[0].timeMin).toBe(TUESDAY + 8 * 60);
    expect(outOfHours('08:00', '1h')).toBeCloseTo(1, 9);
  });

  it('a 16:30 meeting of an hour is half in hours and half a late call', () => {
    expect(outOfHours('16:30', '30m')).toBeCloseTo(0.5, 9);
  });

  it('without enough stretch the meeting is outside the director\'s hours: a located problem at its time', () => {
    for (const stretch of ['0m', '30m']) {
      const r = loadScenario(text('08:00', stretch));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => p.path.join('.'))).toContain('sync.time');
    }
  });

  it('a meeting held in hours takes no out-of-hours time, and without stretch the metric is absent', () => {
    expect(outOfHours('10:00', '1h')).toBe(0);
    expect(runModelsChecked(scenarioOf(text('10:00', '0m')), ['sync']).results[0].metrics.meetingOutOfHoursPersonHours).toBeUndefined();
  });
});
