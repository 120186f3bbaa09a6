import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OddsDocument } from '../../src/sim/index.js';
import { handoff, handoffInProcess, tempDir } from '../support/cli.js';

const tmp = tempDir('odds');
const FLAGSHIP = 'scenarios/flagship-launch.yaml';
// The flagship starts 2026-03-02T00:00Z; its first launch wave is briefed then, the second two weeks on.
const DEADLINE = ['--deadline', '2026-03-13T17:00+01:00'];
const QUICK = ['--models', 'async,hybrid', '--batch', '20', '--max-replications', '40', '--precision', '0.2'];

describe('handoff odds', () => {
  it('prints, per model, the probability by the deadline with its interval and the 50/85/95% dates, and says which assets', async () => {
    const r = await handoffInProcess(['odds', FLAGSHIP, ...DEADLINE, ...QUICK, '-w', '1']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Odds that all 27 assets are approved by 2026-03-13 17:00 +01:00');
    expect(lines[1]).toMatch(/^Assets: every campaign and one-off published by the deadline/);
    expect(lines[2]).toBe('Campaigns: Launch wave #1 (published 2026-03-02 01:00 +01:00, 27 assets)');
    expect(lines[4].split(/\s{2,}/)).toEqual(['Model', 'P(all approved by deadline)', '95% CI', '50% done by', '85% done by', '95% done by', 'Replications']);
    expect(lines[6]).toMatch(/^async +\d+\.\d% +\d+\.\d% – \d+\.\d% +2026-\d\d-\d\d \d\d:\d\d \+01:00/);
    expect(r.stdout).toMatch(/Replications added in batches of 20 until the probability's 95% interval is within ±0.2 \(or 40\)/);
  });

  it('--json and --out write the same document; --workers 1 and 3 give identical bytes', () => {
    const out = join(tmp, 'odds.json');
    const args = ['odds', FLAGSHIP, ...DEADLINE, '--campaign', 'Launch wave', '--channel', 'instagram-feed,email', '--type', 'hero', ...QUICK, '--json'];
    const one = handoff([...args, '-w', '1']);
    const three = handoff([...args, '-w', '3', '--out', out]);
    expect(one.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(readFileSync(out, 'utf8')).toBe(one.stdout);
    const doc = JSON.parse(one.stdout) as OddsDocument;
    expect(doc.kind).toBe('odds');
    expect(doc.schemaVersion).toBe(1);
    expect(doc.deadline).toBe('2026-03-13T16:00:00Z');
    expect(doc.assets).toMatchObject({ count: 2, channels: ['instagram-feed', 'email'], types: ['hero'], campaigns: [{ name: 'Launch wave #1', assets: 2 }] });
    expect(doc.odds.map((o) => o.model)).toEqual(['async', 'hybrid']);
    for (const o of doc.odds) {
      expect([20, 40]).toContain(o.replications);
      expect(o.completion.map((c) => c.probability)).toEqual([0.5, 0.85, 0.95]);
    }
  });

  it('a set not complete within the horizon is reported as such, not as a date', async () => {
    const file = join(tmp, 'short.yaml');
    writeFileSync(
      file,
      `name: short horizon
start: 2026-01-05T00:00:00Z
horizon: 2d
seed: 5
model: async
team:
  designers: { role: designer, hours: 24/7 }
  reviewers: { role: reviewer, hours: 24/7 }
work:
  oneOffs: [{ name: Poster, effortScale: 1 }]
effort:
  design: { exponential: { mean: 40h } }
quality:
  rework: none
`,
    );
    const r = await handoffInProcess(['odds', file, '--deadline', '2026-01-06T12:00Z', '--models', 'async', '-w', '1', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as OddsDocument;
    const o = doc.odds[0];
    // P(design ≤ 48 h) = 1 − e^(−1.2) = 0.70: the 85% and 95% dates lie beyond the horizon.
    expect(o.incompleteAtHorizon).toBeGreaterThan(0);
    expect(o.completion[2]).toMatchObject({ withinHorizon: false, date: null, hoursFromStart: null });
    const table = await handoffInProcess(['odds', file, '--deadline', '2026-01-06T12:00Z', '--models', 'async', '-w', '1']);
    expect(table.stdout).toMatch(/not within horizon/);
  });

  it('bad input is one clear line and exit 1: deadline malformed, before the start, past the horizon; unknown campaign, channel', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--deadline', 'next friday'], /^--deadline "next friday": write an instant with its UTC offset, e\.g\. 2026-03-20T17:00\+01:00/],
      [['--deadline', '2026-03-20T17:00'], /with its UTC offset/],
      [['--deadline', '2026-02-30T17:00Z'], /no such date or time/],
      [['--deadline', '2026-02-01T17:00+01:00'], /is not after the scenario's start \(2026-03-02T00:00:00\.000Z\)/],
      [['--deadline', '2026-09-01T17:00+01:00'], /is after the end of the simulated time/],
      [[...DEADLINE, '--campaign', 'Lunch'], /--campaign Lunch: no campaign of that name; the scenario's campaigns are "Launch wave"/],
      [[...DEADLINE, '--channel', 'tiktok'], /--channel tiktok: none of the chosen campaigns has it/],
      [[...DEADLINE, '--campaign', 'Launch wave #2'], /no campaign "Launch wave #2" is published by the deadline/],
    ];
    for (const [args, message] of cases) {
      const r = await handoffInProcess(['odds', FLAGSHIP, ...args, '-w', '1']);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('usage errors exit 2: no deadline, a precision outside (0, 1)', async () => {
    expect((await handoffInProcess(['odds', FLAGSHIP])).code).toBe(2);
    expect((await handoffInProcess(['odds', FLAGSHIP, ...DEADLINE, '--precision', '2'])).code).toBe(2);
  });
});
