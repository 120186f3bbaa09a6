import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { assembleSweep, loadScenario, parseSweepParameter, pointSettings, runReplication, sweepGrid, type ModelName, type ReplicationResult } from '../../src/sim/index.js';
import { assembleSweepChecked } from '../support/document-invariants.js';

describe('sweep parameters', () => {
  it('"path=v1,v2" gives the path and the values by YAML scalar rules', () => {
    expect(parseSweepParameter('team.reviewers.count=2,3, 4')).toEqual({ path: 'team.reviewers.count', values: [2, 3, 4] });
    expect(parseSweepParameter('async.sla.firstResponse=4bh,8bh')).toEqual({ path: 'async.sla.firstResponse', values: ['4bh', '8bh'] });
    expect(parseSweepParameter('preflight.enabled=true,false')).toEqual({ path: 'preflight.enabled', values: [true, false] });
  });

  it('commas inside brackets, braces or quotes do not split a value', () => {
    expect(parseSweepParameter('sync.day=[tue,thu],wed')).toEqual({ path: 'sync.day', values: [['tue', 'thu'], 'wed'] });
    expect(parseSweepParameter('name="a, b",c')).toEqual({ path: 'name', values: ['a, b', 'c'] });
    expect(parseSweepParameter('effort.review={exponential: {mean: 20m}},30m')).toEqual({ path: 'effort.review', values: [{ exponential: { mean: '20m' } }, '30m'] });
  });

  it('malformed settings are messages, not exceptions', () => {
    for (const text of ['team.reviewers.count', '=2,3', 'a=', 'a=1,,2', '.=1']) expect(parseSweepParameter(text), text).toBeTypeOf('string');
  });

  it('the grid is every combination, the first parameter varying slowest', () => {
    const grid = sweepGrid([
      { path: 'a', values: [1, 2] },
      { path: 'work.campaigns.0.channels', values: [3, 6, 12] },
    ]);
    expect(grid.map(pointSettings)).toEqual([
      { a: 1, 'work.campaigns.0.channels': 3 },
      { a: 1, 'work.campaigns.0.channels': 6 },
      { a: 1, 'work.campaigns.0.channels': 12 },
      { a: 2, 'work.campaigns.0.channels': 3 },
      { a: 2, 'work.campaigns.0.channels': 6 },
      { a: 2, 'work.campaigns.0.channels': 12 },
    ]);
    expect(grid[0][1].path).toEqual(['work', 'campaigns', 0, 'channels']);
  });
});

describe('sweep documents', () => {
  const text = readFileSync('scenarios/async-with-sla.yaml', 'utf8');
  const parameters = [{ path: 'team.reviewers.count', values: [2, 4] }];
  const models: ModelName[] = ['async'];
  const points = sweepGrid(parameters).map((overrides) => {
    const loaded = loadScenario(text, { overrides });
    if (!loaded.ok) throw new Error('invalid');
    const reps = new Map<ModelName, ReplicationResult[]>([['async', [0, 1].map((i) => runReplication(loaded.scenario, 'async', i))]]);
    return { overrides, scenario: loaded.scenario, reps };
  });
  const base = points[0].scenario;

  it('has the header of a result document, the grid, and the results of each point', () => {
    const doc = assembleSweepChecked({ base, models, replications: 2, parameters, points });
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'scenario', 'seed', 'replications', 'sweep', 'points']);
    expect(doc.sweep.parameters).toEqual(parameters);
    expect(doc.points.map((p) => p.settings)).toEqual([{ 'team.reviewers.count': 2 }, { 'team.reviewers.count': 4 }]);
    expect(doc.points[1].results[0].model).toBe('async');
  });

  it('does not depend on the order replications were gathered in (workers finish in any order)', () => {
    const shuffled = points.map((p) => ({ ...p, reps: new Map([...p.reps].map(([m, list]) => [m, [...list].reverse()])) }));
    const a = JSON.stringify(assembleSweepChecked({ base, models, replications: 2, parameters, points }));
    const b = JSON.stringify(assembleSweepChecked({ base, models, replications: 2, parameters, points: shuffled }));
    expect(b).toBe(a);
  });
});
