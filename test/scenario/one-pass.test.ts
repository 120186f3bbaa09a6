import { describe, expect, it } from 'vitest';
import { loadScenario, type Problem } from '../../src/sim/index.js';

/** A valid small launch; each case breaks several unrelated things at once. */
const BASE = `name: one pass
start: 2026-03-02T00:00:00Z
horizon: 2w
team:
  designers: { role: designer }
  reviewers: { role: reviewer, count: 2 }
  director: { role: director }
work:
  campaigns: [{ name: launch }]
`;

function problemsOf(text: string): Problem[] {
  const r = loadScenario(text);
  return r.ok ? [] : r.problems;
}
const where = (ps: Problem[]) => ps.map((p) => `${p.line}:${p.col} ${p.path.join('.')}`);

describe('one pass of validation reports every problem', () => {
  it('a file with a negative duration and an unknown time zone reports both', () => {
    const text = BASE.replace('count: 2 }', 'count: 2, tz: Mars/Olympus }').replace('{ name: launch }', '{ name: launch, publish: -1d }');
    expect(where(problemsOf(text))).toEqual(['6:46 team.reviewers.tz', '9:40 work.campaigns.0.publish']);
  });

  it('schema, reference and semantic problems come together, sorted by position', () => {
    const text = `${BASE.replace('horizon: 2w', 'horizon: 2 weeks')}async:\n  sla: { firstResponse: 1m }\n  reviewers: [reviewers, Zoe]\nsync:\n  attendees: [director]\n  time: "07:00"\n`;
    const ps = problemsOf(text);
    expect(where(ps)).toEqual(['3:10 horizon', '11:25 async.sla.firstResponse', '12:26 async.reviewers.1', '15:9 sync.time']);
    expect(ps[0].message).toMatch(/not a duration/);
    expect(ps[1].message).toMatch(/shorter than a typical review/);
    expect(ps[2].message).toBe('"Zoe" is neither a team group nor a person');
    expect(ps[3].message).toMatch(/^the meeting at 07:00 UTC .* is outside the working hours of director/);
  });

  it('an unknown field and a misfit elsewhere are both reported', () => {
    const text = `${BASE}async:\n  sla: { firstResponse: 1m }\n  colour: blue\n`;
    expect(problemsOf(text).map((p) => p.message)).toEqual([expect.stringMatching(/shorter than a typical review/), 'unknown field "colour"']);
  });

  it('a missing required field is reported once, and the rest of the file is still checked', () => {
    const text = `${BASE.replace('count: 2 }', 'count: 2, hours: "17:00-09:00" }')}async:\n  sla: {}\n`;
    const ps = problemsOf(text);
    expect(where(ps)).toEqual(['6:49 team.reviewers.hours', '11:8 async.sla.firstResponse']);
    expect(ps[0].message).toMatch(/ends before it starts/);
    expect(ps[1].message).toMatch(/^missing/);
  });

  it('a problem in a list item does not hide problems after it, nor invent any', () => {
    const text = BASE.replace('campaigns: [{ name: launch }]', 'campaigns: [{ name: launch, clarity: 2 }, { name: later, priority: 9 }]');
    expect(problemsOf(text).map((p) => p.path.join('.'))).toEqual(['work.campaigns.0.clarity', 'work.campaigns.1.priority']);
  });
});
