import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, type AssumptionInForce } from '../../src/sim/index.js';
import { handoffInProcess, tempDir } from '../support/cli.js';

const tmp = tempDir('assumptions');

const json = async (args: string[]) => {
  const r = await handoffInProcess(['assumptions', ...args, '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { scenario: string | null; assumptions: AssumptionInForce[] };
};

describe('handoff assumptions', () => {
  it('lists every parameter of the register with its default, unit, range and a stated source', async () => {
    const doc = await json([]);
    expect(doc.scenario).toBeNull();
    expect(doc.assumptions.map((a) => a.parameter)).toEqual(ASSUMPTIONS.map((a) => a.path));
    for (const a of doc.assumptions) {
      expect(a.source, a.path).toMatch(/^(field guide, \S|modelling assumption: \S)/);
      expect(a.unit.length, a.path).toBeGreaterThan(0);
      expect(a.low, a.path).not.toBeUndefined();
      expect(a.high, a.path).not.toBeUndefined();
      expect(a.value, a.path).toEqual(a.default);
    }
  });

  it('with a scenario: the values it uses, each group\'s own, marking which are defaults', async () => {
    const doc = await json(['scenarios/async-with-sla.yaml']);
    expect(doc.scenario).toBe('Async queue with a 4-business-hour SLA');
    const row = (path: string) => doc.assumptions.find((a) => a.path === path)!;
    expect(row('team.reviewers.attention.ownWork')).toMatchObject({ value: 0.6, isDefault: false, default: 0 });
    expect(row('team.designers.attention.ownWork')).toMatchObject({ value: 0, isDefault: true });
    expect(row('async.sla.switchBefore')).toMatchObject({ value: '1bh', isDefault: true });
    expect(row('quality.misread')).toMatchObject({ value: 0.3, isDefault: true });
    // Every parameter appears, team ones once per group.
    for (const a of ASSUMPTIONS) expect(doc.assumptions.some((r) => r.parameter === a.path), a.path).toBe(true);
  });

  it('a parameter whose section the scenario lacks shows no value; the deprecated checkEvery is noted', async () => {
    const doc = await json(['scenarios/one-off-high-stakes.yaml']);
    expect(doc.assumptions.find((a) => a.path === 'async.escalation.handover')).toMatchObject({ value: null, isDefault: false });
    const file = join(tmp, 'old.yaml');
    writeFileSync(file, 'name: old\nteam:\n  reviewers: { role: reviewer }\nwork: { stream: { interarrival: 1h } }\nasync: { checkEvery: 6bh }\n');
    const text = await handoffInProcess(['assumptions', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('team.reviewers.attention.habit = continuous  (default)');
    expect(text.stdout).toContain('note: async.checkEvery (6bh, deprecated) makes the async reviewers look at fixed times instead');
  });

  it('prints a table: each parameter, its value, then its unit, range and source', async () => {
    const r = await handoffInProcess(['assumptions']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('quality.misread = 0.3\n    unit: probability per unit of ambiguity (written); plausible 0.15 – 0.5;');
  });

  it('an invalid scenario is reported as file:line:col, exit 1, nothing on stdout', async () => {
    const r = await handoffInProcess(['assumptions', 'test/cli/fixtures/unknown-field.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^test\/cli\/fixtures\/unknown-field\.yaml:\d+:\d+: /);
  });
});
