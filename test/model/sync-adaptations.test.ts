import { describe, expect, it } from 'vitest';
import type { Estimate, ResultDocument } from '../../src/sim/index.js';
import { eventLog, scenarioOf } from '../support/run-text.js';
import { runModelsChecked } from '../support/document-invariants.js';

const metric = (doc: ResultDocument, name: string) => (doc.results[0].metrics[name] as Estimate).mean;
const TUESDAY = 1440 + 14 * 60;

// 20 items arrive 10 minutes apart on Monday 2026-01-05 (no designers: each is submitted on
// arrival). The Tuesday 14:00 UTC meeting runs 2 h at 10 minutes an item: it reaches 12 items and
// 8 roll over. The director works around the clock, so any day is free for an extra session.
const gate = (sync: string, until = '200m') =>
  scenarioOf(`
name: adaptive gate
start: 2026-01-05T00:00:00Z
horizon: 9d
replications: 1
model: sync
team:
  director: { role: director, hours: 24/7 }
work:
  stream: { interarrival: 10m, until: ${until} }
effort:
  discussion: 10m
quality:
  rework: none
sync: { cadence: weekly, day: tue, time: "14:00", tz: UTC, duration: 2h, cutoff: 1d, ${sync} }
`);

describe('an overflowing agenda', () => {
  it('calls no overflow session while the roll-over (8) does not pass its threshold (8)', () => {
    const s = gate('overflow: { rollover: 8, duration: 1h }');
    expect(eventLog(s, 'sync').some((r) => r.activity === 'overflow session called')).toBe(false);
    expect(metric(runModelsChecked(s, ['sync']), 'overflows')).toBe(0);
  });

  it('calls one the next day once the roll-over (8) passes its threshold (7): 6 more items discussed, 1.25 person-hours', () => {
    const s = gate('overflow: { rollover: 7, duration: 1h }');
    const rows = eventLog(s, 'sync');
    const starts = rows.filter((r) => r.activity.startsWith('review meeting starts')).map((r) => r.timeMin);
    // Tuesday 14:00 (2 h), Wednesday 14:00 (the 1-hour session: 60 / 10 = 6 items), next Tuesday (the last 2).
    expect(starts).toEqual([TUESDAY, TUESDAY + 1440, TUESDAY + 7 * 1440]);
    const discussedAt = (from: number, to: number) => rows.filter((r) => r.activity === 'discussed in review meeting' && r.timeMin >= from && r.timeMin < to).length;
    expect(discussedAt(TUESDAY + 1440, TUESDAY + 1440 + 60)).toBe(6);
    expect(discussedAt(TUESDAY + 7 * 1440, Infinity)).toBe(2);
    // The session left 2 over, not more than 7: no second session.
    expect(rows.filter((r) => r.activity === 'overflow session called')).toHaveLength(1);
    const doc = runModelsChecked(s, ['sync']);
    expect(metric(doc, 'overflows')).toBe(1);
    // The organiser's 15 minutes of preparation and the director's 60 minutes in the session.
    expect(metric(doc, 'overflowPersonHours')).toBeCloseTo(1.25, 9);
    expect(metric(doc, 'assetsApproved')).toBe(20);
  });

  it('or lengthens the next meeting by a step: 2 h 30 m next Tuesday, of which its 8 items use 80 minutes', () => {
    const s = gate('overflow: { rollover: 7, action: longer, duration: 30m }');
    const rows = eventLog(s, 'sync');
    const starts = rows.filter((r) => r.activity.startsWith('review meeting starts')).map((r) => r.activity);
    expect(starts).toEqual(['review meeting starts (slot 120m)', 'review meeting starts (slot 150m)']);
    const doc = runModelsChecked(s, ['sync']);
    expect(metric(doc, 'overflows')).toBe(1);
    // 80 minutes used fit in the regular 120: the longer slot cost nothing yet.
    expect(metric(doc, 'overflowPersonHours')).toBe(0);
  });
});

