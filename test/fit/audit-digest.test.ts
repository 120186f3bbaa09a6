import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readAuditText } from '../../src/sim/fit/audit-stream.js';
import { formatProblem } from '../../src/sim/scenario/problem.js';

const HEADER = 'asset,route,designer,reviewer,time,event,decision,reason';
const read = (rows: string[]) => {
  const stream = readAuditText([HEADER, ...rows].join('\n'));
  const result = stream.digest.finish();
  return { ...result, messages: result.counts.problems.map((p) => formatProblem('audit.csv', p)), headerProblems: stream.headerProblems };
};

describe('the audit digest: messy rows are repaired or dropped, each counted by reason at its row and column', () => {
  it('a clean asset is used whole, its rounds in order', () => {
    const r = read([
      'a,async,Ana,,2026-03-02T09:00:00Z,created,,',
      'a,async,Ana,,2026-03-02T11:00:00Z,submitted,,',
      'a,async,Ana,Ravi,2026-03-02T12:00:00Z,first response,,',
      'a,async,Ana,Ravi,2026-03-02T12:20:00Z,approved,,',
    ]);
    expect(r.counts).toMatchObject({ rows: 4, used: 4, repaired: {}, dropped: {} });
    expect(r.assets[0].steps.map((s) => s.event)).toEqual(['created', 'submitted', 'first response', 'approved']);
  });

  it('an exact duplicate row is dropped, pointing at the row it repeats', () => {
    const r = read([
      'a,async,Ana,,2026-03-02T11:00:00Z,submitted,,',
      'a,async,Ana,,2026-03-02T11:00:00Z,submitted,,',
    ]);
    expect(r.counts).toMatchObject({ rows: 2, used: 1, dropped: { 'duplicate row': 1 } });
    expect(r.messages).toEqual(['audit.csv:3:35: event: the same submitted of asset "a" as row 2: duplicate dropped']);
  });

  it('rows out of time order are put in order (repaired, used)', () => {
    const r = read([
      'a,async,Ana,Ravi,2026-03-02T12:00:00Z,first response,,',
      'a,async,Ana,,2026-03-02T11:00:00Z,submitted,,',
    ]);
    expect(r.counts).toMatchObject({ rows: 2, used: 2, repaired: { 'out of time order': 1 }, dropped: {} });
    expect(r.messages).toEqual(['audit.csv:3:14: time: asset "a": this submitted is earlier than its row 2: put in time order']);
    expect(r.assets[0].steps.map((s) => s.event)).toEqual(['submitted', 'first response']);
  });

  it('an approval before any submission, and a row after the final approval, are dropped', () => {
    const r = read([
      'a,async,Ana,Ravi,2026-03-02T08:00:00Z,approved,,',
      'a,async,Ana,,2026-03-02T11:00:00Z,submitted,,',
      'a,async,Ana,Ravi,2026-03-02T12:00:00Z,decision,approved,',
      'a,async,Ana,Ravi,2026-03-03T12:00:00Z,decision,changes requested,defect',
    ]);
    expect(r.counts).toMatchObject({ rows: 4, used: 2, dropped: { 'approval before any submission': 1, 'after the final approval': 1 } });
    expect(r.messages).toEqual([
      'audit.csv:2:39: event: asset "a": an approval with no submission waiting for it: row dropped',
      'audit.csv:5:39: event: asset "a": a decision after its final approval: row dropped',
    ]);
  });

  it('an asset that is never submitted (a decision on an unknown asset) is dropped whole', () => {
    const r = read(['ghost,async,,Ravi,2026-03-02T12:00:00Z,decision,changes requested,']);
    expect(r.assets).toEqual([]);
    expect(r.counts).toMatchObject({ rows: 1, used: 0, dropped: { 'decision before any submission': 1 } });
  });

  it('an unreadable row (a date that does not exist, a word not in the format) is dropped with its own message; the rest is used', () => {
    const r = read([
      'a,async,Ana,,2026-02-30T11:00:00Z,submitted,,',
      'a,async,Ana,,2026-03-02T11:00:00Z,submitted,,',
      'a,async,Ana,Ravi,2026-03-02T12:00:00Z,looked at it,,',
    ]);
    expect(r.counts).toMatchObject({ rows: 3, used: 1, dropped: { 'unreadable time': 1, 'unreadable event': 1 } });
    expect(r.messages).toEqual([
      'audit.csv:2:14: time: "2026-02-30T11:00:00Z" is not a date that exists: row dropped',
      'audit.csv:4:39: event: "looked at it" is not one of created, submitted, first response, decision, approved: row dropped',
    ]);
  });

  it('a header without a required column stops the read: no row can be understood', () => {
    const stream = readAuditText('asset,route,when,event\na,async,2026-03-02T11:00:00Z,submitted\n');
    expect(stream.headerProblems.map((p) => formatProblem('audit.csv', p))).toEqual([
      'audit.csv:1:1: time: the header has no "time" column (required: asset, route, time, event; optional: campaign, asset_type, channel, designer, reviewer, decision, reason)',
    ]);
    expect(stream.digest.finish().counts.rows).toBe(0);
  });
});

describe('the audit digest, whatever the mess', () => {
  const events = ['created', 'submitted', 'first response', 'decision', 'approved', 'bogus'] as const;
  const row = fc.record({
    asset: fc.constantFrom('a', 'b', 'c'),
    minute: fc.integer({ min: 0, max: 600 }),
    event: fc.constantFrom(...events),
    decision: fc.constantFrom('', 'approved', 'changes requested', 'question'),
    day: fc.constantFrom('02', '02', '02', '31'),
  });

  it('no row is lost: every row read is used or dropped, and the used ones are exactly the histories\' steps in time order', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const lines = rows.map((r) => {
          const time = `2026-03-${r.day}T${String(Math.floor(r.minute / 60)).padStart(2, '0')}:${String(r.minute % 60).padStart(2, '0')}:00Z`;
          return `${r.asset},async,Ana,Ravi,${time},${r.event},${r.event === 'decision' ? r.decision || 'approved' : ''},`;
        });
        const result = readAuditText([HEADER, ...lines].join('\n')).digest.finish();
        const dropped = Object.values(result.counts.dropped).reduce((x, y) => x + y, 0);
        const steps = result.assets.reduce((n, a) => n + a.steps.length, 0);
        expect(result.counts.rows).toBe(rows.length);
        expect(result.counts.used + dropped).toBe(rows.length);
        expect(steps).toBe(result.counts.used);
        for (const a of result.assets) {
          for (let i = 1; i < a.steps.length; i++) expect(a.steps[i].timeMs).toBeGreaterThanOrEqual(a.steps[i - 1].timeMs);
        }
        // Every drop and repair has its located problem.
        const repaired = Object.values(result.counts.repaired).reduce((x, y) => x + y, 0);
        expect(result.counts.problems.length).toBeGreaterThanOrEqual(dropped + repaired);
        expect(result.counts.problems.every((p) => (p.line ?? 0) >= 2 && (p.col ?? 0) >= 1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
