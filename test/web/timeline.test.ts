import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runReplication, WorkingCalendar, type EventRow, type ModelName } from '../../src/sim/index.js';
import { buildTimeline, clipToWindows, visibleWindow, type TimelineInput } from '../../web/src/transforms/timeline.js';
import { scenario } from './fixtures.js';

/** A hand-made event-log row; the asset's details do not matter to the timeline. */
const row = (r: Pick<EventRow, 'timeMin' | 'asset' | 'person' | 'activity' | 'state'>): EventRow => ({
  campaign: -1, kind: '', assetType: '', channel: '', route: '', designer: '', round: 0, ...r,
});

/** A timeline input as the worker builds it, from a real replication. */
function realInput(name: string, model: ModelName): TimelineInput {
  const s = scenario(name);
  const rows: EventRow[] = [];
  runReplication(s, model, 0, { eventLog: (r) => rows.push(r) });
  return {
    model,
    originMs: s.originMs,
    horizonMin: s.horizonMin,
    warmupMin: s.warmupMin,
    people: s.people.map((p) => ({ name: p.name, group: p.group, role: p.role, tz: p.calendar.tz, windows: new WorkingCalendar(p.calendar, s.originMs).windows(0, s.horizonMin) })),
    meetings: { 'review meeting': s.sync.attendees.map((i) => s.people[i].name) },
    rows,
  };
}

const person = (name: string, windows: Array<[number, number]>) => ({ name, group: name, role: 'designer', tz: 'UTC', windows });

describe('timeline from an event log', () => {
  // Two people working 09:00-17:00 (minutes 540-1020) on day 0 and day 1 (1980-2460).
  const days: Array<[number, number]> = [
    [540, 1020],
    [1980, 2460],
  ];
  const base: TimelineInput = {
    model: 'async',
    originMs: Date.UTC(2026, 0, 5),
    horizonMin: 2880,
    warmupMin: 0,
    people: [person('dee', days), person('rae', days)],
    meetings: {},
    rows: [
      row({ timeMin: 540, asset: 'a', person: 'dee', activity: 'start design', state: 'in-design' }),
      row({ timeMin: 2100, asset: 'a', person: 'dee', activity: 'finish design', state: 'in-design' }),
      row({ timeMin: 2100, asset: 'a', person: '', activity: 'submitted to async', state: 'waiting-for-review' }),
      row({ timeMin: 2200, asset: 'a', person: 'rae', activity: 'start review', state: 'in-review' }),
      row({ timeMin: 2230, asset: 'a', person: 'rae', activity: 'finish review', state: 'in-review' }),
      row({ timeMin: 2230, asset: 'a', person: 'rae', activity: 'changes requested (misread)', state: 'changes-requested' }),
      row({ timeMin: 2300, asset: 'a', person: 'dee', activity: 'start revision', state: 'in-revision' }),
    ],
  };
  const t = buildTimeline(base);

  it('draws design only inside working hours: 09:00-17:00 on day 0, 09:00-11:00 on day 1', () => {
    // 540..1020 min = 9..17 h; 1980..2100 min = 33..35 h.
    expect(t.spans.filter((s) => s.kind === 'design').map((s) => [s.startHours, s.endHours])).toEqual([
      [9, 17],
      [33, 35],
    ]);
  });

  it('puts the wait for review under the designer, from submission to the review', () => {
    const wait = t.spans.find((s) => s.kind === 'waiting-review')!;
    expect([t.lanes[wait.lane].name, wait.startHours * 60, wait.endHours * 60]).toEqual(['dee', 2100, 2200]);
    expect(t.spans.find((s) => s.kind === 'review')).toMatchObject({ lane: 1, startHours: 2200 / 60, endHours: 2230 / 60 });
  });

  it('marks submission and send-back, then the wait for a revision until it starts', () => {
    expect(t.marks.map((m) => [m.kind, t.lanes[m.lane].name])).toEqual([
      ['submitted', 'dee'],
      ['changes', 'rae'],
    ]);
    expect(t.spans.find((s) => s.kind === 'waiting-revision')).toMatchObject({ lane: 0, startHours: 2230 / 60, endHours: 2300 / 60 });
  });

  it('runs unfinished work to the horizon, still inside working hours', () => {
    const revision = t.spans.filter((s) => s.kind === 'revision');
    expect(revision.map((s) => [s.startHours * 60, s.endHours * 60])).toEqual([[2300, 2460]]);
  });

  it('traces the asset across both lanes in time order', () => {
    const path = t.paths.a;
    expect(path.map((p) => p.lane)).toContain(1);
    for (let i = 1; i < path.length; i++) expect(path[i].hours).toBeGreaterThanOrEqual(path[i - 1].hours);
  });

  it('draws a meeting on every required attendee’s lane for its slot', () => {
    const withMeeting = buildTimeline({
      ...base,
      meetings: { 'review meeting': ['dee', 'rae'] },
      rows: [row({ timeMin: 600, asset: '', person: 'rae', activity: 'review meeting starts (slot 45m)', state: '' })],
    });
    expect(withMeeting.spans.map((s) => [s.kind, s.lane, s.startHours * 60, s.endHours * 60])).toEqual([
      ['meeting', 0, 600, 645],
      ['meeting', 1, 600, 645],
    ]);
  });

  it('keeps only what overlaps a zoomed window', () => {
    const v = visibleWindow(t, 30, 36);
    expect(v.spans.every((s) => s.endHours >= 30 && s.startHours <= 36)).toBe(true);
    expect(v.spans.length).toBeLessThan(t.spans.length);
  });
});

