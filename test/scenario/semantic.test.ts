import { describe, expect, it } from 'vitest';
import { loadScenario, type Problem } from '../../src/sim/index.js';

/** A valid launch in New York with a director in Berlin; each case appends top-level lines or sets fields. */
const BASE = `
name: semantic
start: 2026-03-02T00:00:00Z
team:
  designers: { role: designer, tz: America/New_York }
  reviewers: { role: reviewer, names: [Ana, Ben], tz: America/New_York }
  director: { role: director, names: [Dana], tz: Europe/Berlin }
work:
  campaigns: [{ name: launch }]
`;

function problemsOf(extra: string, overrides: Array<[string, unknown]> = []): Problem[] {
  const r = loadScenario(BASE + extra, { overrides: overrides.map(([path, value]) => ({ path: path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), value })) });
  return r.ok ? [] : r.problems;
}
const paths = (ps: Problem[]) => ps.map((p) => p.path.join('.'));

describe('semantic checks: what the schema cannot see', () => {
  it('the base scenario is valid', () => {
    expect(problemsOf('')).toEqual([]);
  });

  it('campaigns or one-offs without a designer', () => {
    expect(paths(problemsOf('', [['team.designers.role', 'lead']]))).toEqual(['work.campaigns']);
    expect(paths(problemsOf('', [['team.designers.role', 'lead'], ['work.campaigns', []], ['work.oneOffs', [{ name: 'keynote' }]]]))).toEqual(['work.oneOffs']);
  });

  it('a stream needs no designers (the M/M/c validation scenarios have none)', () => {
    expect(problemsOf('', [['team.designers.role', 'lead'], ['work.campaigns', []], ['work.stream', { interarrival: '1h' }]])).toEqual([]);
  });

  it('async or event-driven with nobody to review', () => {
    const ps = problemsOf('models: [sync, event-driven]\n', [['team.reviewers.role', 'designer'], ['team.director.role', 'designer']]);
    expect(paths(ps)).toContain('async.reviewers');
    expect(ps.find((p) => p.path.join('.') === 'async.reviewers')!.message).toMatch(/event-driven model needs reviewers/);
  });

  it('a sync meeting outside the hours of every attendee; one attendee at work is enough', () => {
    // 03:00 New York is 09:00 Berlin: Dana (Berlin) can attend, so it is not flagged.
    expect(problemsOf('models: [sync]\nsync: { time: "03:00", tz: America/New_York }\n')).toEqual([]);
    // With only the New York reviewers attending, nobody is at work at 03:00.
    const [p] = problemsOf('models: [sync]\nsync: { time: "03:00", tz: America/New_York, attendees: [reviewers] }\n');
    expect(p.path).toEqual(['sync', 'time']);
    expect(p.message).toBe('the meeting at 03:00 America/New_York (60 min) is outside the working hours of every attendee (Ana, Ben); move it or set its tz');
  });

  it('a meeting only on days nobody works is outside their hours too', () => {
    expect(paths(problemsOf('models: [sync]\nsync: { day: sun, time: "10:00", tz: America/New_York, attendees: [reviewers] }\n'))).toEqual(['sync.time']);
  });

  it('meeting checks apply only to the models the scenario runs', () => {
    expect(problemsOf('models: [async]\nmodel: async\nsync: { time: "03:00", tz: America/New_York, attendees: [reviewers] }\n')).toEqual([]);
  });

  it('a hybrid route to a sync gate nobody can attend, or to an async queue nobody reviews', () => {
    const ps = problemsOf('model: hybrid\nmodels: [hybrid]\nsync: { attendees: [] }\n');
    expect(paths(ps)).toEqual(['hybrid.routes.0.model', 'hybrid.routes.1.model']);
    expect(ps[0].message).toMatch(/^routes to the sync gate, but nobody can attend its meeting/);
  });

  it('an SLA shorter than a typical review, counted only where a queue runs', () => {
    const [p] = problemsOf('effort: { review: { lognormal: { mean: 45m, sd: 10m } } }\nasync: { sla: { firstResponse: 30m } }\n');
    expect(p.path).toEqual(['async', 'sla', 'firstResponse']);
    expect(p.message).toBe('the SLA (30 min) is shorter than a typical review (45 min); no ticket can meet it');
    expect(problemsOf('effort: { review: 45m }\nasync: { sla: { firstResponse: 1bh } }\n')).toEqual([]);
    expect(problemsOf('model: sync\nmodels: [sync]\nasync: { sla: { firstResponse: 1m } }\n')).toEqual([]);
  });

  it('escalation to a lead nobody is', () => {
    expect(paths(problemsOf('async: { escalation: { after: 8bh, action: lead } }\n', [['team.director.role', 'reviewer']]))).toEqual(['async.escalation.action']);
    expect(problemsOf('async: { escalation: { after: 8bh, action: lead } }\n')).toEqual([]);
  });

  it('a triage meeting nobody can attend', () => {
    const [p] = problemsOf('async: { triage: { time: "23:00", tz: America/New_York } }\n');
    expect(p.path).toEqual(['async', 'triage', 'time']);
    expect(p.message).toMatch(/^the triage meeting at 23:00 America\/New_York \(15 min\) is outside the working hours of every attendee \(Ana, Ben\)/);
  });

  it('is checked in the same pass as every field: a wrong zone and an SLA shorter than a review are both reported', () => {
    const ps = problemsOf('async: { sla: { firstResponse: 1m } }\n', [['team.reviewers.tz', 'Mars/Olympus']]);
    expect(paths(ps)).toEqual(['team.reviewers.tz', 'async.sla.firstResponse']);
  });

  it('a misfit that only follows from a wrong setting is left out (no follow-on noise)', () => {
    // An unknown attendee leaves the meeting without attendees, and the hybrid route to it without a meeting.
    expect(paths(problemsOf('models: [sync, hybrid]\nsync: { attendees: [Nobody] }\n'))).toEqual(['sync.attendees.0']);
    // An unknown lead leaves escalation without a lead.
    expect(paths(problemsOf('async: { escalation: { after: 4bh, action: lead, lead: Nobody } }\n'))).toEqual(['async.escalation.lead']);
    // A review effort with a bad parameter says nothing of the SLA it would be compared with.
    expect(paths(problemsOf('async: { sla: { firstResponse: 1m } }\neffort: { review: { lognormal: { mean: 0m, sd: 5m } } }\n'))).toEqual(['effort.review.lognormal.mean']);
  });
});
