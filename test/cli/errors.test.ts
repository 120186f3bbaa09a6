import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { handoff, handoffInProcess, tempDir } from '../support/cli.js';

const MM3 = readFileSync('scenarios/mm3-review-queue.yaml', 'utf8');
const dir = tempDir('errors');
const tmp = dir;
function scenarioFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('bad input through the built binary', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['a malformed duration', MM3.replace('mean: 25m', 'mean: 25 mins'), /:\d+:\d+: work\.stream\.interarrival\.exponential\.mean: "25 mins" is not a duration/],
    ['a negative mean', MM3.replace('mean: 60m', 'mean: -60m'), /:\d+:\d+: effort\.review\.exponential\.mean: "-60m" is negative/],
    ['an unknown time zone', MM3.replace('hours: 24/7', 'hours: 24/7, tz: Europe/Atlantis'), /:\d+:\d+: team\.reviewers\.tz: "Europe\/Atlantis" is not a known IANA time zone/],
  ];
  for (const [what, text, message] of cases) {
    it(`${what}: one file:line:col line naming the field, exit 1, no stack trace`, () => {
      const file = scenarioFile(`${what.replace(/\W+/g, '-')}.yaml`, text);
      const r = handoff(['run', file, '--json']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.startsWith(file)).toBe(true);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  const limits: Array<[string, string, RegExp]> = [
    ['a YAML alias bomb', `name: bomb\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [${'*a, '.repeat(8)}*a]\nc: &c [${'*b, '.repeat(8)}*b]\nd: &d [${'*c, '.repeat(8)}*c]\ne: [${'*d, '.repeat(8)}*d]\n`, /^\S+:6:5: \(top level\): too many aliases: /],
    ['10 000 nested brackets', `name: deep\nteam: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, /^\S+:2:71: \(top level\): nested too deeply: more than 64 levels/],
    ['a file over a megabyte', `${MM3}${'# padding\n'.repeat(110_000)}`, /^\S+:1:1: \(top level\): the file is too large: \d+ bytes, a scenario may have at most 1000000 \(MAX_SCENARIO_CHARS\)/],
  ];
  for (const [what, text, message] of limits) {
    it(`${what} is refused by validate and run as the file's problem, located, never an internal error`, () => {
      const file = scenarioFile(`${what.replace(/\W+/g, '-')}.yaml`, text);
      for (const command of ['validate', 'run']) {
        const r = handoff([command, file]);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(message);
        expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
      }
    });
  }

  it('a missing file is exit 1 with the file named', () => {
    const r = handoff(['run', join(dir, 'nope.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.yaml: cannot read the scenario: no such file/);
  });

  it('a usage error is exit 2', () => {
    expect(handoff(['run']).code).toBe(2);
    expect(handoff(['frobnicate']).code).toBe(2);
    expect(handoff(['run', 'x.yaml', '--replications', 'many']).code).toBe(2);
  });

  it('run --json prints only the result document', () => {
    const r = handoff(['run', 'scenarios/mm3-review-queue.yaml', '--json', '--replications', '2']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(2);
    expect(doc.results).toHaveLength(1);
    expect(doc.results[0].metrics.cycleTimeHours.ci95).toHaveLength(2);
  });
});

describe('command-line values obey the bounds of the file', () => {
  it('a user asks for --replications 100001 (or a billion): exit 1 naming the bound, nothing run', async () => {
    for (const n of ['100001', '1000000000']) {
      const r = await handoffInProcess(['run', 'scenarios/mm3-review-queue.yaml', '--json', '-w', '1', '--replications', n]);
      expect(r.code, n).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`--replications ${n}: at most 100,000 \\(the same bound as a scenario file's replications\\)`));
      expect(r.stdout).toBe('');
    }
  });

  it('a user asks for --workers 100000: exit 1 naming the bound', async () => {
    const r = await handoffInProcess(['compare', 'scenarios/mm3-review-queue.yaml', '--workers', '100000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--workers 100000: at most 256/);
  });

  it('a user gives a 20-digit --seed or an empty one: exit 1, not a silently rounded seed', async () => {
    const big = await handoffInProcess(['run', 'scenarios/mm3-review-queue.yaml', '-w', '1', '-r', '1', '--seed', '99999999999999999999']);
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/--seed 99999999999999999999: a number seed must lie between/);
    const empty = await handoffInProcess(['run', 'scenarios/mm3-review-queue.yaml', '-w', '1', '-r', '1', '--seed', '']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/--seed is empty/);
  });

  it('a user sweeps --set __proto__.polluted=1: a field like any other, no object every scenario shares is touched', async () => {
    const r = await handoffInProcess(['sweep', 'scenarios/mm3-review-queue.yaml', '-w', '1', '-r', '1', '--set', '__proto__.polluted=1,2']);
    expect(r.code).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a runaway scenario through the built binary', () => {
  it('a user runs a 1s ping storm over 8 weeks: exit 1, the cause and limits.maxPendingEvents named, no --out file, never "internal error"', () => {
    const dir = mkdtempSync(join(tmp, 'runaway-'));
    const file = join(dir, 'storm.yaml');
    writeFileSync(
      file,
      'name: ping storm\nhorizon: 8w\nreplications: 1\nmodel: async\nteam:\n  designers: { role: designer, count: 6 }\n  reviewers: { role: reviewer }\n' +
        'work:\n  campaigns:\n    - { name: c, publish: 0d, assetTypes: 2, channels: 12 }\nasync:\n  dashboard: false\n  pings: { after: 1s }\n',
    );
    const out = join(dir, 'out.json');
    const r = handoff(['run', file, '--json', '-w', '1', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^handoff: the simulation held [\d,]+ pending events .*chat pings on unanswered tickets, every 1s .*raise limits\.maxPendingEvents/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