describe('timeline invariants on real replications', () => {
  for (const model of ['sync', 'async', 'hybrid', 'event-driven'] as const) {
    it(`${model}: nobody works outside their hours, nothing runs backwards or past the horizon`, () => {
      const input = realInput('flagship-launch', model);
      const t = buildTimeline(input);
      expect(t.spans.length).toBeGreaterThan(50);
      for (const s of t.spans) {
        expect(s.endHours).toBeGreaterThanOrEqual(s.startHours);
        expect(s.startHours).toBeGreaterThanOrEqual(0);
        expect(s.endHours).toBeLessThanOrEqual(t.horizonHours + 1e-9);
        if (['design', 'revision', 'review', 'other-work'].includes(s.kind) && s.endHours > s.startHours) {
          const inside = t.lanes[s.lane].windows.some(([a, b]) => s.startHours >= a - 1e-9 && s.endHours <= b + 1e-9);
          expect(inside, `${s.kind} of ${s.asset} on ${t.lanes[s.lane].name}`).toBe(true);
        }
      }
      // Every approval in the log is a mark.
      expect(t.marks.filter((m) => m.kind === 'approved').length).toBe(input.rows.filter((r) => r.activity === 'approved').length);
    });
  }
});

describe('clipping work to working windows', () => {
  it('never adds time and never leaves a window (property)', () => {
    const windowsArb = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 600 })), { minLength: 1, maxLength: 12 })
      .map((xs) => {
        const sorted = [...xs].sort((a, b) => a[0] - b[0]);
        const out: Array<[number, number]> = [];
        let end = -1;
        for (const [start, len] of sorted) {
          const a = Math.max(start, end + 1);
          out.push([a, a + len]);
          end = a + len;
        }
        return out;
      });
    fc.assert(
      fc.property(windowsArb, fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 0, max: 3000 }), (windows, start, length) => {
        const span = { lane: 0, asset: 'a', kind: 'design' as const, startHours: start / 60, endHours: (start + length) / 60, label: '' };
        const parts = clipToWindows(span, windows, (m) => m / 60);
        const total = parts.reduce((a, p) => a + (p.endHours - p.startHours), 0);
        expect(total).toBeLessThanOrEqual(span.endHours - span.startHours + 1e-9);
        const overlapsSome = windows.some(([a, b]) => b > start && a < start + length);
        if (overlapsSome) for (const p of parts) expect(windows.some(([a, b]) => p.startHours >= a / 60 - 1e-9 && p.endHours <= b / 60 + 1e-9)).toBe(true);
        else expect(parts).toEqual([span]);
      }),
    );
  });
});
