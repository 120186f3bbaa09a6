import { describe, expect, it } from 'vitest';
import { loadScenario, type Problem } from '../../src/sim/index.js';

/** A small valid scenario; each case edits it as a user in a hurry would. */
const BASE = `name: mistakes
start: 2026-03-02T00:00:00Z
horizon: 2w
team:
  designers: { role: designer }
  reviewers: { role: reviewer, count: 2 }
  director: { role: director, tz: Europe/Berlin }
work:
  campaigns: [{ name: launch }]
`;

function problemsOf(text: string): Problem[] {
  const r = loadScenario(text);
  return r.ok ? [] : r.problems;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('dates that do not exist or lie outside a sane range', () => {
  it('a start in the year 50 is refused at the start field (nobody would ever work)', () => {
    const text = BASE.replace('2026-03-02', '0050-03-02');
    const ps = problemsOf(text);
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ path: ['start'], line: 2, col: 8 });
    expect(ps[0].message).toBe('"0050-03-02T00:00:00Z" is not a usable instant: the year 0050 is outside 1970–2199');
  });

  it('a start on 30 February is refused, not rolled over to 2 March', () => {
    const [p] = problemsOf(BASE.replace('2026-03-02', '2026-02-30'));
    expect(p.path).toEqual(['start']);
    expect(p.message).toMatch(/February 2026 has no day 30 \(it has 28\)/);
  });

  it('a start at 24:00 or with a +15:00 offset is refused', () => {
    expect(problemsOf(BASE.replace('T00:00:00Z', 'T24:00:00Z'))[0].message).toMatch(/24:00:00 is not a time of day/);
    expect(problemsOf(BASE.replace('T00:00:00Z', 'T00:00:00+15:00'))[0].message).toMatch(/not a UTC offset/);
  });

  it('29 February is a date in a leap year only', () => {
    expect(problemsOf(BASE.replace('2026-03-02', '2028-02-29'))).toEqual([]);
    expect(problemsOf(BASE.replace('2026-03-02', '2027-02-29'))[0].message).toMatch(/February 2027 has no day 29/);
  });

  it('a holiday on 31 February and leave ending on 31 April are refused at their place', () => {
    const text = BASE.replace('tz: Europe/Berlin }', 'tz: Europe/Berlin, holidays: [2026-12-25, 2026-02-31], leave: [{ from: 2026-04-20, to: 2026-04-31 }] }');
    const ps = problemsOf(text);
    expect(ps.map((p) => p.path.join('.'))).toEqual(['team.director.holidays.1', 'team.director.leave.0.to']);
    expect(ps[0].message).toBe('"2026-02-31" is not a date: February 2026 has no day 31 (it has 28)');
    expect(ps[1].message).toBe('"2026-04-31" is not a date: April 2026 has no day 31 (it has 30)');
    expect(ps.every((p) => p.line === lineOf(text, 'holidays'))).toBe(true);
  });
});

describe('a problem is located at the field it is about', () => {
  it('without models: or sync:, a meeting nobody can attend points at the attendees\' hours, not at 1:1', () => {
    const text = BASE.replace('director: { role: director, tz: Europe/Berlin }', 'director: { role: director, tz: Europe/Berlin, hours: "06:00-08:00" }');
    const [p] = problemsOf(text);
    expect(p.path).toEqual(['sync', 'time']);
    expect(p.message).toMatch(/^the meeting at 14:00 Europe\/Berlin \(60 min\) is outside the working hours of director/);
    expect(p.line).toBe(lineOf(text, 'director:'));
    expect(p.col).toBeGreaterThan(1);
  });

  it('with a sync: section the same problem points at the section itself', () => {
    const text = `${BASE}sync: { cadence: weekly, time: "20:00" }\n`;
    const [p] = problemsOf(text);
    expect(p.path).toEqual(['sync', 'time']);
    expect(p.line).toBe(lineOf(text, 'sync:'));
  });
});

describe('lists and sections written in a hurry', () => {
  it('models: [event-driven, hybrid, event-driven] is refused at the repeated model', () => {
    const text = `${BASE}models: [event-driven, hybrid, event-driven]\n`;
    const ps = problemsOf(text);
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ path: ['models', 2], message: 'event-driven is listed twice; name each model once', line: lineOf(text, 'models:'), col: 32 });
  });

  it('sla: {} says that async.sla.firstResponse is missing', () => {
    const text = `${BASE}async:\n  sla: {}\n`;
    const [p] = problemsOf(text);
    expect(p.path).toEqual(['async', 'sla', 'firstResponse']);
    expect(p.message).toBe('missing: this field is required (a duration, e.g. "4bh")');
    expect(p.message).not.toMatch(/undefined/);
    expect(p.line).toBe(lineOf(text, 'sla: {}'));
  });

  it('an escalation without after: says after is missing', () => {
    const [p] = problemsOf(`${BASE}async:\n  escalation: { action: reassign }\n`);
    expect(p.path).toEqual(['async', 'escalation', 'after']);
    expect(p.message).toMatch(/^missing: this field is required/);
  });

  it('a seed written as a list, a distribution as {} and a stream without interarrival say what is expected, not "Invalid input"', () => {
    const text = `${BASE.replace('horizon: 2w', 'horizon: 2w\nseed: [1, 2]')}effort:\n  review: {}\n`.replace('campaigns: [{ name: launch }]', 'campaigns: [{ name: launch, channels: many }]\n  stream: { clarity: 1 }');
    const ps = problemsOf(text);
    expect(ps.map((p) => p.path.join('.'))).toEqual(['seed', 'work.campaigns.0.channels', 'work.stream.interarrival', 'effort.review']);
    expect(ps.map((p) => p.message)).toEqual([
      'a seed is a whole number or text, e.g. 42 or "pilot"',
      'a count (1 to 500) or a list of names',
      expect.stringMatching(/^missing: this field is required \(a distribution: a duration \("20m"\) or one of \{exponential/),
      expect.stringMatching(/^\{\} is not a distribution; write a duration \("20m"\) or one of \{exponential: \{mean\}\}/),
    ]);
  });
});