describe('a meeting time that rotates', () => {
  it('alternates between its slots: Tuesday 10:00 London, then Wednesday 01:00 Tokyo (Tuesday 16:00 UTC), in turn', () => {
    const s = scenarioOf(`
name: rotating slot
start: 2026-01-05T00:00:00Z
horizon: 4w
replications: 1
model: sync
team:
  director: { role: director, hours: 24/7 }
work:
  stream: { interarrival: 1d }
quality: { rework: none }
sync:
  duration: 1h
  slots:
    - { day: tue, time: "10:00", tz: Europe/London }
    - { day: wed, time: "01:00", tz: Asia/Tokyo }
`);
    const starts = eventLog(s, 'sync').filter((r) => r.activity.startsWith('review meeting starts')).map((r) => r.timeMin);
    // Tuesdays are days 1, 8, 15, 22; London is on UTC in January, Tokyo 9 hours ahead. The first
    // meeting has nothing past its cut-off yet (the first item arrives on day 1), so it is not held.
    expect(starts).toEqual([8 * 1440 + 960, 15 * 1440 + 600, 22 * 1440 + 960]);
  });
});

describe('a rotating slot outside an attendee\'s hours', () => {
  it('is never held, and the document warns which slot passes its turns without a meeting', () => {
    // The director works 09:00–17:00 in Tokyo; 16:00 in San Francisco is 09:00 or 08:00 in Tokyo
    // (daylight saving): in March 2026, after 8 March, it falls before the director's day.
    const s = scenarioOf(`
name: slot out of hours
start: 2026-03-16T00:00:00Z
horizon: 4w
replications: 1
model: sync
team:
  director: { role: director, tz: Asia/Tokyo }
work:
  stream: { interarrival: 1d }
quality: { rework: none }
sync:
  duration: 1h
  slots:
    - { day: tue, time: "10:00", tz: Asia/Tokyo }
    - { day: mon, time: "16:00", tz: America/Los_Angeles }
`);
    const rows = eventLog(s, 'sync');
    expect(rows.filter((r) => r.activity.startsWith('meeting not held'))).toHaveLength(2);
    const doc = runModelsChecked(s, ['sync']);
    expect(doc.results[0].warnings).toEqual([expect.stringMatching(/^its turns pass without a meeting: slot 2 of the review meeting is never held/)]);
  });
});

describe('a thin agenda', () => {
  it('is skipped: 2 items below a threshold of 3 wait, the organiser saves 15 minutes a meeting', () => {
    const s = gate('skipThin: { below: 3 }', '20m');
    const rows = eventLog(s, 'sync');
    expect(rows.filter((r) => r.activity === 'meeting skipped (2 items on the agenda)')).toHaveLength(2);
    expect(rows.some((r) => r.activity.startsWith('review meeting starts'))).toBe(false);
    const doc = runModelsChecked(s, ['sync']);
    expect(metric(doc, 'meetingsSkipped')).toBe(2);
    expect(metric(doc, 'skipSavedPersonHours')).toBeCloseTo(0.5, 9);
    expect(metric(doc, 'personHoursScheduling')).toBe(0);
    expect(metric(doc, 'assetsOpenAtHorizon')).toBe(2);
  });

  it('is held at the threshold: 2 items with a threshold of 2 (the next Tuesday, with nothing left, is skipped)', () => {
    const doc = runModelsChecked(gate('skipThin: { below: 2 }', '20m'), ['sync']);
    expect(metric(doc, 'meetings')).toBe(1);
    expect(metric(doc, 'meetingsSkipped')).toBe(1);
    expect(metric(doc, 'assetsApproved')).toBe(2);
  });
});

describe('the chair fast-tracking low-risk items', () => {
  it('signs off 20 routine items at 2 minutes each without discussion: 40 minutes of the slot, none roll over', () => {
    const s = gate('fastTrack: { kinds: [routine], perItem: 2m }');
    const rows = eventLog(s, 'sync');
    expect(rows.filter((r) => r.activity === 'fast-tracked in review meeting')).toHaveLength(20);
    expect(rows.some((r) => r.activity === 'discussed in review meeting' || r.activity === 'rolled over')).toBe(false);
    const approved = rows.filter((r) => r.activity === 'approved').map((r) => r.timeMin);
    expect(approved[0]).toBe(TUESDAY + 2);
    expect(approved[19]).toBe(TUESDAY + 40);
    const doc = runModelsChecked(s, ['sync']);
    expect(metric(doc, 'fastTrackedItems')).toBe(20);
    expect(metric(doc, 'fastTrackPersonHours')).toBeCloseTo(40 / 60, 9);
    expect(metric(doc, 'agendaDiscussedShare')).toBe(1);
  });
});
