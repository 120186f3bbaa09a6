import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runModels, runReplication, type EventRow } from '../../src/sim/index.js';
import { scenarioOf } from '../support/run-text.js';
import { runModelsChecked } from '../support/document-invariants.js';

describe('common random numbers', () => {
  // Designers work around the clock and never present in meetings, so nothing but the draw sets
  // how long a design takes: every model must see the same design effort for the same asset.
  const text = readFileSync('scenarios/flagship-launch.yaml', 'utf8')
    .replace('hours: "09:00-17:30" }', 'hours: 24/7 }')
    .replace('cutoff: 2h ', 'presenters: false\n  cutoff: 2h ')
    .replace('effort:\n', 'effort:\n  submissionNote: 0m\n');
  const scenario = scenarioOf(text);

  function designDurations(model: 'sync' | 'async' | 'hybrid' | 'event-driven'): Map<string, number> {
    const started = new Map<string, number>();
    const durations = new Map<string, number>();
    runReplication(scenario, model, 3, {
      eventLog: (r: EventRow) => {
        if (r.activity === 'start design' || r.activity === 'start variant') started.set(r.asset, r.timeMin);
        if ((r.activity === 'finish design' || r.activity === 'finish variant') && started.has(r.asset)) {
          durations.set(r.asset, r.timeMin - started.get(r.asset)!);
        }
      },
    });
    return durations;
  }

  it('every model sees the same design effort for the same asset', () => {
    const sync = designDurations('sync');
    const others = [designDurations('async'), designDurations('hybrid'), designDurations('event-driven')];
    let shared = 0;
    for (const other of others) {
      for (const [asset, minutes] of other) {
        if (!sync.has(asset)) continue;
        shared++;
        expect(minutes).toBeCloseTo(sync.get(asset)!, 9);
      }
    }
    expect(shared).toBeGreaterThan(50);
  });

  it('replication i is the same in any run: results do not depend on how many replications ran before', () => {
    const a = runModelsChecked(scenario, ['async'], { replications: 3 });
    const b = runReplication(scenario, 'async', 2);
    const c = runReplication(scenario, 'async', 2);
    expect(b).toEqual(c);
    expect(a.results[0].metrics.assetsApproved).not.toBeNull();
  });
});
