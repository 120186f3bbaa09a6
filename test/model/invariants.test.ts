import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runModels, runReplication, type EventRow, type Scenario, type World } from '../../src/sim/index.js';
import { arbitraryScenario } from '../support/arbitrary-scenario.js';
import { scenarioOf } from '../support/run-text.js';
import { runModelsChecked } from '../support/document-invariants.js';

interface Run {
  scenario: Scenario;
  world: World;
  rows: EventRow[];
}

function simulate(doc: object): Run {
  const scenario = scenarioOf(JSON.stringify(doc));
  const rows: EventRow[] = [];
  let world!: World;
  runReplication(scenario, scenario.model, 0, { eventLog: (r) => rows.push(r), inspect: (w) => (world = w) });
  return { scenario, world, rows };
}

const RUNS = 40;
const runs = fc.sample(arbitraryScenario, { numRuns: RUNS, seed: 20261124 }).map(simulate);

describe('model invariants over generated scenarios', () => {
  it('no asset is lost or duplicated: each is approved or in a known state, variants only of approved templates', () => {
    for (const { world, scenario } of runs) {
      const keys = new Set(world.assets.map((a) => a.key));
      expect(keys.size).toBe(world.assets.length);
      expect(world.assets.length).toBe(world.assetCount);
      for (const a of world.assets) {
        expect(['briefed', 'in-design', 'pre-flight', 'waiting-for-review', 'in-review', 'clarification', 'changes-requested', 'in-revision', 'approved']).toContain(a.state);
        if (a.state === 'approved') expect(a.approvedAt).toBeGreaterThanOrEqual(a.firstSubmittedAt);
      }
      for (const c of scenario.campaigns) {
        const templates = world.assets.filter((a) => a.campaign === c.id && a.kind === 'template');
        expect(templates.length).toBe(c.oneOff ? 0 : c.assetTypes.length);
        for (const t of templates) {
          const variants = world.assets.filter((a) => a.template === t.id);
          expect(variants.length).toBe(t.state === 'approved' ? c.channels.length : 0);
        }
      }
      const approved = world.assets.filter((a) => a.state === 'approved').length;
      expect(world.metrics.approvedAll).toBe(approved);
    }
  });

  it('nobody works outside their hours: every piece of work starts in its person\'s window and never ends inside a gap', () => {
    for (const { world, rows } of runs) {
      const byName = new Map(world.people.map((p) => [p.spec.name, p]));
      for (const r of rows) {
        const p = byName.get(r.person);
        if (!p) continue;
        if (r.activity.startsWith('start ')) expect(p.calendar.isWorking(r.timeMin)).toBe(true);
        if (r.activity.startsWith('finish ') && !p.calendar.isWorking(r.timeMin)) {
          // Work may end exactly at the end of a window: just before, the person was working.
          expect(p.calendar.workingMinutesBetween(r.timeMin - 1e-6, r.timeMin)).toBeGreaterThan(0);
        }
      }
    }
  });

  it('escalations never precede their threshold: at least that long (in wall time) after the submission', () => {
    for (const { rows, scenario, world } of runs) {
      const threshold = world.model === 'event-driven' ? scenario.eventDriven.escalateAfter.minutes : (scenario.async.escalation?.after.minutes ?? Infinity);
      const submitted = new Map<string, number>();
      for (const r of rows) {
        if (r.activity === 'submitted to async') submitted.set(r.asset, r.timeMin);
        if (r.activity === 'escalated') expect(r.timeMin - submitted.get(r.asset)!).toBeGreaterThanOrEqual(threshold - 1e-6);
      }
    }
  });

  it('time never runs backwards in the event log', () => {
    for (const { rows } of runs) {
      for (let i = 1; i < rows.length; i++) expect(rows[i].timeMin).toBeGreaterThanOrEqual(rows[i - 1].timeMin);
    }
  });

  it('no meeting runs past its slot: every decision of a meeting comes before the slot ends', () => {
    for (const { rows } of runs) {
      let slotEnd = -Infinity;
      const inMeeting = new Map<string, number>();
      for (const r of rows) {
        const m = /^review meeting starts \(slot ([\d.]+)m\)$/.exec(r.activity);
        if (m) slotEnd = r.timeMin + Number(m[1]);
        if (r.activity === 'discussed in review meeting') inMeeting.set(r.asset, slotEnd);
        if ((r.activity === 'approved' || r.activity.startsWith('changes requested')) && inMeeting.has(r.asset)) {
          expect(r.timeMin).toBeLessThanOrEqual(inMeeting.get(r.asset)! + 1e-6);
          inMeeting.delete(r.asset);
        }
      }
    }
  });

  it('an item not reached in a meeting is discussed in a later one, or is still waiting at the horizon', () => {
    for (const { rows, world } of runs) {
      const state = new Map(world.assets.map((a) => [a.key, a.state]));
      rows.forEach((r, i) => {
        if (r.activity !== 'rolled over') return;
        const later = rows.slice(i + 1).some((x) => x.asset === r.asset && x.activity === 'discussed in review meeting');
        expect(later || state.get(r.asset) === 'waiting-for-review').toBe(true);
      });
    }
  });

  it('the same seed gives byte-identical result documents', () => {
    fc.assert(
      fc.property(arbitraryScenario, (doc) => {
        const s = scenarioOf(JSON.stringify({ ...doc, horizon: '2w' }));
        const a = JSON.stringify(runModelsChecked(s, [s.model]));
        const b = JSON.stringify(runModelsChecked(s, [s.model]));
        expect(a).toBe(b);
      }),
      { numRuns: 10, seed: 7 },
    );
  });
});

describe('the generated scenarios exercise the mechanisms the invariants speak of', () => {
  it('meetings, roll-overs, clarification questions, escalations, pings and rework all occur', () => {
    const seen = (pred: (r: EventRow) => boolean) => runs.some(({ rows }) => rows.some(pred));
    expect(seen((r) => r.activity.startsWith('review meeting starts'))).toBe(true);
    expect(seen((r) => r.activity === 'rolled over')).toBe(true);
    expect(seen((r) => r.activity === 'start answer')).toBe(true);
    expect(seen((r) => r.activity === 'escalated')).toBe(true);
    expect(seen((r) => r.activity === 'pinged')).toBe(true);
    expect(seen((r) => r.activity.startsWith('changes requested'))).toBe(true);
    expect(seen((r) => r.activity === 'start fix')).toBe(true);
    expect(runs.filter(({ world }) => world.assets.some((a) => a.state === 'approved')).length).toBeGreaterThan(RUNS / 2);
  });
});
