import { describe, expect, it } from 'vitest';
import { loadScenario, type Problem } from '../../src/sim/index.js';

/** A small valid scenario whose reviewers change; each case gets one thing wrong. */
const text = (changes: string, extra = '') => `name: changes
start: 2026-03-02T00:00:00Z
horizon: 4w
team:
  designers: { role: designer }
  reviewers:
    role: reviewer
    names: [Aiko, Ben]
    changes: ${changes}
${extra}
  director: { role: director }
work:
  campaigns: [{ name: launch }]
`;

function problemsOf(source: string): Problem[] {
  const r = loadScenario(source);
  return r.ok ? [] : r.problems;
}

describe('team changes a user gets wrong, each a located problem', () => {
  it('a valid list of a join and a leave loads', () => {
    expect(problemsOf(text('[{ join: Ren, at: "2026-03-09" }, { leave: Ben, at: "2026-03-16" }, { leave: Ren, at: "2026-03-20" }]'))).toEqual([]);
  });

  it('someone who is not a member cannot leave', () => {
    const [p] = problemsOf(text('[{ leave: Zed, at: "2026-03-16" }]'));
    expect(p).toMatchObject({ path: ['team', 'reviewers', 'changes', 0, 'leave'], line: 9 });
    expect(p.message).toMatch(/"Zed" is not a member of this group \(members: Aiko, Ben\)/);
  });

  it('a joiner needs a new name, and nobody leaves twice or before joining', () => {
    expect(problemsOf(text('[{ join: Ben, at: "2026-03-09" }]'))[0].message).toMatch(/"Ben" is already a member/);
    expect(problemsOf(text('[{ leave: Ben, at: "2026-03-09" }, { leave: Ben, at: "2026-03-10" }]'))[0].message).toMatch(/"Ben" leaves twice/);
    expect(problemsOf(text('[{ join: Ren, at: "2026-03-09" }, { leave: Ren, at: "2026-03-09" }]'))[0].message).toMatch(/leaves on or before the day they join/);
  });

  it('a change that is neither a join nor a leave, or a date that does not exist, is refused', () => {
    expect(problemsOf(text('[{ arrive: Ren, at: "2026-03-09" }]'))[0].message).toMatch(/a change is \{join: name, at: date\} or \{leave: name, at: date\}/);
    expect(problemsOf(text('[{ join: Ren, at: "2026-02-30" }]'))[0].message).toMatch(/February 2026 has no day 30/);
  });

  it('turnover needs a period longer than zero', () => {
    const [p] = problemsOf(text('[]', '    turnover: { leavers: 1, per: 0w }'));
    expect(p.path).toEqual(['team', 'reviewers', 'turnover', 'per']);
    expect(p.message).toMatch(/must be longer than zero/);
  });

  it('an overflow session of no length is refused', () => {
    const r = loadScenario(`${text('[]')}sync: { overflow: { duration: 0m } }\n`);
    expect(r.ok ? [] : r.problems.map((p) => p.path.join('.'))).toEqual(['sync.overflow.duration']);
  });
});
