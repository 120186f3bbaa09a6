import { describe, expect, it } from 'vitest';
import { runModels, runReplication, type Estimate, type EventRow, type WorkingCalendar } from '../../src/sim/index.js';
import { eventLog, scenarioOf } from '../support/run-text.js';
import { runModelsChecked } from '../support/document-invariants.js';

const metric = (doc: ReturnType<typeof runModels>, name: string) => doc.results[0].metrics[name] as Estimate;

describe('the sync gate', () => {
  // 20 items arrive 10 minutes apart on Monday (no designers: each is submitted on arrival).
  // Tuesday 14:00 UTC meeting, 120 minutes, 10 minutes an item: 120 / 10 = 12 items reached,
  // 8 roll over to the next Tuesday, which discusses the remaining 8.
  const scenario = scenarioOf(`
name: meeting arithmetic
start: 2026-01-05T00:00:00Z
horizon: 9d
replications: 1
model: sync
team:
  director: { role: director, hours: 24/7 }
work:
  stream: { interarrival: 10m, until: 200m }
effort:
  discussion: 10m
quality:
  rework: none
sync: { cadence: weekly, day: tue, time: "14:00", tz: UTC, duration: 2h, cutoff: 1d }
`);

  it('a 120-minute meeting at 10 minutes an item reaches 12 items; the other 8 roll over to the next', () => {
    const rows = eventLog(scenario, 'sync');
    const discussed = rows.filter((r) => r.activity === 'discussed in review meeting');
    const tuesday1 = 1440 + 14 * 60;
    const tuesday2 = tuesday1 + 7 * 1440;
    expect(discussed.filter((r) => r.timeMin < tuesday1 + 120)).toHaveLength(12);
    expect(rows.filter((r) => r.activity === 'rolled over')).toHaveLength(8);
    const second = discussed.filter((r) => r.timeMin >= tuesday2);
    expect(second).toHaveLength(8);
    // Equal priority: oldest first. Item k (arrived at 10k min) is discussed at meeting start + 10(k−1).
    expect(discussed[0].asset).toBe('s0');
    expect(discussed[11].timeMin).toBeCloseTo(tuesday1 + 110, 6);
    expect(second[0].asset).toBe('s12');
  });

  it('reports the share of the agenda discussed per meeting, (12/20 + 8/8) / 2 = 0.8, and by items, (12 + 8) / (20 + 8)', () => {
    const doc = runModelsChecked(scenario, ['sync']);
    expect(metric(doc, 'agendaDiscussedShare').mean).toBeCloseTo(0.8, 9);
    expect(metric(doc, 'agendaItemsDiscussedShare').mean).toBeCloseTo(20 / 28, 8);
    expect(metric(doc, 'meetings').mean).toBe(2);
    expect(metric(doc, 'assetsApproved').mean).toBe(20);
  });

  it('moves a meeting when a required attendee is away, and charges rescheduling time', () => {
    const away = scenarioOf(`
name: moved meeting
start: 2026-01-05T00:00:00Z
horizon: 9d
replications: 1
model: sync
team:
  director: { role: director, tz: UTC, hours: "09:00-17:00", holidays: ["2026-01-06"] }
work:
  stream: { interarrival: 10m, until: 60m }
quality: { rework: none }
sync: { cadence: weekly, day: tue, time: "14:00", tz: UTC, duration: 1h, cutoff: 1d, reschedule: 30m }
`);
    const rows = eventLog(away, 'sync');
    expect(rows.some((r) => r.activity === 'meeting moved 1d')).toBe(true);
    const first = rows.find((r) => r.activity.startsWith('review meeting starts'))!;
    expect(first.timeMin).toBe(2 * 1440 + 14 * 60); // Wednesday 14:00
    const doc = runModelsChecked(away, ['sync']);
    expect(metric(doc, 'meetingMoves').mean).toBeGreaterThanOrEqual(1);
    expect(metric(doc, 'personHoursScheduling').mean).toBeGreaterThanOrEqual(0.5);
  });
});

