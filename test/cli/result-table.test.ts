import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario, runReplication, type ReplicationResult } from '../../src/sim/index.js';
import { ResultTable } from '../../src/cli/parallel/run-replications.js';

const loaded = loadScenario(readFileSync('scenarios/small-team-3-channels.yaml', 'utf8'));
if (!loaded.ok) throw new Error('invalid');
const scenario = loaded.scenario;

describe('the results of a run as they come from its threads', () => {
  it('keeps the first result of a task and drops a second, counting each task once', async () => {
    const progress: number[] = [];
    const table = new ResultTable({ points: [{ overrides: [], scenario }], models: ['sync', 'async'], onProgress: (done) => progress.push(done) }, 4);
    const run = (model: 'sync' | 'async', index: number): ReplicationResult => runReplication(scenario, model, index);
    let complete = false;
    void table.complete.then(() => (complete = true));
    expect(table.accept(0, run('async', 1))).toBe(true);
    expect(table.has({ point: 0, model: 'async', index: 1 })).toBe(true);
    expect(table.has({ point: 0, model: 'sync', index: 1 })).toBe(false);
    // The same task finished by the other thread too.
    expect(table.accept(0, run('async', 1))).toBe(false);
    expect(table.accept(0, run('sync', 1))).toBe(true);
    expect(table.accept(0, run('async', 0))).toBe(true);
    await Promise.resolve();
    expect(complete).toBe(false);
    expect(table.accept(0, run('sync', 0))).toBe(true);
    await table.complete;
    expect(progress).toEqual([1, 2, 3, 4]);
    const [byModel] = table.byPoint();
    expect(byModel.get('async')!.map((r) => r.index)).toEqual([0, 1]);
    expect(byModel.get('sync')!.map((r) => r.index)).toEqual([0, 1]);
  });

  it('a run of no tasks is complete at once', async () => {
    await new ResultTable({ points: [{ overrides: [], scenario }], models: ['sync'] }, 0).complete;
  });
});
