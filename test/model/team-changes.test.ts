import { describe, expect, it } from 'vitest';
import type { Estimate, ResultDocument } from '../../src/sim/index.js';
import { eventLog, scenarioOf } from '../support/run-text.js';
import { runModelsChecked } from '../support/document-invariants.js';

const metric = (doc: ResultDocument, name: string) => doc.results[0].metrics[name] as Estimate;
const DAY = 1440;

describe('a leaver', () => {
  // Ben leaves the weekly Tuesday 09:00 meeting's reviewers on Tuesday 2026-01-13 (day 8, 00:00).
  // Dana and Cy, still required, each answer the new arrangement at 09:00 in 30 minutes: agreed at
  // 09:30, after the 09:00 meeting was due, so it moves to Wednesday 09:00.
  const s = scenarioOf(`
name: leaver
start: 2026-01-05T00:00:00Z
horizon: 3w
replications: 1
model: sync
team:
  director: { role: director, names: [Dana], tz: UTC, hours: "09:00-17:00" }
  reviewers: { role: reviewer, names: [Ben, Cy], tz: UTC, hours: "09:00-17:00", changes: [{ leave: Ben, at: "2026-01-13" }] }
work:
  stream: { interarrival: 1d }
quality: { rework: none }
sync: { day: tue, time: "09:00", tz: UTC, duration: 1h, attendees: [director, reviewers], renegotiate: 30m, reschedule: 20m }
`);

  it('triggers a renegotiated meeting, moved a day because the answers come in after it was due', () => {
    const rows = eventLog(s, 'sync');
    expect(rows.find((r) => r.activity === 'left the team')).toMatchObject({ person: 'Ben', timeMin: 8 * DAY });
    expect(rows.find((r) => r.activity === 'meeting renegotiated (Ben left)')?.timeMin).toBe(8 * DAY);
    expect(rows.find((r) => r.activity === 'meeting moved 1d')?.timeMin).toBe(8 * DAY + 540);
    const starts = rows.filter((r) => r.activity.startsWith('review meeting starts')).map((r) => r.timeMin);
    // The first Tuesday has nothing past its one-day cut-off yet; the third is on time again.
    expect(starts).toEqual([9 * DAY + 540, 15 * DAY + 540]);
    expect(rows.filter((r) => r.person === 'Ben').every((r) => r.timeMin <= 8 * DAY)).toBe(true);
  });

  it('costs the two remaining attendees 30 minutes each to renegotiate and 20 each to move', () => {
    const doc = runModelsChecked(s, ['sync']);
    expect(metric(doc, 'teamLeaves').mean).toBe(1);
    expect(metric(doc, 'meetingRenegotiations').mean).toBe(1);
    expect(metric(doc, 'renegotiationPersonHours').mean).toBeCloseTo(1, 6);
    expect(metric(doc, 'meetingMoves').mean).toBe(1);
    // Three meetings prepared (15 minutes each), one move (2 × 20), one renegotiation (2 × 30).
    expect(metric(doc, 'personHoursScheduling').mean).toBeCloseTo((3 * 15 + 2 * 20 + 2 * 30) / 60, 6);
  });

  it('hands the work in hand over to a colleague, who reads into it first: nothing is lost', () => {
    // Ann and Bo each design a 16-hour template from Monday 09:00. Bo leaves on Tuesday (day 1,
    // 00:00) with 8 hours done; Ann finishes her own on Tuesday 17:00, then Bo's 8 hours left plus
    // a 30-minute handover from Wednesday 09:00: submitted Thursday 09:30.
    const t = scenarioOf(`
name: handover
start: 2026-01-05T00:00:00Z
horizon: 2w
replications: 1
model: async
team:
  designers: { role: designer, names: [Ann, Bo], tz: UTC, changes: [{ leave: Bo, at: "2026-01-06" }], handover: 30m }
  reviewers: { role: reviewer, hours: 24/7 }
work:
  campaigns: [{ name: L, assetTypes: 2, channels: 1, clarity: 1 }]
effort: { design: 16h, variant: 1h, submissionNote: 0m }
quality: { rework: none }
`);
    const rows = eventLog(t, 'async');
    expect(rows.find((r) => r.activity === 'took over from Bo')).toMatchObject({ person: 'Ann', asset: 'c0/type-2', timeMin: DAY });
    expect(rows.find((r) => r.activity === 'submitted to async' && r.asset === 'c0/type-2')?.timeMin).toBe(3 * DAY + 570);
    expect(rows.filter((r) => r.person === 'Bo').every((r) => r.timeMin <= DAY)).toBe(true);
    const doc = runModelsChecked(t, ['async']);
    expect(metric(doc, 'handovers').mean).toBe(1);
    expect(metric(doc, 'handoverPersonHours').mean).toBeCloseTo(0.5, 6);
    expect(metric(doc, 'assetsApproved').mean).toBe(4);
    expect(metric(doc, 'assetsOpenAtHorizon').mean).toBe(0);
  });
});

