import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handoff, handoffInProcess } from '../support/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'handoff-cli-'));
const FIXTURES = 'test/cli/fixtures';

describe('handoff validate', () => {
  it('every file in scenarios/ validates', () => {
    const files = readdirSync('scenarios').map((f) => `scenarios/${f}`);
    const r = handoff(['validate', ...files]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${files.length} files valid\n`);
  });

  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'));
  it.each(fixtures)('%s gives its expected file:line:col message and exit 1', (name) => {
    const file = `${FIXTURES}/${name}`;
    const [, lineCol, message] = /^# expect: (\d+:\d+) (.*)$/m.exec(readFileSync(file, 'utf8'))!;
    const r = handoff(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toContain(`${file}:${lineCol}: ${message}`);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
  });

  it('reports the problems of every file given, and fails if any is invalid', () => {
    const r = handoff(['validate', 'scenarios/mm3-review-queue.yaml', `${FIXTURES}/unknown-tz.yaml`, `${FIXTURES}/negative-mean.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown-tz\.yaml:6:9/);
    expect(r.stderr).toMatch(/negative-mean\.yaml:8:32/);
  });

  it('any text fed to validate ends in exit 0 or 1 with a message, never a crash', async () => {
    const yamlish = fc.oneof(
      fc.string(),
      fc.constantFrom('name: x\nteam: {r: {role: reviewer}}\nwork: {stream: {interarrival: 1h}}\n', 'team: [\n', '{}', '- a\n- b', 'name: 3\nhorizon: -1w'),
      fc.tuple(fc.constantFrom('name', 'team', 'work', 'horizon', 'sync', 'async', 'effort', 'seed'), fc.jsonValue()).map(([k, v]) => JSON.stringify({ name: 'p', [k]: v })),
    );
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        const file = join(tmp, 'generated.yaml');
        writeFileSync(file, text);
        const r = await handoffInProcess(['validate', file]);
        expect([0, 1]).toContain(r.code);
        expect(r.stdout + r.stderr).not.toBe('');
        expect(r.stderr).not.toMatch(/internal error/);
      }),
      { numRuns: 150, seed: 42 },
    );
    // And a few through the binary.
    for (const text of ['', '::', 'name: [1, 2', 'team: {a: {role: boss}}']) {
      const file = join(tmp, 'generated.yaml');
      writeFileSync(file, text);
      expect([0, 1]).toContain(handoff(['validate', file]).code);
    }
  });
});

describe('handoff run and compare', () => {
  it('--workers 1 and --workers 2 give identical bytes', () => {
    const args = ['compare', 'scenarios/flagship-launch.yaml', '--replications', '6', '--json'];
    const one = handoff([...args, '--workers', '1']);
    const two = handoff([...args, '--workers', '2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const doc = JSON.parse(one.stdout);
    expect(doc.results.map((r: { model: string }) => r.model)).toEqual(['sync', 'async', 'hybrid', 'event-driven']);
    expect(doc.results[1].versusFirst.cycleTimeHours.significant).toBeTypeOf('boolean');
  });

  it('--out writes the document atomically; a failed run leaves no file', () => {
    const out = join(tmp, 'result.json');
    const ok = handoff(['run', 'scenarios/mm3-review-queue.yaml', '-r', '2', '--out', out]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).replications).toBe(2);
    const failed = join(tmp, 'failed.json');
    const bad = handoff(['run', `${FIXTURES}/negative-mean.yaml`, '--out', failed]);
    expect(bad.code).toBe(1);
    expect(existsSync(failed)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--csv prints one row per model and metric; the table shows every headline metric', () => {
    const csv = handoff(['compare', 'scenarios/small-team-3-channels.yaml', '-r', '3', '--csv']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('model,metric,mean,sd,ci95Lo,ci95Hi,p50,p90,p95');
    expect(lines.some((l) => l.startsWith('hybrid,cycleTimeHours,'))).toBe(true);
    const table = handoff(['compare', 'scenarios/small-team-3-channels.yaml', '-r', '3']);
    for (const label of ['Cycle time, mean (h)', 'Rework rate', 'Person-hours: total', 'Δ']) expect(table.stdout).toContain(label);
  });

  it('--events writes one replication\'s event log as CSV', () => {
    const events = join(tmp, 'events.csv');
    const r = handoff(['run', 'scenarios/small-team-3-channels.yaml', '-r', '1', '-m', 'async', '--events', events, '--json']);
    expect(r.code).toBe(0);
    const lines = readFileSync(events, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('time,asset,person,activity,state');
    expect(lines.length).toBeGreaterThan(50);
    expect(lines.some((l) => /,approved,approved$/.test(l))).toBe(true);
  });
});

describe('handoff sweep', () => {
  it('runs the grid and writes one document with a points array', () => {
    const out = join(tmp, 'sweep.json');
    const r = handoff(['sweep', 'scenarios/async-with-sla.yaml', '--set', 'team.reviewers.count=2,3', '--set', 'async.sla.firstResponse=4bh,8bh', '-r', '2', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/team\.reviewers\.count\s+async\.sla\.firstResponse/);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.sweep.parameters).toEqual([
      { path: 'team.reviewers.count', values: [2, 3] },
      { path: 'async.sla.firstResponse', values: ['4bh', '8bh'] },
    ]);
    expect(doc.points).toHaveLength(4);
    expect(doc.points[3].settings).toEqual({ 'team.reviewers.count': 3, 'async.sla.firstResponse': '8bh' });
    expect(doc.points[0].results[0].metrics.cycleTimeHours.mean).toBeGreaterThan(0);
  });

  it('an invalid value names the setting, exit 1', () => {
    const r = handoff(['sweep', 'scenarios/async-with-sla.yaml', '--set', 'team.reviewers.count=0', '-r', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/async-with-sla\.yaml:\d+:\d+: team\.reviewers\.count: .*set to 0 by an override/);
  });

  it('a --set without values is a usage error', () => {
    expect(handoff(['sweep', 'scenarios/async-with-sla.yaml', '--set', 'team.reviewers.count']).code).toBe(2);
  });
});

describe('help', () => {
  it('every command has --help with an example', () => {
    for (const cmd of ['run', 'compare', 'sweep', 'validate', 'schema']) {
      const r = handoff([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: handoff/);
    }
    expect(handoff(['--help']).stdout).toMatch(/Examples:/);
  });

  it('schema prints a JSON Schema of scenario files', () => {
    const r = handoff(['schema']);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toMatch(/json-schema/);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['team', 'work', 'sync', 'async', 'hybrid', 'eventDriven']));
  });
});
