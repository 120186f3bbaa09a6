import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PilotDocument } from '../../src/sim/index.js';
import { handoff, handoffInProcess, tempDir } from '../support/cli.js';

const tmp = tempDir('pilot');
const PILOT = 'scenarios/pilot-async-channel.yaml';
const ROUTE = ['--route', 'channel=instagram-story'];

// Assets that do not interact: 40 designers and 40 reviewers on call around the clock, no rework,
// two variants (channels a and b) of each of two templates a day. Channel a is exchangeable with b.
const INDEPENDENT = `name: independent assets
start: 2026-01-05T00:00:00Z
horizon: 5w
warmup: 1w
seed: 4
model: async
team:
  designers: { role: designer, count: 40, hours: 24/7 }
  reviewers: { role: reviewer, count: 40, hours: 24/7 }
work:
  campaigns:
    - { name: Daily, repeat: 1d, assetTypes: 2, channels: [a, b] }
quality:
  rework: none
effort:
  review: { exponential: { mean: 2h } }
`;

async function pilotDocument(args: string[]): Promise<PilotDocument> {
  const r = await handoffInProcess(['pilot', ...args, '--json', '-w', '1']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as PilotDocument;
}

describe('handoff pilot', () => {
  it('a pilot that changes nothing rejects at about α: each length\'s power interval holds 0.05, and equals the rate without the pilot', async () => {
    const file = join(tmp, 'independent.yaml');
    writeFileSync(file, INDEPENDENT);
    const doc = await pilotDocument([file, '--baseline', 'async', '--pilot', 'async', '--route', 'channel=a', '--weeks', '1,2,4', '-r', '300']);
    expect(doc.lengths.map((l) => l.weeks)).toEqual([1, 2, 3, 4]);
    for (const l of doc.lengths) {
      const [lo, hi] = l.power.cycleTime.ci95;
      expect(lo!, `week ${l.weeks}`).toBeLessThan(0.05);
      expect(hi!, `week ${l.weeks}`).toBeGreaterThan(0.05);
      // The routed part under async in a hybrid is the async model itself: same seeds, same assets, same verdicts.
      expect(l.withoutPilot.cycleTime).toEqual(l.power.cycleTime);
      // No rework at all: the z-test cannot be computed in any pilot.
      expect(l.power.rework).toMatchObject({ rejections: 0, untestable: 300 });
    }
    expect(doc.weeksForPower).toEqual({ cycleTime: null, rework: null, searchedUpToWeeks: 4 });
    // 14 assets a week on channel a against 28 others: two weeks detect a shift of about 1 h of a ~2 h review.
    expect(doc.minimumDetectable!.cycleTimeHours.faster).toBeGreaterThan(0.5);
    expect(doc.minimumDetectable!.cycleTimeHours.faster).toBeLessThan(1.5);
  });

  it('a large difference is found almost always: instagram stories async with a 4-business-hour SLA against a twice-weekly meeting', async () => {
    const doc = await pilotDocument([PILOT, ...ROUTE, '--weeks', '2,4', '-r', '60']);
    const four = doc.lengths.find((l) => l.weeks === 4)!;
    expect(four.power.cycleTime.ci95[0]).toBeGreaterThan(0.9);
    expect(four.medianDifferenceHours.ci95[1]).toBeLessThan(0);
    expect(doc.weeksForPower.cycleTime).toBeLessThanOrEqual(4);
    // Without the pilot the same comparison rarely "finds" anything.
    expect(four.withoutPilot.cycleTime.rate).toBeLessThan(0.15);
    // The horizon leaves two weeks after the warm-up; 4 weeks are simulated by extending it.
    expect(doc.weeksForPower.searchedUpToWeeks).toBe(4);
    expect(doc.route).toEqual({ text: 'channel=instagram-story', when: { channel: ['instagram-story'] } });
  });

  it('prints a table of power by length with the weeks needed and the smallest detectable difference', async () => {
    const r = await handoffInProcess(['pilot', PILOT, ...ROUTE, '--weeks', '2,3', '-r', '30', '-w', '1']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Pilot: channel instagram-story under async, the rest under sync; from 2026-02-16 00:00:00 UTC; 30 simulated pilots; α = 0.05');
    expect(lines[2].split(/\s{2,}/)).toEqual(['Weeks', 'Assets pilot/rest', 'Median diff (h)', 'Rank-sum power', '95% CI', 'No-pilot rate', 'Rework diff', 'z-test power', '95% CI', 'No-pilot rate']);
    expect(lines[4]).toMatch(/^2 +\d/);
    expect(lines[5]).toMatch(/^3 +\d/);
    expect(r.stdout).toMatch(/Weeks needed: cycle time: \d+ weeks? for 80% power; rework: /);
    expect(r.stdout).toMatch(/Smallest difference a 2-week pilot detects with 80% power:\n  cycle time \(location shift\): /);
  });

  it('--json and --out write the same document; --workers 1 and 3 give identical bytes', () => {
    const out = join(tmp, 'pilot.json');
    const args = ['pilot', PILOT, ...ROUTE, '--weeks', '2', '-r', '24', '--seed', '9', '--json'];
    const one = handoff([...args, '-w', '1']);
    const three = handoff([...args, '-w', '3', '--out', out]);
    expect(one.code, one.stderr).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(readFileSync(out, 'utf8')).toBe(one.stdout);
    const doc = JSON.parse(one.stdout) as PilotDocument;
    expect(doc).toMatchObject({ kind: 'pilot', schemaVersion: 1, baseline: 'sync', pilot: 'async', replications: 24, alpha: 0.05, powerTarget: 0.8, seed: 9 });
  });

  it('bad input is one clear line and exit 1: a channel, kind or campaign the scenario lacks, a model a route cannot mix, bad weeks', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--route', 'channel=instagram'], /^--route "channel=instagram": the scenario has no channel "instagram"; its channels: template, instagram-story, instagram-feed, facebook, linkedin, email/],
      [['--route', 'kind=poster'], /unknown kind "poster"; choose template, variant, one-off, routine/],
      [['--route', 'campaign=Spring'], /no campaign or one-off is named "Spring…"; campaigns: Weekly campaign/],
      [['--route', 'team=designers'], /unknown condition "team"/],
      [['--route', ''], /name the routed part/],
      [[...ROUTE, '--pilot', 'event-driven'], /^--pilot event-driven: a pilot is simulated as a hybrid route, .* choose sync or async/],
      [[...ROUTE, '--baseline', 'hybrid'], /^--baseline hybrid: /],
      [[...ROUTE, '--weeks', '0,2'], /^--weeks "0,2": list pilot lengths in whole weeks/],
      [[...ROUTE, '--weeks', 'two'], /^--weeks "two"/],
    ];
    for (const [args, message] of cases) {
      const r = await handoffInProcess(['pilot', PILOT, ...args, '-r', '5', '-w', '1']);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('usage errors exit 2: no route, an α outside (0, 1)', async () => {
    expect((await handoffInProcess(['pilot', PILOT])).code).toBe(2);
    expect((await handoffInProcess(['pilot', PILOT, ...ROUTE, '--alpha', '1.5'])).code).toBe(2);
  });
});
