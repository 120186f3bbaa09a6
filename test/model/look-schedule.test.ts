import { describe, expect, it } from 'vitest';
import { Person } from '../../src/sim/model/person.js';
import { lastLook, nextLook } from '../../src/sim/policies/attention.js';
import { scenarioOf } from '../support/run-text.js';

// Two reviewers in New York who look at 09:30, 13:30 and 16:00 on weekdays (09:00–17:00); one
// reviewer who looks whenever a task ends (task-boundaries). A month, across the March DST change.
const scenario = scenarioOf(`
name: looks
start: 2026-03-02T00:00:00Z
horizon: 4w
replications: 1
model: async
team:
  r: { role: reviewer, count: 2, tz: America/New_York, hours: "09:00-17:00", attention: { habit: fixed-times, times: ["09:30", "13:30", "16:00"] } }
  b: { role: reviewer, tz: Europe/Berlin, attention: { habit: task-boundaries } }
work:
  stream: { interarrival: 4h }
`);

/** Every look time up to `until`, each searched afresh with nextLook from the one before. */
function searchedLooks(person: Person, until: number): number[] {
  const looks: number[] = [];
  for (let t = nextLook(person, scenario.originMs, 0); t <= until; t = nextLook(person, scenario.originMs, t)) looks.push(t);
  return looks;
}

/**
 * The look times lastLook reports walking the clock forward in `step` minutes (each new one once),
 * and the next look it arranges a wake-up for at each step.
 */
function readLooks(person: Person, until: number, step: number): number[] {
  return walk(person, until, step).looks;
}

function walk(person: Person, until: number, step: number): { looks: number[]; next: number[] } {
  const looks: number[] = [];
  const next: number[] = [];
  for (let now = 0; now <= until; now += step) {
    const t = lastLook(person, scenario.originMs, now);
    if (Number.isFinite(t) && t !== looks[looks.length - 1]) looks.push(t);
    next.push(person.nextLookAt);
  }
  return { looks, next };
}

describe('look times shared across replications', () => {
  const until = scenario.horizonMin;

  it('a person reads the same look times from the shared chain as a fresh search finds, replication after replication', () => {
    for (const spec of scenario.people) {
      const expected = searchedLooks(new Person(spec, scenario.originMs), until);
      expect(expected.length).toBeGreaterThan(10);
      // The first replication grows the chain; later ones (and another step) read it.
      for (const step of [7, 7, 61]) {
        const { looks, next } = walk(new Person(spec, scenario.originMs), until, step);
        expect(looks).toEqual(expected);
        // The next look (a waiting message's wake-up) is the first one after now.
        const firstAfter = (now: number) => expected.find((t) => t > now) ?? nextLook(new Person(spec, scenario.originMs), scenario.originMs, expected[expected.length - 1]);
        expect(next).toEqual(next.map((_, i) => firstAfter(i * step)));
      }
    }
  });

  it('fixed-times looks fall at the local times in working hours (09:30 New York is 14:30 UTC before the DST change, 13:30 after)', () => {
    const looks = readLooks(new Person(scenario.people[0], scenario.originMs), until, 5);
    // Monday 2 March 2026: 14:30, 18:30, 21:00 UTC; Monday 9 March (after 8 March): 13:30 UTC.
    expect(looks.slice(0, 3)).toEqual([14.5 * 60, 18.5 * 60, 21 * 60]);
    expect(looks).toContain(7 * 1440 + 13.5 * 60);
  });

  it('a person whose calendar is cut to team spans gets their own chain, within the spans', () => {
    const spec = scenario.people[0];
    const cut = new Person(spec, scenario.originMs);
    cut.setSpans([[3 * 1440, 10 * 1440]]);
    const expected = searchedLooks(cut, until);
    expect(expected.every((t) => t >= 3 * 1440 && t < 10 * 1440)).toBe(true);
    const fresh = new Person(spec, scenario.originMs);
    fresh.setSpans([[3 * 1440, 10 * 1440]]);
    expect(readLooks(fresh, until, 7)).toEqual(expected);
    // …and the shared chain of everyone else is untouched by it.
    expect(readLooks(new Person(spec, scenario.originMs), until, 7)).toEqual(searchedLooks(new Person(spec, scenario.originMs), until));
  });
});
