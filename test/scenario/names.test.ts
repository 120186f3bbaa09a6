import { describe, expect, it } from 'vitest';
import { loadScenario, type Problem } from '../../src/sim/index.js';
import { applyOverrides } from '../../src/sim/scenario/overrides.js';

/** Names every JavaScript object has: a scenario may use them like any other word. */
const OBJECT_NAMES = ['constructor', 'valueOf', 'hasOwnProperty', 'toString', 'isPrototypeOf'];

/** A team whose reviewer group (and its one person) is called `group`; `extra` adds top-level lines. */
function scenario(group: string, extra = ''): string {
  return `
name: names
start: 2026-03-02T00:00:00Z
horizon: 2w
team:
  designers: { role: designer }
  ${group}: { role: reviewer, count: 2 }
  boss: { role: director }
work:
  campaigns: [{ name: launch }]
${extra}`;
}

function problemsOf(text: string): Problem[] {
  const r = loadScenario(text);
  return r.ok ? [] : r.problems;
}

describe('names that every JavaScript object has are ordinary names', () => {
  it.each(OBJECT_NAMES)('a reviewer group named %s is an ordinary group in reviewers, attendees, triage, escalation and SLA calendar', (name) => {
    const r = loadScenario(
      scenario(
        name,
        `async:\n  reviewers: [${name}]\n  sla: { firstResponse: 4bh, calendar: ${name} }\n  escalation: { after: 6bh, action: lead, lead: ${name} }\n` +
          `  triage: { attendees: [${name}] }\nsync:\n  attendees: [${name}]\n`,
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const members = r.scenario.groups.get(name);
    expect(members).toHaveLength(2);
    expect(r.scenario.async.reviewers).toEqual(members);
    expect(r.scenario.sync.attendees).toEqual(members);
    expect(r.scenario.async.triage!.attendees).toEqual(members);
    expect(r.scenario.async.escalation!.lead).toEqual(members);
  });

  it.each(OBJECT_NAMES)('naming a group %s that the team does not have is a located unknown name, not a crash', (name) => {
    const text = scenario('reviewers', `async:\n  reviewers: [${name}]\n  escalation: { after: 6bh, action: lead, lead: ${name} }\n  triage: { attendees: [${name}] }\nsync:\n  attendees: [${name}]\n`);
    const ps = problemsOf(text);
    expect(ps.map((p) => p.path.join('.'))).toEqual(['async.reviewers.0', 'async.escalation.lead', 'async.triage.attendees.0', 'sync.attendees.0']);
    for (const p of ps) expect(p.message).toBe(`"${name}" is neither a team group nor a person`);
    expect(ps.every((p) => p.line !== undefined && p.line > 1)).toBe(true);
  });

  it.each(OBJECT_NAMES)('an SLA counted in the calendar of a group %s the team does not have is refused by validation', (name) => {
    const [p] = problemsOf(scenario('reviewers', `async:\n  sla: { firstResponse: 4bh, calendar: ${name} }\n`));
    expect(p.path).toEqual(['async', 'sla', 'calendar']);
    expect(p.message).toMatch(/neither "reviewer" nor a team group/);
  });

  it('a group named __proto__ is refused at its name instead of silently vanishing', () => {
    const text = scenario('__proto__');
    const [p] = problemsOf(text);
    expect(p.path).toEqual(['team', '__proto__']);
    expect(p.message).toMatch(/cannot be a field or group name/);
    expect(p.line).toBe(text.split('\n').findIndex((l) => l.includes('__proto__:')) + 1);
  });

  it('a setting through __proto__ changes a field of the file, never the prototype of every object', () => {
    const out = applyOverrides({ team: {} }, [{ path: ['__proto__', 'polluted'], value: 1 }, { path: ['team', 'constructor', 'count'], value: 2 }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(out as object, '__proto__')).toBe(true);
    expect((out as { team: Record<string, unknown> }).team.constructor).toEqual({ count: 2 });
  });

  it('a campaign, channel and person named like object members run like any other', () => {
    const r = loadScenario(
      scenario('reviewers', `hybrid:\n  routes: [{ when: { channel: valueOf, campaign: constructor }, model: sync }]\n`).replace(
        'campaigns: [{ name: launch }]',
        'campaigns: [{ name: constructor, channels: [valueOf, toString] }]',
      ).replace('boss: { role: director }', 'boss: { role: director, names: [hasOwnProperty] }'),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.campaigns[0].channels).toEqual(['valueOf', 'toString']);
    expect(r.scenario.people.map((p) => p.name)).toContain('hasOwnProperty');
  });
});

describe('a __proto__ key does not stop the rest of the checks', () => {
  it('a group named __proto__ and an unknown time zone elsewhere are both reported', () => {
    const text = scenario('__proto__').replace('designers: { role: designer }', 'designers: { role: designer, tz: Mars/Olympus }');
    expect(problemsOf(text).map((p) => p.path.join('.'))).toEqual(['team.designers.tz', 'team.__proto__']);
  });
});
