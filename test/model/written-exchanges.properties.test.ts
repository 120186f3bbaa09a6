import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runReplication, type EventRow, type Scenario, type World } from '../../src/sim/index.js';
import type { Person } from '../../src/sim/model/person.js';
import { nextLook } from '../../src/sim/policies/attention.js';
import { arbitraryScenario } from '../support/arbitrary-scenario.js';
import { scenarioOf } from '../support/run-text.js';

/** The generated scenarios, with a repeating one-off and an unclear brief, so that questions, answers and one-off setups occur. */
const withExchanges = arbitraryScenario.map((doc) => ({
  ...doc,
  work: {
    ...doc.work,
    campaigns: doc.work.campaigns.map((c) => ({ ...c, clarity: Math.min(c.clarity, 0.4) })),
    oneOffs: [{ name: 'key art', publish: '1d', repeat: '1w', clarity: 0.2, effortScale: 1 }],
  },
  quality: { questionRate: 0.9 },
}));

function simulate(doc: object): { scenario: Scenario; world: World; rows: EventRow[] } {
  const scenario = scenarioOf(JSON.stringify(doc));
  const rows: EventRow[] = [];
  let world!: World;
  runReplication(scenario, scenario.model, 0, { eventLog: (r) => rows.push(r), inspect: (w) => (world = w) });
  return { scenario, world, rows };
}

/** The first moment at or after `t` when this person looks at what was sent to them (null: any task end, task-boundaries). */
function firstLookFrom(person: Person, scenario: Scenario, t: number): number | null {
  const habit = person.spec.attention.habit;
  if (habit === 'continuous') return t;
  if (habit === 'task-boundaries') return null;
  return nextLook(person, scenario.originMs, t - 1e-6);
}

/**
 * The written hops of a run: a question (a review that ends in an answer being asked for), the
 * answer (read by whoever resumes the review), and — when every decision is written — feedback.
 */
function hops(rows: EventRow[], allWritten: boolean): Array<{ postedAt: number; reader: string; readAt: number }> {
  const found: Array<{ postedAt: number; reader: string; readAt: number }> = [];
  const lastReview = new Map<string, number>();
  const answered = new Map<string, number>();
  const sentBack = new Map<string, number>();
  for (const r of rows) {
    if (r.activity === 'finish review') lastReview.set(r.asset, r.timeMin);
    if (r.activity === 'start answer' && lastReview.has(r.asset)) found.push({ postedAt: lastReview.get(r.asset)!, reader: r.person, readAt: r.timeMin });
    if (r.activity === 'finish answer') answered.set(r.asset, r.timeMin);
    if (r.activity === 'start review' && answered.has(r.asset)) {
      found.push({ postedAt: answered.get(r.asset)!, reader: r.person, readAt: r.timeMin });
      answered.delete(r.asset);
    }
    if (allWritten && r.activity.startsWith('changes requested')) sentBack.set(r.asset, r.timeMin);
    if (r.activity === 'start revision' && sentBack.has(r.asset)) {
      found.push({ postedAt: sentBack.get(r.asset)!, reader: r.person, readAt: r.timeMin });
      sentBack.delete(r.asset);
    }
  }
  return found;
}

describe('written exchanges over generated scenarios', () => {
  it('no written message is acted on before its reader has looked since it was posted; nobody works outside their hours; nothing is lost', () => {
    let checked = 0;
    fc.assert(
      fc.property(withExchanges, (doc) => {
        const { scenario, world, rows } = simulate(doc);
        const byName = new Map(world.people.map((p) => [p.spec.name, p]));
        const allWritten = (scenario.model === 'async' || scenario.model === 'event-driven') && !scenario.async.triage && !scenario.async.adHocCall;
        for (const hop of hops(rows, allWritten)) {
          const reader = byName.get(hop.reader)!;
          expect(hop.readAt).toBeGreaterThanOrEqual(hop.postedAt);
          const look = firstLookFrom(reader, scenario, hop.postedAt);
          if (look !== null) expect(hop.readAt).toBeGreaterThanOrEqual(look - 1e-6);
          expect(reader.calendar.isWorking(hop.readAt)).toBe(true);
          checked++;
        }
        for (const r of rows) {
          const p = byName.get(r.person);
          if (p && r.activity.startsWith('start ')) expect(p.calendar.isWorking(r.timeMin)).toBe(true);
        }
        // Nothing lost: every asset made is still in the world, once, and counted when approved.
        expect(new Set(world.assets.map((a) => a.key)).size).toBe(world.assetCount);
        expect(world.metrics.approvedAll).toBe(world.assets.filter((a) => a.state === 'approved').length);
        for (const a of world.assets) if (a.kind === 'one-off') expect(a.assetType).not.toBe('key art');
      }),
      { numRuns: 30, seed: 20261204 },
    );
    // The property spoke about something: written hops occurred in the generated runs.
    expect(checked).toBeGreaterThan(50);
  });
});