describe('time zones', () => {
  // A Berlin designer starts at 09:00 Berlin (08:00Z) on Monday 2026-03-02 and works 8 hours:
  // the template is submitted at 17:00 Berlin = 16:00Z.
  const text = (tz: string) => `
name: zones
start: 2026-03-02T00:00:00Z
horizon: 1w
replications: 1
model: async
team:
  designer: { role: designer, tz: Europe/Berlin, hours: "09:00-17:00" }
  reviewer: { role: reviewer, tz: ${tz}, hours: "09:00-17:00" }
work:
  campaigns: [{ name: c, clarity: 1, assetTypes: 1, channels: 1 }]
effort: { design: 8h, submissionNote: 0m }
quality: { rework: none }
`;

  it('a Berlin 17:00 submission reaches a New York reviewer the same day (11:00 in New York)', () => {
    const rows = eventLog(scenarioOf(text('America/New_York')), 'async');
    const submitted = rows.find((r) => r.activity === 'submitted to async')!;
    const review = rows.find((r) => r.activity === 'start review')!;
    expect(submitted.timeMin).toBe(16 * 60);
    expect(review.timeMin).toBe(16 * 60);
  });

  it('and a Tokyo reviewer at 09:00 Tokyo the next morning (00:00Z): 8 hours waiting, all outside hours', () => {
    const s = scenarioOf(text('Asia/Tokyo'));
    const rows = eventLog(s, 'async');
    const review = rows.find((r) => r.activity === 'start review')!;
    expect(review.timeMin).toBe(24 * 60);
    const submitted = rows.find((r) => r.activity === 'submitted to async')!;
    expect(review.timeMin - submitted.timeMin).toBe(8 * 60);
    // The template's 8 hours of waiting all fall outside the Tokyo reviewer's hours.
    const doc = runModelsChecked(s, ['async']);
    expect(metric(doc, 'waitingQueueHoursPerAsset').mean).toBeCloseTo(0, 9);
    expect(metric(doc, 'waitingOutsideHoursHoursPerAsset').mean).toBeGreaterThanOrEqual(8 / 2);
  });
});

describe('rework', () => {
  it('revision effort is the cause\'s fraction of the first version, shrinking by round: 0.4 × 300 = 120, then × 0.6 = 72, then 43.2 minutes', () => {
    const s = scenarioOf(`
name: revisions
start: 2026-01-05T00:00:00Z
horizon: 2d
replications: 1
model: async
team:
  designer: { role: designer, hours: 24/7 }
  reviewer: { role: reviewer, hours: 24/7 }
work:
  oneOffs: [{ name: poster, effortScale: 1 }]
effort: { design: 300m, review: 10m, feedback: 0m, submissionNote: 0m, revision: { defect: 0.4, decay: 0.6 } }
quality: { defectRate: 1 }
`);
    const rows = eventLog(s, 'async');
    const starts = rows.filter((r) => r.activity === 'start revision').map((r) => r.timeMin);
    const ends = rows.filter((r) => r.activity === 'finish revision').map((r) => r.timeMin);
    const durations = starts.slice(0, 3).map((t, i) => ends[i] - t);
    expect(durations[0]).toBeCloseTo(120, 6);
    expect(durations[1]).toBeCloseTo(72, 6);
    expect(durations[2]).toBeCloseTo(43.2, 6);
  });
});

describe('the SLA clock', () => {
  it('counts business hours only: attainment recomputed from the log in the reviewer\'s hours matches', () => {
    const s = scenarioOf(`
name: sla
start: 2026-01-05T00:00:00Z
horizon: 6w
replications: 1
seed: 3
model: async
team:
  reviewer: { role: reviewer, tz: America/New_York, hours: "09:00-17:00" }
work:
  stream: { interarrival: { exponential: { mean: 5h } } }
effort: { review: { exponential: { mean: 40m } } }
quality: { rework: none }
async: { checkEvery: 1d, sla: { firstResponse: 4bh } }
`);
    let reviewer!: WorkingCalendar;
    const rows: EventRow[] = [];
    const result = runReplication(s, 'async', 0, { eventLog: (r) => rows.push(r), inspect: (w) => (reviewer = w.people[0].calendar) });
    const submitted = new Map(rows.filter((r) => r.activity === 'submitted to async').map((r) => [r.asset, r.timeMin]));
    let met = 0, total = 0;
    for (const r of rows.filter((x) => x.activity === 'start review')) {
      total++;
      if (reviewer.workingMinutesBetween(submitted.get(r.asset)!, r.timeMin) <= 240 + 1e-6) met++;
    }
    expect(total).toBeGreaterThan(50);
    expect(result.values.slaAttainment).toBeCloseTo(met / total, 9);
    // Wall-clock counting would say otherwise: overnight waits exceed 4 h of wall time.
    const wallMet = rows.filter((x) => x.activity === 'start review').filter((r) => r.timeMin - submitted.get(r.asset)! <= 240).length;
    expect(wallMet).toBeLessThan(met);
  });
});
