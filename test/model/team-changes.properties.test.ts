import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runReplication, type EventRow, type World } from '../../src/sim/index.js';
import { arbitraryScenario } from '../support/arbitrary-scenario.js';
import { scenarioOf } from '../support/run-text.js';
import { runModelsChecked } from '../support/document-invariants.js';

/** Generated scenarios with a changing team and an adaptive gate switched on. */
const changing = fc
  .tuple(
    arbitraryScenario,
    fc.constantFrom('1w', '3w', '8w'),
    fc.constantFrom('0d', '3d', '2w'),
    fc.boolean(),
    fc.record({ rollover: fc.integer({ min: 0, max: 4 }), action: fc.constantFrom('session', 'longer') }),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([doc, per, vacancy, fixed, overflow, below]) => ({
    ...doc,
    team: {
      designers: { ...doc.team.designers, ...(fixed ? { changes: [{ join: 'newcomer', at: '2026-03-09' }] } : { turnover: { leavers: 1, per, vacancy } }) },
      reviewers: { ...doc.team.reviewers, turnover: { leavers: 1, per, vacancy } },
      director: { ...doc.team.director, ...(fixed ? { turnover: { leavers: 1, per, vacancy } } : {}) },
    },
    sync: { ...doc.sync, overflow, skipThin: { below }, fastTrack: {}, ...(fixed ? {} : { slots: [{ day: 'tue', time: '10:00' }, { day: 'thu', time: '15:00' }] }) },
  }));

interface Run {
  world: World;
  rows: EventRow[];
}

function simulate(doc: object): Run {
  const scenario = scenarioOf(JSON.stringify(doc));
  const rows: EventRow[] = [];
  let world!: World;
  runReplication(scenario, scenario.model, 0, { eventLog: (r) => rows.push(r), inspect: (w) => (world = w) });
  return { world, rows };
}

const runs = fc.sample(changing, { numRuns: 40, seed: 20261204 }).map(simulate);

describe('a team that changes, over generated scenarios', () => {
  it('nobody works outside their hours, before joining or after leaving', () => {
    for (const { world, rows } of runs) {
      const byName = new Map(world.people.map((p) => [p.spec.name, p]));
      for (const r of rows) {
        const p = byName.get(r.person);
        if (!p) continue;
        if (r.activity.startsWith('start ')) {
          expect(p.memberAt(r.timeMin)).toBe(true);
          expect(p.calendar.isWorking(r.timeMin)).toBe(true);
        }
        if (r.activity.startsWith('finish ')) expect(p.calendar.workingMinutesBetween(r.timeMin - 1e-6, r.timeMin + 1e-6)).toBeGreaterThan(0);
      }
    }
  });

  it('no asset is lost: each is approved or in a known state, and nobody gone for good still holds work', () => {
    for (const { world } of runs) {
      const horizon = world.scenario.horizonMin;
      expect(world.assets.length).toBe(world.assetCount);
      expect(world.metrics.approvedAll).toBe(world.assets.filter((a) => a.state === 'approved').length);
      for (const p of world.people) {
        if (p.nextMemberAt(horizon) < Infinity) continue;
        expect(p.tasks.filter((t) => t.asset !== null)).toHaveLength(0);
        expect(p.current === null || p.current.asset === null || p.finishAt <= horizon).toBe(true);
      }
    }
  });

  it('the generated runs exercise joins, leaves, handovers and renegotiations', () => {
    const seen = (pred: (r: EventRow) => boolean) => runs.some(({ rows }) => rows.some(pred));
    expect(seen((r) => r.activity === 'joined the team')).toBe(true);
    expect(seen((r) => r.activity === 'left the team')).toBe(true);
    expect(seen((r) => r.activity.startsWith('took over from'))).toBe(true);
    expect(seen((r) => r.activity.startsWith('meeting renegotiated'))).toBe(true);
    expect(seen((r) => r.activity === 'overflow session called' || r.activity.startsWith('next meeting longer'))).toBe(true);
    expect(seen((r) => r.activity.startsWith('meeting skipped'))).toBe(true);
  });

  it('documents hold their invariants (created = approved + open) and are the same for the same seed', () => {
    fc.assert(
      fc.property(changing, (doc) => {
        const s = scenarioOf(JSON.stringify({ ...doc, horizon: '2w', replications: 2 }));
        const a = JSON.stringify(runModelsChecked(s, [s.model]));
        expect(JSON.stringify(runModelsChecked(s, [s.model]))).toBe(a);
      }),
      { numRuns: 10, seed: 11 },
    );
  });
});
