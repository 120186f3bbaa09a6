import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handoff } from '../support/cli.js';

const MM3 = readFileSync('scenarios/mm3-review-queue.yaml', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'handoff-errors-'));
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
    expect(doc.schemaVersion).toBe(1);
    expect(doc.results).toHaveLength(1);
    expect(doc.results[0].metrics.cycleTimeHours.ci95).toHaveLength(2);
  });
});