describe('a joiner', () => {
  // Ann has six 4-hour templates from Monday; Dee joins on Wednesday 2026-01-07 (day 2) and
  // onboards at half speed for a week: a 1-hour variant takes her 2 hours.
  const s = scenarioOf(`
name: joiner
start: 2026-01-05T00:00:00Z
horizon: 2w
replications: 1
model: async
team:
  designers: { role: designer, names: [Ann], tz: UTC, changes: [{ join: Dee, at: "2026-01-07" }], onboarding: { period: 1w, speed: 0.5 } }
  reviewers: { role: reviewer, hours: 24/7 }
work:
  campaigns: [{ name: L, assetTypes: 6, channels: 1, clarity: 1 }]
effort: { design: 4h, variant: 1h, submissionNote: 0m }
quality: { rework: none }
`);

  it('works only after joining, in her hours, at the onboarding speed', () => {
    const rows = eventLog(s, 'async');
    const dee = rows.filter((r) => r.person === 'Dee');
    expect(rows.find((r) => r.activity === 'joined the team')).toMatchObject({ person: 'Dee', timeMin: 2 * DAY });
    const starts = dee.filter((r) => r.activity.startsWith('start '));
    expect(starts.length).toBeGreaterThan(0);
    expect(starts.every((r) => r.timeMin >= 2 * DAY + 540)).toBe(true);
    const first = starts[0];
    const done = dee.find((r) => r.activity.startsWith('finish ') && r.asset === first.asset)!;
    expect(done.timeMin - first.timeMin).toBeCloseTo(120, 9);
    const doc = runModelsChecked(s, ['async']);
    expect(metric(doc, 'teamJoins').mean).toBe(1);
    expect(metric(doc, 'assetsApproved').mean).toBe(12);
  });
});

describe('turnover', () => {
  const churn = (leavers: number) =>
    scenarioOf(`
name: turnover
start: 2026-01-05T00:00:00Z
horizon: 12w
replications: 12
model: sync
team:
  director: { role: director, tz: Europe/Berlin }
  reviewers: { role: reviewer, count: 3, tz: America/New_York${leavers > 0 ? `, turnover: { leavers: ${leavers}, per: 12w, vacancy: 2w }` : ''} }
work:
  stream: { interarrival: 1d }
sync: { day: tue, time: "15:00", tz: Europe/Berlin, attendees: [director, reviewers] }
`);

  it('makes scheduling friction vary between replications, and grow with churn', () => {
    const none = metric(runModelsChecked(churn(0), ['sync']), 'personHoursScheduling');
    const some = metric(runModelsChecked(churn(1), ['sync']), 'personHoursScheduling');
    const more = metric(runModelsChecked(churn(4), ['sync']), 'personHoursScheduling');
    expect(none.sd).toBe(0);
    expect(some.sd).toBeGreaterThan(0);
    expect(some.mean).toBeGreaterThan(none.mean);
    expect(more.mean).toBeGreaterThan(some.mean);
  });
});
